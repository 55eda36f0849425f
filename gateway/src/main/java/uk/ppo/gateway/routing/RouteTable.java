package uk.ppo.gateway.routing;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which service owns a request path. Prefixes match whole path segments ({@code /api/v1/plans}
 * owns {@code /api/v1/plans} and {@code /api/v1/plans/42}, not {@code /api/v1/plansx}); the longest
 * prefix wins. Pure: no I/O, no CDI.
 */
public final class RouteTable {

    public record Route(String prefix, String service) {
    }

    private final List<Route> routes;

    public RouteTable(List<Route> routes) {
        for (Route route : routes) {
            if (!route.prefix().startsWith("/") || route.prefix().endsWith("/")) {
                throw new IllegalArgumentException("A route prefix starts with / and does not end with one: " + route.prefix());
            }
        }
        long distinct = routes.stream().map(Route::prefix).distinct().count();
        if (distinct != routes.size()) {
            throw new IllegalArgumentException("Two services claim the same prefix: " + routes);
        }
        this.routes = routes.stream().sorted(Comparator.comparingInt((Route r) -> r.prefix().length()).reversed()).toList();
    }

    public Optional<Route> match(String path) {
        if (path == null || path.contains("/../") || path.endsWith("/..")) {
            return Optional.empty();
        }
        for (Route route : routes) {
            String prefix = route.prefix();
            if (path.equals(prefix) || path.startsWith(prefix + "/")) {
                return Optional.of(route);
            }
        }
        return Optional.empty();
    }

    public List<Route> routes() {
        return routes;
    }
}
