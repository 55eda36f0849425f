package uk.ppo.common.audit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Pattern;

/**
 * {@code ppo.audit.chain.*}: the service's hash-chained audit table, {@code audit_record} or {@code audit_event};
 * {@code none} (the gateway, which has no database) leaves {@link AuditChain} out at build time.
 */
@ConfigMapping(prefix = "ppo.audit.chain")
public interface AuditChainConfig {

    /** The audit table: a plain table name, since it is written into the chain check's SQL. */
    @WithDefault("none")
    @Pattern(regexp = "[a-z][a-z0-9_]*", message = "is not a plain table name")
    String table();
}
