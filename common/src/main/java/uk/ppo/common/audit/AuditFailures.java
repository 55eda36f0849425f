package uk.ppo.common.audit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.sql.DataSource;
import java.util.Optional;

/**
 * Counts the audit records a service could not write, as {@code ppo_audit_write_failures_total{service}}: any
 * increase means personal data was read or changed (or refused) without its record, and the {@code PpoAuditWriteFailed}
 * alert fires. Registered at start (at 0) in every module with a database, so the first failure shows as an increase.
 */
@Startup
@Singleton
public class AuditFailures {

    public static final String METRIC = "ppo.audit.write.failures";

    private final Optional<Counter> counter;

    AuditFailures(MeterRegistry registry, Instance<DataSource> dataSource,
                  @ConfigProperty(name = "quarkus.application.name") String service) {
        this.counter = dataSource.isResolvable()
                ? Optional.of(Counter.builder(METRIC).description("Audit records that could not be written")
                        .tag("service", service).register(registry))
                : Optional.empty();
    }

    /** One audit record (or one statement's records) not written. */
    public void count() {
        counter.ifPresent(Counter::increment);
    }
}
