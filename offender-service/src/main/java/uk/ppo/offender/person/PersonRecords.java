package uk.ppo.offender.person;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** API types for people: requests, the full record, the search summary and the officers' status view. */
public final class PersonRecords {

    private PersonRecords() {
    }

    static final String CRO = "(SF\\d{2}/\\d{1,6}[A-Z]|\\d{1,6}/\\d{2}[A-Z])";

    @Schema(name = "Officer", description = "A named officer and how to reach them")
    public record Officer(
            @NotBlank @Size(max = 120) @Schema(example = "PC 1234 Jo Bloggs") String name,
            @Size(max = 120) @Schema(example = "01424 555 0101") String contact) {
    }

    @Schema(name = "CreateOffender", description = "A person known to a scheme; they join the cohort only by a panel decision")
    public record CreatePerson(
            @NotNull @Schema(description = "PNC id", example = "2004/0012345A") String pncId,
            @Pattern(regexp = CRO, message = "must be a CRO number, e.g. 123456/08A") @Schema(example = "123456/08A") String croNumber,
            @NotBlank @Size(max = 100) @Schema(example = "Jamie") String firstName,
            @NotBlank @Size(max = 100) @Schema(example = "Smith") String lastName,
            @NotNull @Past @Schema(example = "1990-04-12") LocalDate dateOfBirth,
            @NotNull Gender gender,
            @NotNull Ethnicity ethnicity,
            @Size(max = 300) String homeAddress,
            @Size(max = 120) @Schema(example = "Hastings") String homeArea,
            @Size(max = 40) String yosReference,
            @Size(max = 40) String probationReference,
            @NotNull @Schema(description = "The scheme managing this person") UUID schemeId,
            @Valid Officer leadOfficer,
            @Valid Officer offenderManager,
            Boolean pncMarker,
            @Size(max = 20) List<@NotBlank @Size(max = 60) @Pattern(regexp = "[^|]*", message = "must not contain '|'") String> flags) {
    }

    @Schema(name = "UpdateOffender", description = "Identity and contacts; a new schemeId transfers the person (history is kept)")
    public record UpdatePerson(
            @Pattern(regexp = CRO, message = "must be a CRO number, e.g. 123456/08A") String croNumber,
            @NotBlank @Size(max = 100) String firstName,
            @NotBlank @Size(max = 100) String lastName,
            @NotNull @Past LocalDate dateOfBirth,
            @NotNull Gender gender,
            @NotNull Ethnicity ethnicity,
            @Size(max = 300) String homeAddress,
            @Size(max = 120) String homeArea,
            @Size(max = 40) String yosReference,
            @Size(max = 40) String probationReference,
            @NotNull UUID schemeId,
            @Valid Officer leadOfficer,
            @Valid Officer offenderManager,
            Boolean pncMarker,
            @Size(max = 20) List<@NotBlank @Size(max = 60) @Pattern(regexp = "[^|]*", message = "must not contain '|'") String> flags) {
    }

    @Schema(name = "SchemeRef")
    public record SchemeRef(UUID id, @Schema(example = "HASTINGS") String code, String name) {
    }

    @Schema(name = "Offender", description = "The full record (not for officers)")
    public record PersonView(UUID id, String pncId, String croNumber, String firstName, String lastName,
                             LocalDate dateOfBirth, Gender gender, Ethnicity ethnicity, String homeAddress,
                             String homeArea, String yosReference, String probationReference, SchemeRef scheme,
                             Officer leadOfficer, Officer offenderManager, boolean pncMarker, List<String> flags,
                             PersonStatus status, Strand strand,
                             @Schema(description = "Why a current member is listed: PROLIFIC or PRIORITY; null when not a member,"
                                     + " or selected before the basis was recorded") ListingBasis listedFor,
                             LocalDate selectedOn, LocalDate lastReviewedOn,
                             LocalDate nextReviewDue, long version, Instant createdAt,
                             @Schema(description = "Present while processing is restricted (only the data protection officer and auditors see such a person)")
                             Restriction restriction) {
        public static PersonView of(Person p) {
            return new PersonView(p.id(), p.pncId(), p.croNumber(), p.firstName(), p.lastName(), p.dateOfBirth(),
                    p.gender(), p.ethnicity(), p.homeAddress(), p.homeArea(), p.yosReference(), p.probationReference(),
                    schemeRef(p), officer(p.leadOfficerName(), p.leadOfficerContact()),
                    officer(p.offenderManagerName(), p.offenderManagerContact()), p.pncMarker(), p.flags(),
                    p.status(), p.strand(), p.listedFor(), p.selectedOn(), p.lastReviewedOn(), p.nextReviewDue(), p.version(),
                    p.createdAt(), Restriction.of(p));
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "OffenderRestriction", description = "Restriction of processing (Data Protection Act 2018 s.47)")
    public record Restriction(Instant since, String by, String reason) {
        public static Restriction of(Person p) {
            return p.restricted() ? new Restriction(p.restrictedAt(), p.restrictedBy(), p.restrictionReason()) : null;
        }
    }

    @Schema(name = "OffenderSummary", description = "One search result")
    public record PersonSummary(UUID id, String pncId, String firstName, String lastName, LocalDate dateOfBirth,
                                SchemeRef scheme, PersonStatus status, Strand strand, LocalDate nextReviewDue) {
        public static PersonSummary of(Person p) {
            return new PersonSummary(p.id(), p.pncId(), p.firstName(), p.lastName(), p.dateOfBirth(), schemeRef(p),
                    p.status(), p.strand(), p.nextReviewDue());
        }
    }

    /** What an officer may know: exactly these fields, and for a non-PPO only the first two. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "PpoStatus", description = "The officers' status view: only these fields; ppo false carries only pncId and ppo")
    public record StatusView(
            @Schema(example = "2004/0012345D") String pncId,
            @Schema(description = "Whether the person is a current PPO (active or amber)") boolean ppo,
            Strand strand,
            @Schema(description = "ACTIVE or AMBER") PersonStatus status,
            @Schema(description = "Scheme code", example = "HASTINGS") String scheme,
            Officer leadOfficer,
            List<String> flags,
            LocalDate nextReviewDue) {
        static StatusView notPpo(String pncId) {
            return new StatusView(pncId, false, null, null, null, null, null, null);
        }

        static StatusView of(Person p) {
            return new StatusView(p.pncId(), true, p.strand(), p.status(), p.scheme().code(),
                    officer(p.leadOfficerName(), p.leadOfficerContact()), p.flags(), p.nextReviewDue());
        }
    }

    static SchemeRef schemeRef(Person p) {
        return new SchemeRef(p.scheme().id(), p.scheme().code(), p.scheme().name());
    }

    static Officer officer(String name, String contact) {
        return name == null ? null : new Officer(name, contact);
    }
}
