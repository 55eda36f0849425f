package uk.ppo.offender.event;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.ppo.offender.decision.Agency;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** API types of the event resource: request and response kept apart, never the entity. */
public final class EventRecords {

    private EventRecords() {
    }

    @Schema(name = "PushEvent", description = "CUSTODY_SENTENCE needs custodyMonths and expectedReleaseOn; RECALL needs expectedReleaseOn;"
            + " TRANSFER (prison to prison, while in custody) needs prison; INTELLIGENCE needs grading. It is recorded"
            + " under the token's client (sourceSystem) and agency (sourceAgency): a body naming another is refused (409)")
    public record PushEvent(
            @Size(max = 60) @Pattern(regexp = "[A-Za-z0-9._-]{1,60}", message = "must be 1 to 60 letters, digits, '.', '_' or '-'")
            @Schema(description = "Optional; if given, must be the token's client id") String sourceSystem,
            @NotNull @Size(max = 120) @Pattern(regexp = "[A-Za-z0-9._:/-]{1,120}", message = "must be 1 to 120 letters, digits or . _ : / -") String sourceId,
            @NotNull EventType type,
            @NotNull @Schema(description = "When it happened (UTC)", example = "2026-11-01T09:30:00Z") Instant occurredAt,
            @Schema(description = "When the partner recorded it (UTC); defaults to now. For BAIL_DECISION when the PPO team"
                    + " was told, for FTA_WARRANT when the police were notified (the service standards measure from occurredAt)",
                    example = "2026-11-03T16:00:00Z") Instant recordedAt,
            @Schema(description = "Optional; if given, must be the token's agency") Agency sourceAgency,
            @Size(max = 2000) String detail,
            @Min(1) @Max(1200) @Schema(description = "Length of a custodial sentence in months") Integer custodyMonths,
            @Schema(description = "CUSTODY_SENTENCE (required: not before the sentence date, at most custodyMonths after it),"
                    + " RECALL (required) and TRANSFER (if it changes): when the person is expected to be released", example = "2029-03-14")
            LocalDate expectedReleaseOn,
            @Size(min = 1, max = 120) @Pattern(regexp = "[\\p{L}0-9 .,'()&/-]+", message = "must be a prison's name, e.g. HMP Lewes")
            @Schema(description = "CUSTODY_SENTENCE and RECALL (optional), TRANSFER (required): the prison holding the person", example = "HMP Lewes")
            String prison,
            @Size(max = 4) @Pattern(regexp = "[A-Z0-9]{1,4}", message = "must be an intelligence grading such as B2 or 1A") String grading) {
    }

    @Schema(name = "PartnerEvent")
    public record EventView(UUID id, UUID personId, String sourceSystem, String sourceId, EventType type,
                            Instant occurredAt, Instant recordedAt, Agency sourceAgency, String detail,
                            Integer custodyMonths, LocalDate expectedReleaseOn, String prison, String grading,
                            @Schema(description = "What the event proposed to the panel when it was recorded") CustodyRule.Proposal proposal) {
    }

    @Schema(name = "PushEventResult", description = "proposal: what a custodial sentence (by the person's strand) or an amber PPO's"
            + " release proposes to the panel (it decides)")
    public record Pushed(UUID id, boolean created, CustodyRule.Proposal proposal) {
    }
}
