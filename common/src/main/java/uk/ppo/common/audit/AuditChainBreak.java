package uk.ppo.common.audit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The first row at which an audit hash chain does not hold, and why. */
@Schema(name = "AuditChainBreak", description = "The first row at which the audit hash chain does not hold")
public record AuditChainBreak(
        @Schema(description = "The row's place in the chain (1 is the first row ever written)", example = "42") long sequence,
        @Schema(description = "What does not hold", example = "CHANGED") Kind kind,
        @Schema(description = "The same in words", example = "the row's fields no longer match its hash: it was changed after it was written")
        String detail) {

    /** The ways a chain breaks. */
    @Schema(name = "AuditChainBreakKind", description = "CHANGED: a row's fields no longer match its hash; UNLINKED: a row does not"
            + " carry the hash of the row before it; MISSING: a row of the chain is not there (deleted); HEAD: the chain's recorded"
            + " last row is not the last row found (rows deleted at the end, or the head moved)")
    public enum Kind { CHANGED, UNLINKED, MISSING, HEAD }

    static AuditChainBreak of(long sequence, Kind kind) {
        String detail = switch (kind) {
            case CHANGED -> "the row's fields no longer match its hash: it was changed after it was written";
            case UNLINKED -> "the row does not carry the hash of the row before it";
            case MISSING -> "the row is missing from the chain";
            case HEAD -> "the chain's recorded last row is not the last row found";
        };
        return new AuditChainBreak(sequence, kind, detail);
    }
}
