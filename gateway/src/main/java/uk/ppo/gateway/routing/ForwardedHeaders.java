package uk.ppo.gateway.routing;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.HostAndPort;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;

/**
 * Tells a service the address its caller used: {@code X-Forwarded-Proto}, {@code -Host} and {@code -Port} of the request
 * as the gateway received it (itself behind a trusted proxy: as that proxy forwarded it), replacing any the caller sent.
 * The services trust them from the gateway (common's {@code quarkus.http.proxy.*}), so a {@code Location} they answer
 * names the gateway's host and port, not their own.
 */
final class ForwardedHeaders implements ProxyInterceptor {

    static final String PROTO = "X-Forwarded-Proto";
    static final String HOST = "X-Forwarded-Host";
    static final String PORT = "X-Forwarded-Port";

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        HttpServerRequest received = context.request().proxiedRequest();
        String scheme = received.scheme();
        HostAndPort authority = received.authority();
        MultiMap headers = context.request().headers();
        headers.remove("Forwarded");
        headers.set(PROTO, scheme);
        if (authority == null) {
            headers.remove(HOST);
            headers.remove(PORT);
        } else {
            int port = authority.port() > 0 ? authority.port() : "https".equals(scheme) ? 443 : 80;
            headers.set(HOST, authority.host().contains(":") ? "[" + authority.host() + "]" : authority.host());
            headers.set(PORT, Integer.toString(port));
        }
        return context.sendRequest();
    }
}
