package uk.ppo.common.audit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/** One audit record as the auditors' API shows it. */
@Schema(name = "AuditRecord", description = "One read or change of personal data")
public record AuditEntry(long id, Instant at, String user, String roles, String agency, String action,
                         UUID personId, String detail, String requestId, String purpose,
                         @Schema(description = "The client the caller's token was issued to", example = "police-system") String client) {
}
