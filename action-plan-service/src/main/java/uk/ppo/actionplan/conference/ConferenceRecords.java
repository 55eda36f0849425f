package uk.ppo.actionplan.conference;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.ppo.actionplan.ppoplan.ActionArea;
import uk.ppo.actionplan.ppoplan.Strand;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** API types of case conferences. */
final class ConferenceRecords {

    static final String AGENCY = "[a-z][a-z-]{1,29}";
    /** The longest agency the pattern allows, as ppo_plan_action.agency and case_conference_attendee.agency store it (varchar(30)). */
    static final int AGENCY_MAX = 30;

    private ConferenceRecords() {
    }

    @Schema(name = "CaseConferenceAttendee", description = "Someone who attended: name, agency and role")
    record AttendeeView(
            @NotBlank @Size(max = 120) @Schema(example = "DS Jo Carter") String name,
            @NotNull @Pattern(regexp = AGENCY, message = "must be an agency such as police, probation, dip") @Size(max = AGENCY_MAX)
            @Schema(example = "police") String agency,
            @NotBlank @Size(max = 120) @Schema(example = "PPO Officer") String role) {

        static AttendeeView of(Attendee a) {
            return new AttendeeView(a.name(), a.agency(), a.role());
        }
    }

    @Schema(name = "CreateCaseConference", description = "A conference of a scheme that exists in offender-service and the caller may see;"
            + " attendingAgencies, attendees or both (the agencies of the attendees are added to attendingAgencies)")
    record CreateConference(
            @NotNull @Pattern(regexp = "[A-Z][A-Z0-9_-]{1,19}", message = "must be a scheme code such as HASTINGS")
            @Size(max = 20) @Schema(example = "HASTINGS") String schemeCode,
            @NotNull @Schema(example = "2010-10-14") LocalDate heldOn,
            @Size(max = 20) List<@NotNull @Pattern(regexp = AGENCY, message = "must be an agency such as police, probation, dip")
            @Size(max = AGENCY_MAX) String> attendingAgencies,
            @Size(max = 40) List<@NotNull @Valid AttendeeView> attendees) {
    }

    @Schema(name = "RaiseAction", description = "An action the conference raises into the PPO's plan")
    record RaiseAction(
            @NotNull @Schema(example = "ACCOMMODATION") ActionArea area,
            @NotNull @Pattern(regexp = AGENCY, message = "must be an agency such as police, probation, housing, dip")
            @Size(max = AGENCY_MAX) @Schema(example = "housing") String agency,
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
    record ConferenceView(UUID id, String schemeCode, LocalDate heldOn, List<String> attendingAgencies, List<AttendeeView> attendees,
                          @Schema(description = "The items of the people the caller may see now") List<ItemView> items,
                          @Schema(description = "Version for If-Match") long version, Instant createdAt, String createdBy) {

        static ConferenceView of(ConferenceService.Shown shown) {
            CaseConference c = shown.conference();
            return new ConferenceView(c.id(), c.schemeCode(), c.heldOn(), c.attendingAgencies(),
                    c.attendees().stream().map(AttendeeView::of).toList(),
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

    @Schema(name = "AgendaItem", description = "A current member of the scheme and the reasons to discuss them (none: on the agenda all the same)")
    record AgendaItem(UUID offenderId, @Schema(example = "2004/0012345D") String pncId, String firstName, String lastName,
                      @Schema(example = "AMBER") String status, Strand strand, List<AgendaReason> reasons,
                      LocalDate selectedOn, LocalDate nextReviewDue,
                      @Schema(description = "The next review is the amber list's review before release") boolean nextReviewPreRelease,
                      @Schema(description = "While in custody") LocalDate expectedReleaseOn,
                      @Schema(description = "The latest earlier conference that discussed the person") LocalDate lastDiscussedOn,
                      @Schema(description = "The person's active plan, if any") UUID activePlanId,
                      @Schema(description = "Premium-service standards about the person missed since the last conference (clocks that stopped late or are open past their limit)")
                      int standardsMissed) {
    }

    @Schema(name = "CaseConferenceAgenda", description = "Every current member (ACTIVE and AMBER) of the scheme, by strand and name")
    record Agenda(UUID schemeId, @Schema(example = "HASTINGS") String schemeCode, LocalDate on,
                  @Schema(description = "The scheme's latest conference before the day, if any") UUID lastConference,
                  LocalDate lastConferenceOn, @Schema(example = "56") int releaseWindowDays, List<AgendaItem> items) {
    }
}
