package uk.ppo.common.audit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** What a check of one service's audit hash chain found. */
@Schema(name = "AuditChainVerification", description = "One service's audit trail checked link by link: every row's hash"
        + " recomputed from its fields and the hash of the row before")
public record AuditVerification(
        @Schema(description = "The service whose trail was checked", example = "offender-service") String service,
        @Schema(description = "Rows read and checked", example = "1520") long rowsChecked,
        @Schema(description = "True when every row is unchanged, none is missing and the last one is the chain's recorded head")
        boolean intact,
        @Schema(description = "The first place the chain does not hold; absent when intact") AuditChainBreak firstBreak,
        @Schema(description = "When the check ran") Instant checkedAt) {
}
