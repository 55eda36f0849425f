package uk.ppo.gateway.routing;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The timeout and request body limit of a path: the longest configured route prefix that matches
 * and sets the value wins, then the service's timeout, then the gateway's defaults. Pure.
 */
final class RoutePolicies {

    record Override(String prefix, Optional<Duration> timeout, Optional<Long> maxBodyBytes) {
    }

    record Policy(Duration timeout, long maxBodyBytes) {
    }

    private final List<Override> overrides;
    private final Duration defaultTimeout;
    private final long defaultMaxBodyBytes;

    RoutePolicies(List<Override> overrides, Duration defaultTimeout, long defaultMaxBodyBytes) {
        this.overrides = overrides.stream().sorted(Comparator.comparingInt((Override o) -> o.prefix().length()).reversed()).toList();
        this.defaultTimeout = defaultTimeout;
        this.defaultMaxBodyBytes = defaultMaxBodyBytes;
    }

    Policy forPath(String path, Optional<Duration> serviceTimeout) {
        Duration timeout = null;
        Long maxBody = null;
        for (Override o : overrides) {
            if (path.equals(o.prefix()) || path.startsWith(o.prefix() + "/")) {
                if (timeout == null && o.timeout().isPresent()) {
                    timeout = o.timeout().get();
                }
                if (maxBody == null && o.maxBodyBytes().isPresent()) {
                    maxBody = o.maxBodyBytes().get();
                }
            }
        }
        return new Policy(timeout != null ? timeout : serviceTimeout.orElse(defaultTimeout),
                maxBody != null ? maxBody : defaultMaxBodyBytes);
    }
}
