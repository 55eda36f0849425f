package uk.ppo.actionplan.conference;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.ppo.actionplan.ppoplan.ActionArea;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** API types of case conferences. */
final class ConferenceRecords {

    static final String AGENCY = "[a-z][a-z-]{1,29}";

    private ConferenceRecords() {
    }

    @Schema(name = "CreateCaseConference", description = "A conference of a scheme that exists in offender-service and the caller may see")
    record CreateConference(
            @NotNull @Pattern(regexp = "[A-Z][A-Z0-9_-]{1,19}", message = "must be a scheme code such as HASTINGS")
            @Schema(example = "HASTINGS") String schemeCode,
            @NotNull @Schema(example = "2010-10-14") LocalDate heldOn,
            @NotEmpty @Size(max = 20) List<@NotNull @Pattern(regexp = AGENCY, message = "must be an agency such as police, probation, dip") String> attendingAgencies) {
    }

    @Schema(name = "RaiseAction", description = "An action the conference raises into the PPO's plan")
    record RaiseAction(
            @NotNull @Schema(example = "ACCOMMODATION") ActionArea area,
            @NotNull @Pattern(regexp = AGENCY, message = "must be an agency such as police, probation, housing, dip")
            @Schema(example = "housing") String agency,
            @NotBlank @Size(max = 2000) @Schema(example = "Find supported housing before release") String text,
            @Schema(example = "2010-11-30") LocalDate due) {
    }

    @Schema(name = "RecordConferenceItem", description = "The discussion of one PPO and the actions raised")
    record RecordItem(
            @NotNull UUID offenderId,
            @NotBlank @Size(max = 4000) @Schema(example = "Released on licence 4 October; no fixed abode") String discussion,
            @Size(max = 20) List<@NotNull @Valid RaiseAction> actions) {
    }

    @Schema(name = "ConferenceItem")
    record ItemView(UUID offenderId, String discussion, List<UUID> raisedActions, Instant recordedAt, String recordedBy) {

        static ItemView of(ConferenceItem item) {
            return new ItemView(item.offenderId(), item.discussion(), item.raisedActions(), item.recordedAt(), item.recordedBy());
        }
    }

    @Schema(name = "CaseConference")
    record ConferenceView(UUID id, String schemeCode, LocalDate heldOn, List<String> attendingAgencies,
                          @Schema(description = "The items of the people the caller may see now") List<ItemView> items,
                          @Schema(description = "Version for If-Match") long version, Instant createdAt, String createdBy) {

        static ConferenceView of(ConferenceService.Shown shown) {
            CaseConference c = shown.conference();
            return new ConferenceView(c.id(), c.schemeCode(), c.heldOn(), c.attendingAgencies(),
                    shown.items().stream().map(ItemView::of).toList(), c.version(), c.createdAt(), c.createdBy());
        }
    }

    @Schema(name = "CaseConferenceSummary", description = "A conference without its items (no personal data)")
    record ConferenceSummary(UUID id, String schemeCode, LocalDate heldOn, List<String> attendingAgencies, int items) {

        static ConferenceSummary of(CaseConference c) {
            return new ConferenceSummary(c.id(), c.schemeCode(), c.heldOn(), c.attendingAgencies(), c.items().size());
        }
    }

    @Schema(name = "OpenRaisedAction", description = "An action raised at an earlier conference and still open")
    record OpenActionView(UUID raisedAtConference, LocalDate raisedOn, UUID offenderId, UUID ppoPlanId, UUID actionId,
                          ActionArea area, String agency, String text, LocalDate due) {
    }

    @Schema(name = "OpenRaisedActions")
    record OpenActions(@Schema(description = "The scheme's previous conference, if any") UUID previousConference,
                       LocalDate previousHeldOn, List<OpenActionView> actions) {
    }
}
