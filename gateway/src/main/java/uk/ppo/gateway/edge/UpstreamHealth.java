package uk.ppo.gateway.edge;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import uk.ppo.gateway.routing.Breakers;
import uk.ppo.gateway.routing.Upstreams;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Readiness shows each service's own readiness (its {@code /q/health/ready}, 1 s at most) and its
 * circuit breaker. The gateway stays ready while a service is down: it still serves the others and
 * answers 503 for the one that is down; taking the whole edge out of the load balancer would turn
 * one service's outage into everyone's.
 */
@Readiness
@ApplicationScoped
class UpstreamHealth implements AsyncHealthCheck {

    private final Upstreams upstreams;
    private final Breakers breakers;

    UpstreamHealth(Upstreams upstreams, Breakers breakers) {
        this.upstreams = upstreams;
        this.breakers = breakers;
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        List<String> names = new ArrayList<>(upstreams.names());
        List<Future<String>> states = names.stream().map(name -> upstreams
                .get(name, "/q/health/ready", MultiMap.caseInsensitiveMultiMap(), Duration.ofSeconds(2))
                .map(answer -> answer.status() == 200 ? "UP" : "DOWN (" + answer.status() + ")")
                .otherwise(failure -> "DOWN (unreachable)")).toList();
        return Uni.createFrom().completionStage(Future.join(new ArrayList<>(states)).toCompletionStage())
                .onFailure().recoverWithNull()
                .map(ignored -> {
                    HealthCheckResponseBuilder builder = HealthCheckResponse.named("upstreams").up();
                    for (int i = 0; i < names.size(); i++) {
                        String name = names.get(i);
                        String state = states.get(i).succeeded() ? states.get(i).result() : "DOWN";
                        builder.withData(name + "-service", state + ", circuit " + breakers.of(name).getState().name().toLowerCase());
                    }
                    return builder.build();
                });
    }
}
