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
    /** person.cro_number is varchar(20). */
    static final int CRO_MAX = 20;
    /** first_name and last_name are varchar(100). */
    static final int NAME_MAX = 100;

    @Schema(name = "Officer", description = "A named officer and how to reach them")
    public record Officer(
            @NotBlank @Size(max = 120) @Schema(example = "PC 1234 Jo Bloggs") String name,
            @Size(max = 120) @Schema(example = "01424 555 0101") String contact) {
    }

    @Schema(name = "CreateOffender", description = "A person known to a scheme; they join the cohort only by a panel decision")
    public record CreatePerson(
            @NotNull @Size(max = PncId.MAX_INPUT) @Schema(description = "PNC id", example = "2004/0012345A") String pncId,
            @Size(max = CRO_MAX) @Pattern(regexp = CRO, message = "must be a CRO number, e.g. 123456/08A") @Schema(example = "123456/08A") String croNumber,
            @NotBlank @Size(max = NAME_MAX) @Schema(example = "Jamie") String firstName,
            @NotBlank @Size(max = NAME_MAX) @Schema(example = "Smith") String lastName,
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
            @Size(max = CRO_MAX) @Pattern(regexp = CRO, message = "must be a CRO number, e.g. 123456/08A") String croNumber,
            @NotBlank @Size(max = NAME_MAX) String firstName,
            @NotBlank @Size(max = NAME_MAX) String lastName,
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
                             LocalDate nextReviewDue,
                             @Schema(description = "The next review is the amber list's review before release") boolean nextReviewPreRelease,
                             @Schema(description = "Custody as partners' custody events say; absent if none was recorded") CustodyView custody,
                             long version, Instant createdAt,
                             @Schema(description = "Present while processing is restricted (only the data protection officer and auditors see such a person)")
                             Restriction restriction,
                             @Schema(description = "The person's Integrated Offender Management cohorts") IomMembership iom) {
        public static PersonView of(Person p) {
            return new PersonView(p.id(), p.pncId(), p.croNumber(), p.firstName(), p.lastName(), p.dateOfBirth(),
                    p.gender(), p.ethnicity(), p.homeAddress(), p.homeArea(), p.yosReference(), p.probationReference(),
                    schemeRef(p), officer(p.leadOfficerName(), p.leadOfficerContact()),
                    officer(p.offenderManagerName(), p.offenderManagerContact()), p.pncMarker(), p.flags(),
                    p.status(), p.strand(), p.listedFor(), p.selectedOn(), p.lastReviewedOn(), p.nextReviewDue(),
                    p.nextReviewPreRelease(), CustodyView.of(p.custody()), p.version(),
                    p.createdAt(), Restriction.of(p), IomMembership.of(p));
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "IomMembership", description = "cohort: PPO while a current PPO, else SHORT_SENTENCE, WOMEN_SHORT_SENTENCE or DIP; "
            + "absent when in none. MAPPA management goes beside any cohort.")
    public record IomMembership(IomCategory cohort, LocalDate since, boolean mappaManaged, LocalDate mappaSince) {
        public static IomMembership of(Person p) {
            IomCategory cohort = IomCategory.cohortOf(p.status(), p.iomCategory());
            return new IomMembership(cohort, cohort == IomCategory.PPO ? p.selectedOn() : p.iomSince(),
                    p.mappaManaged(), p.mappaSince());
        }
    }

    @Schema(name = "OffenderCustody", description = "In custody: the sentence, the prison and the expected release; released: when")
    public record CustodyView(boolean inCustody, @Schema(example = "36") Integer sentenceMonths, LocalDate sentencedOn,
                              @Schema(example = "2029-03-14") LocalDate expectedReleaseOn,
                              @Schema(example = "HMP Lewes") String prison, LocalDate releasedOn) {
        static CustodyView of(Custody c) {
            return c.inCustody() || c.releasedOn() != null || c.sentencedOn() != null
                    ? new CustodyView(c.inCustody(), c.sentenceMonths(), c.sentencedOn(), c.expectedReleaseOn(), c.prison(), c.releasedOn())
                    : null;
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

    /** One candidate of the officers' name search: exactly the status view's fields, and how they match. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "PpoStatusMatch", description = "A current PPO the name search found: the status view's fields and how the person matches")
    public record StatusMatch(
            @Schema(example = "2004/0012345D") String pncId,
            @Schema(description = "Always true: the search finds current PPOs only") boolean ppo,
            Strand strand,
            @Schema(description = "ACTIVE or AMBER") PersonStatus status,
            @Schema(description = "Scheme code", example = "HASTINGS") String scheme,
            Officer leadOfficer,
            List<String> flags,
            LocalDate nextReviewDue,
            @Schema(description = "EXACT: names and date of birth as given; PHONETIC: a name sounds alike (Double Metaphone), "
                    + "born on the date given; DOB_TRANSPOSED: born on the date given with day and month swapped")
            NameMatching.Match match) {
        static StatusMatch of(StatusView view, NameMatching.Match match) {
            return new StatusMatch(view.pncId(), view.ppo(), view.strand(), view.status(), view.scheme(), view.leadOfficer(),
                    view.flags(), view.nextReviewDue(), match);
        }
    }

    @Schema(name = "PpoStatusSearch", description = "The name search's answer: at most 10 candidates, EXACT first, then PHONETIC, "
            + "then DOB_TRANSPOSED; truncated when more matched than were returned")
    public record StatusSearchResult(
            List<StatusMatch> matches,
            @Schema(description = "More people matched than the 10 returned: ask for a first name, or use the PNC id")
            boolean truncated) {
    }

    static SchemeRef schemeRef(Person p) {
        return new SchemeRef(p.scheme().id(), p.scheme().code(), p.scheme().name());
    }

    static Officer officer(String name, String contact) {
        return name == null ? null : new Officer(name, contact);
    }
}
