package uk.ppo.gateway.routing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The gateway's route table: for a request path, the one route it takes (service, timeout, body limit).
 * Prefixes match whole path segments ({@code /api/v1/plans} covers {@code /api/v1/plans} and
 * {@code /api/v1/plans/42}, not {@code /api/v1/plansx}); the longest prefix wins. A setting (a bulk import's
 * longer timeout or larger body) applies under its prefix; a value it leaves out comes from the longest setting
 * around it that has one, then the service's timeout, then the gateway's defaults. Pure: no I/O, no CDI.
 */
public final class RouteTable {

    /**
     * Where a call goes: the service, the service's prefix the path falls under (the route tag of the gateway's
     * metrics), how long the service may take to answer, and the largest request body the route takes.
     */
    public record Route(String service, String prefix, Duration timeout, long maxBodyBytes) {
    }

    /** A path prefix a service owns, with the service's own timeout if it sets one. */
    public record Owner(String prefix, String service, Optional<Duration> timeout) {
    }

    /** A path prefix with its own timeout and/or request body limit. */
    public record Setting(String prefix, Optional<Duration> timeout, Optional<Long> maxBodyBytes) {
    }

    private record Entry(String prefix, Route route) {
    }

    private final List<Entry> entries;
    private final long defaultMaxBodyBytes;

    public RouteTable(List<Owner> owners, List<Setting> settings, Duration defaultTimeout, long defaultMaxBodyBytes) {
        owners.forEach(owner -> requireWellFormed(owner.prefix()));
        settings.forEach(setting -> requireWellFormed(setting.prefix()));
        if (owners.stream().map(Owner::prefix).distinct().count() != owners.size()) {
            throw new IllegalArgumentException("Two services claim the same prefix: " + owners);
        }
        this.defaultMaxBodyBytes = defaultMaxBodyBytes;
        Set<String> prefixes = new LinkedHashSet<>();
        owners.forEach(owner -> prefixes.add(owner.prefix()));
        settings.forEach(setting -> prefixes.add(setting.prefix()));
        List<Entry> built = new ArrayList<>();
        for (String prefix : prefixes) {
            longest(owners, Owner::prefix, prefix).ifPresent(owner -> built.add(new Entry(prefix, new Route(owner.service(), owner.prefix(),
                    first(settings, prefix, Setting::timeout).or(owner::timeout).orElse(defaultTimeout),
                    first(settings, prefix, Setting::maxBodyBytes).orElse(defaultMaxBodyBytes)))));
        }
        this.entries = byLongestPrefix(built, Entry::prefix);
    }

    /** The suite's table as the gateway is configured ({@code ppo.gateway.services.*}, {@code ppo.gateway.routes.*}). */
    public static RouteTable of(GatewayConfig config) {
        List<Owner> owners = new ArrayList<>();
        config.services().forEach((name, service) ->
                service.prefixes().forEach(prefix -> owners.add(new Owner(prefix, name, service.timeout()))));
        List<Setting> settings = config.routes().values().stream()
                .map(route -> new Setting(route.prefix(), route.timeout(), route.maxBodySize().map(size -> size.asLongValue())))
                .toList();
        return new RouteTable(owners, settings, config.defaultTimeout(), config.defaultMaxBodySize().asLongValue());
    }

    /** The route of a path; empty when no service serves it (or it climbs out with {@code ..}). */
    public Optional<Route> match(String path) {
        if (path == null || path.contains("/../") || path.endsWith("/..")) {
            return Optional.empty();
        }
        return longest(entries, Entry::prefix, path).map(Entry::route);
    }

    /** The largest request body a path takes: its route's limit, else the gateway's default. */
    public long maxBodyBytes(String path) {
        return match(path).map(Route::maxBodyBytes).orElse(defaultMaxBodyBytes);
    }

    /** Every prefix with its route, longest first. */
    public List<Route> routes() {
        return entries.stream().map(Entry::route).toList();
    }

    /** The value of the longest setting covering the path that sets it. */
    private static <V> Optional<V> first(List<Setting> settings, String path, Function<Setting, Optional<V>> value) {
        return byLongestPrefix(settings.stream().filter(setting -> covers(setting.prefix(), path)).toList(), Setting::prefix).stream()
                .map(value).flatMap(Optional::stream).findFirst();
    }

    private static <T> Optional<T> longest(List<T> items, Function<T, String> prefix, String path) {
        return items.stream().filter(item -> covers(prefix.apply(item), path))
                .max(Comparator.comparingInt(item -> prefix.apply(item).length()));
    }

    private static <T> List<T> byLongestPrefix(List<T> items, Function<T, String> prefix) {
        return items.stream().sorted(Comparator.comparingInt((T item) -> prefix.apply(item).length()).reversed()).toList();
    }

    private static boolean covers(String prefix, String path) {
        return path.equals(prefix) || path.startsWith(prefix + "/");
    }

    private static void requireWellFormed(String prefix) {
        if (!prefix.startsWith("/") || prefix.endsWith("/")) {
            throw new IllegalArgumentException("A route prefix starts with / and does not end with one: " + prefix);
        }
    }
}
