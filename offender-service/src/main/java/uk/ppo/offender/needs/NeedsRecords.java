package uk.ppo.offender.needs;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.ppo.offender.decision.Agency;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** API types for needs assessments: the request, an assessment, a person's current needs, a scheme's summary. */
public final class NeedsRecords {

    private NeedsRecords() {
    }

    @Schema(name = "RecordNeedsAssessment", description = "One area of a person's needs as the caller's agency assessed it on a date."
            + " ACCOMMODATION and EMPLOYMENT need a status; onRelease is only for ACCOMMODATION, classAUse and dipClient only for DRUGS")
    public record RecordNeedsAssessment(
            @NotNull @Schema(example = "ACCOMMODATION") NeedArea area,
            @NotNull @Schema(example = "HIGH") NeedLevel level,
            @Schema(description = "ACCOMMODATION: SETTLED, UNSETTLED or NO_FIXED_ABODE; EMPLOYMENT: EMPLOYED or UNEMPLOYED",
                    example = "NO_FIXED_ABODE") NeedStatus status,
            @Schema(description = "ACCOMMODATION only: the assessment is of the accommodation the person is released to from custody")
            Boolean onRelease,
            @Schema(description = "DRUGS only: uses Class A drugs") Boolean classAUse,
            @Schema(description = "DRUGS only: a Drug Intervention Programme client") Boolean dipClient,
            @NotNull @Schema(description = "Not in the future, not before the person's 10th birthday", example = "2026-11-02")
            LocalDate assessedOn,
            @Size(max = 2000) @Schema(example = "Sofa-surfing since leaving HMP Lewes; referred to the POAL scheme") String note) {

        NeedsRules.Entry entry() {
            return new NeedsRules.Entry(area, level, status, onRelease, classAUse, dipClient, assessedOn);
        }
    }

    @Schema(name = "NeedsAssessment", description = "One agency's assessment of one area; the flags are null where the area has none")
    public record NeedsAssessmentView(UUID id, UUID personId, NeedArea area, NeedLevel level, NeedStatus status,
                                      Boolean onRelease, Boolean classAUse, Boolean dipClient, LocalDate assessedOn,
                                      @Schema(description = "The assessing agency (the recording token's)") Agency agency,
                                      String note, String recordedBy, Instant recordedAt) {
        static NeedsAssessmentView of(NeedsAssessment a) {
            return new NeedsAssessmentView(a.id(), a.personId(), a.area(), a.level(), a.status(), a.onRelease(),
                    a.classAUse(), a.dipClient(), a.assessedOn(), a.agency(), a.note(), a.recordedBy(), a.recordedAt());
        }
    }

    @Schema(name = "CurrentNeeds", description = "Each area's latest assessment on or before the date, by any agency")
    public record CurrentNeeds(UUID personId, LocalDate on, List<NeedsAssessmentView> areas,
                               @Schema(description = "Areas with no assessment on or before the date") List<NeedArea> notAssessed) {
    }

    @Schema(name = "NeedsSummary", description = "The scheme's current members on the date (ACTIVE or AMBER by the panel's decisions"
            + " up to then) counted by their latest assessment of each area on or before it; restricted people are left out")
    public record NeedsSummary(
            @Schema(example = "HASTINGS") String scheme, LocalDate on, int members,
            @Schema(description = "Latest accommodation assessment SETTLED (now or on release)") int settledAccommodation,
            @Schema(description = "Latest accommodation assessment NO_FIXED_ABODE") int noFixedAbode,
            int accommodationNotAssessed,
            @Schema(description = "Latest employment assessment EMPLOYED") int employed,
            int employmentNotAssessed,
            @Schema(description = "Members with no assessment of any area on or before the date") int noAssessment,
            @Schema(description = "Members whose latest assessment of the area is HIGH") Map<NeedArea, Integer> highNeeds) {
    }
}
