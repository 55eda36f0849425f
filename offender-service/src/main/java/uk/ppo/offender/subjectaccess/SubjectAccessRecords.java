package uk.ppo.offender.subjectaccess;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.ppo.offender.dataprotection.Job;
import uk.ppo.offender.person.PncId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The subject-access API's types. */
public final class SubjectAccessRecords {

    private SubjectAccessRecords() {
    }

    @Schema(name = "SubjectAccessRequestCreate", description = "Whose data (pncId or personId, exactly one), optionally for a period")
    public record Create(@Size(max = PncId.MAX_INPUT) @Pattern(regexp = "[0-9A-Za-z/ ]{1,20}", message = "is not a PNC id") @Schema(example = "2004/0012345D") String pncId,
                         UUID personId,
                         @Schema(description = "Only records made on or after this date") LocalDate from,
                         @Schema(description = "Only records made on or before this date") LocalDate to) {
    }

    @Schema(name = "SubjectAccessRequest", description = "A subject-access request and each service's progress")
    public record RequestView(UUID id, UUID personId, LocalDate from, LocalDate to, Job.Status status, String requestedBy,
                              Instant requestedAt, Instant completedAt, List<Job.StepView> services) {
        static RequestView of(Job job) {
            return new RequestView(job.id(), job.personId(), job.periodFrom(), job.periodTo(), job.status(),
                    job.requestedBy(), job.requestedAt(), job.completedAt(), job.progress());
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @Schema(name = "SubjectAccessDisclosure", description = "One read or change of the person's data, from a service's audit trail")
    public record Disclosure(@Schema(example = "scoring-service") String service, Instant at, String username, String client,
                             String agency, String roles, String action, String detail, String purpose, String requestId) {
        static Disclosure of(String service, uk.ppo.common.dataprotection.Disclosure d) {
            return new Disclosure(service, d.at(), d.username(), d.client(), d.agency(), d.roles(), d.action(), d.detail(),
                    d.purpose(), d.requestId());
        }
    }

    @Schema(name = "SubjectAccessSection", description = "What one service holds about the person")
    public record Section(@Schema(example = "offender-service") String service, Instant generatedAt,
                          List<uk.ppo.common.dataprotection.HeldRecord> records) {
    }

    @Schema(name = "SubjectAccessBundle", description = "Everything the suite holds about the person, a section per service, and who read or changed it")
    public record Bundle(UUID requestId, UUID personId, LocalDate from, LocalDate to, Instant completedAt,
                         List<Section> sections,
                         @Schema(description = "Every service's audit records about the person, oldest first")
                         List<Disclosure> disclosureLog) {
    }
}
