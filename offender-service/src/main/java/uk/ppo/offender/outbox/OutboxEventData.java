package uk.ppo.offender.outbox;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.ppo.offender.decision.DecisionType;
import uk.ppo.offender.decision.PanelDecision;
import uk.ppo.offender.decision.ReasonCode;
import uk.ppo.offender.person.IomCategory;
import uk.ppo.offender.event.EventType;
import uk.ppo.offender.person.PersonStatus;
import uk.ppo.offender.person.Strand;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The {@code data} of an outbox event: the least a partner needs to act on it. Codes, ids and dates only:
 * never a panel's rationale, an event's detail or grading, a partner's reference, the names of the person or
 * of staff, or who attended. Stored as written (jsonb) and answered as stored; absent fields are left out.
 */
@Schema(name = "OutboxEventData", description = "Codes, ids and dates only. A decision event carries the decision fields,"
        + " a custody event the event fields; schemeCode and personId are in both")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OutboxEventData(
        @Schema(description = "The person's scheme when it happened", example = "HASTINGS") String schemeCode,
        @Schema(description = "The person (as the event's subject)") UUID personId,
        @Schema(description = "Decision events: the panel decision's id") UUID decisionId,
        @Schema(description = "Decision events") DecisionType decisionType,
        @Schema(description = "Decision events: the day the panel decided", example = "2026-11-20") LocalDate decidedOn,
        @Schema(description = "Decision events: the reason code, when the decision takes one") ReasonCode reasonCode,
        @Schema(description = "Decision events: status before") PersonStatus previousStatus,
        @Schema(description = "Decision events: strand before, when a current PPO") Strand previousStrand,
        @Schema(description = "Decision events: status after") PersonStatus resultingStatus,
        @Schema(description = "Decision events: strand after, when a current PPO") Strand resultingStrand,
        @Schema(description = "IOM_ENTER and IOM_EXIT: the IOM cohort decided on") IomCategory iomCategory,
        @Schema(description = "Decision events: the IOM cohort before (PPO while a current PPO), when in one") IomCategory previousIomCohort,
        @Schema(description = "Decision events: the IOM cohort after (PPO while a current PPO), when in one") IomCategory resultingIomCohort,
        @Schema(description = "Decision events: MAPPA-managed after the decision") Boolean resultingMappaManaged,
        @Schema(description = "Custody events: the partner event's id (a correction of it repeats the id)") UUID eventId,
        @Schema(description = "Custody events") EventType eventType,
        @Schema(description = "Custody events: when it happened (UTC)", example = "2026-11-01T09:30:00Z") Instant occurredAt,
        @Schema(description = "Custody sentences: the sentence in months") Integer custodyMonths,
        @Schema(description = "Custody sentences, recalls and transfers: the expected release date", example = "2027-06-30")
        LocalDate expectedReleaseOn) {

    static OutboxEventData decision(String schemeCode, PanelDecision d) {
        return new OutboxEventData(schemeCode, d.personId(), d.id(), d.type(), d.decidedOn(), d.reasonCode(),
                d.previousStatus(), d.previousStrand(), d.resultingStatus(), d.resultingStrand(), d.iomCategory(),
                IomCategory.cohortOf(d.previousStatus(), d.previousIomCategory()),
                IomCategory.cohortOf(d.resultingStatus(), d.resultingIomCategory()), d.resultingMappa(),
                null, null, null, null, null);
    }

    static OutboxEventData partnerEvent(String schemeCode, UUID personId, UUID eventId, EventType type, Instant occurredAt,
                                        Integer custodyMonths, LocalDate expectedReleaseOn) {
        return new OutboxEventData(schemeCode, personId, null, null, null, null, null, null, null, null,
                null, null, null, null, eventId, type, occurredAt, custodyMonths, expectedReleaseOn);
    }
}
