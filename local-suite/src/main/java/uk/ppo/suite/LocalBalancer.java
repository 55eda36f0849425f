package uk.ppo.suite;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import io.vertx.httpproxy.HttpProxy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * The local stand-in for a Kubernetes Service in front of replicas: a reverse proxy (Vert.x {@code vertx-http-proxy})
 * on the port callers know, sending each request to the next ready replica ({@link RoundRobin}), with every replica's
 * {@code /q/health/ready} probed each second. Requests and answers stream through unchanged, {@code Host} included.
 */
final class LocalBalancer implements AutoCloseable {

    private static final String LOOPBACK = "127.0.0.1";
    private static final long PROBE_INTERVAL_MILLIS = 1_000;

    private final Vertx vertx = Vertx.vertx();
    private final HttpClient upstream = vertx.createHttpClient(new HttpClientOptions()
            .setMaxPoolSize(500).setKeepAlive(true).setConnectTimeout(2_000));
    private final HttpClient probes = vertx.createHttpClient(new HttpClientOptions().setConnectTimeout(1_000));
    private final List<HttpServer> servers = new ArrayList<>();
    private final List<RoundRobin> rotations = new CopyOnWriteArrayList<>();

    LocalBalancer() {
        vertx.setPeriodic(PROBE_INTERVAL_MILLIS, id -> rotations.forEach(this::probe));
    }

    /** Listens on {@code port} ({@code host}: the interface) and spreads what arrives over {@code replicaPorts}. */
    synchronized void balance(String host, int port, List<Integer> replicaPorts) {
        RoundRobin rotation = new RoundRobin(replicaPorts);
        HttpProxy proxy = HttpProxy.reverseProxy(upstream)
                .originSelector(request -> Future.succeededFuture(SocketAddress.inetSocketAddress(rotation.nextPort(), LOOPBACK)));
        HttpServer server = vertx.createHttpServer().requestHandler(proxy);
        try {
            server.listen(port, host).toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Could not listen on port " + port + " for " + replicaPorts + ": " + e.getMessage(), e);
        }
        servers.add(server);
        rotations.add(rotation);
    }

    private void probe(RoundRobin rotation) {
        List<Integer> ports = rotation.ports();
        for (int replica = 0; replica < ports.size(); replica++) {
            int index = replica;
            probes.request(new RequestOptions().setMethod(HttpMethod.GET).setHost(LOOPBACK).setPort(ports.get(replica))
                            .setURI("/q/health/ready").setTimeout(PROBE_INTERVAL_MILLIS))
                    .compose(request -> request.send())
                    .compose(response -> response.body().map(body -> response.statusCode() == 200))
                    .onComplete(result -> rotation.markReady(index, result.succeeded() && result.result()));
        }
    }

    @Override
    public synchronized void close() {
        try {
            vertx.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            Suite.log("The local balancer did not close cleanly: " + e.getMessage());
        }
    }
}
