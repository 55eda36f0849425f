package uk.ppo.common.dataprotection;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** One read or change of a person's records, from the service's audit trail: who, through which client, what, why. */
@Schema(name = "Disclosure", description = "One read or change of the person's records, as the service's audit trail keeps it")
public record Disclosure(
        Instant at,
        @Schema(example = "cora.coordinator") String username,
        @Schema(description = "The client the caller's token was issued to", example = "ppo-admin-console") String client,
        @Schema(example = "police") String agency,
        @Schema(description = "The caller's roles, comma-separated", example = "coordinator") String roles,
        @Schema(example = "SCORE_READ") String action,
        String detail,
        @Schema(description = "The purpose the caller gave (X-Purpose)") String purpose,
        String requestId) {
}
