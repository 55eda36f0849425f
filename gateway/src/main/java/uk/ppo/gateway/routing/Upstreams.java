package uk.ppo.gateway.routing;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import jakarta.inject.Singleton;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The gateway's HTTP clients, one connection pool per service (keep-alive, bounded wait queue), used
 * by the proxy, the composed views, the merged API document and the readiness check.
 */
@Singleton
public class Upstreams {

    /** A service's answer, read whole (for small JSON documents only). */
    public record Answer(int status, Buffer body) {
    }

    private final GatewayConfig config;
    private final Map<String, HttpClient> clients = new TreeMap<>();

    Upstreams(GatewayConfig config, Vertx vertx) {
        this.config = config;
        config.services().forEach((name, service) -> clients.put(name, vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) config.connectTimeout().toMillis())
                .setKeepAlive(true)
                .setKeepAliveTimeout(60)
                .setMaxPoolSize(config.maxConnectionsPerService())
                .setMaxWaitQueueSize(config.maxWaitingPerService())
                .setPoolCleanerPeriod(5_000))));
    }

    public Set<String> names() {
        return clients.keySet();
    }

    public HttpClient client(String service) {
        HttpClient client = clients.get(service);
        if (client == null) {
            throw new IllegalArgumentException("No service named " + service);
        }
        return client;
    }

    public SocketAddress origin(String service) {
        URI url = config.services().get(service).url();
        return SocketAddress.inetSocketAddress(url.getPort(), url.getHost());
    }

    /** GETs {@code uri} from a service with the given headers; fails when there is no complete answer within {@code timeout}. */
    public Future<Answer> get(String service, String uri, MultiMap headers, Duration timeout) {
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.GET)
                .setServer(origin(service))
                .setURI(uri)
                .setConnectTimeout(timeout.toMillis())
                .setIdleTimeout(timeout.toMillis())
                .setHeaders(headers);
        return client(service).request(options)
                .compose(request -> request.send().compose(response -> response.body().map(body -> new Answer(response.statusCode(), body))));
    }
}
