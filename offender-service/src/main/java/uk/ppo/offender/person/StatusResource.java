package uk.ppo.offender.person;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.ppo.common.problem.ProblemException;
import uk.ppo.common.security.Roles;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/** "Is this person a PPO?" — the officers' hot path from mobile apps and custody systems. */
@Path("/api/v1/status")
@Tag(name = "Status", description = "PPO status lookup by PNC id, or by name and date of birth, for officers and partner systems")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.OFFICER, Roles.ADMIN, Roles.COORDINATOR, Roles.OFFENDER_MANAGER, Roles.PARTNER_SYSTEM})
@APIResponse(responseCode = "401", description = "No valid token")
@APIResponse(responseCode = "403", description = "The role may not do this")
public class StatusResource {

    /** A name as partners record one: letters, then letters, spaces, apostrophes, hyphens or full stops. */
    private static final Pattern NAME = Pattern.compile("\\p{L}[\\p{L}\\p{M} '\u2019.-]*");
    private static final int NAME_MAX = PersonRecords.NAME_MAX;
    private static final String NAME_MAX_MESSAGE = "must be at most " + NAME_MAX + " characters";
    /** yyyy-mm-dd, with room for spaces around it. */
    private static final int DATE_MAX = 20;
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

    private final StatusLookup statusLookup;
    private final StatusSearch statusSearch;

    StatusResource(StatusLookup statusLookup, StatusSearch statusSearch) {
        this.statusLookup = statusLookup;
        this.statusSearch = statusSearch;
    }

    @GET
    @Operation(operationId = "lookupStatus", summary = "PPO status of a person by PNC id: strand, status, scheme, lead officer, flags, next review",
            description = "The officers' hot path: whether a person is a current PPO of the caller's schemes, and only the fields an"
                    + " officer may know. Officers, admins, coordinators, offender managers and partner systems; every lookup is audited.")
    @APIResponse(responseCode = "200", description = "The status; for someone not on a scheme, unknown, or outside the caller's schemes only {pncId, ppo: false}")
    @APIResponse(responseCode = "400", description = "pnc missing or not a PNC id")
    public PersonRecords.StatusView lookup(
            @Parameter(description = "PNC id", example = "2004/0012345D") @QueryParam("pnc") @Size(max = PncId.MAX_INPUT) String pnc) {
        if (pnc == null || pnc.isBlank()) {
            throw ProblemException.invalid("pnc", "is required");
        }
        return statusLookup.lookup(pnc);
    }

    @GET
    @Path("/search")
    @Operation(operationId = "searchStatusByName", summary = "Current PPOs by name and date of birth, for an officer without the PNC id: "
            + "exact, sound-alike (Double Metaphone) and day/month-swapped matches in the caller's schemes",
            description = "For an officer without the PNC id: at most 10 current PPOs of the caller's schemes by name and date of birth."
                    + " Officers, admins, coordinators, offender managers and partner systems; each candidate returned is audited.")
    @APIResponse(responseCode = "200", description = "At most 10 candidates, EXACT first, then PHONETIC, then DOB_TRANSPOSED; "
            + "truncated when more matched. People who are not current PPOs, restricted or outside the caller's schemes are never listed")
    @APIResponse(responseCode = "400", description = "lastName or dateOfBirth missing, a name that is not a name, or a date of birth "
            + "that is malformed, in the future or before 1900")
    public PersonRecords.StatusSearchResult search(
            @Parameter(description = "Last name: letters, spaces, apostrophes, hyphens, full stops; at most 100", required = true, example = "Smith")
            @QueryParam("lastName") @Size(max = NAME_MAX, message = NAME_MAX_MESSAGE) String lastName,
            @Parameter(description = "First name (optional: narrows the search; a sound-alike first name also matches)", example = "John")
            @QueryParam("firstName") @Size(max = NAME_MAX, message = NAME_MAX_MESSAGE) String firstName,
            @Parameter(description = "Date of birth, not in the future", required = true, example = "1984-03-07",
                    schema = @Schema(type = SchemaType.STRING, format = "date", maxLength = DATE_MAX))
            @QueryParam("dateOfBirth") @Size(max = DATE_MAX) String dateOfBirth) {
        return statusSearch.search(new NameMatching.Query(name("lastName", lastName, true), name("firstName", firstName, false),
                dateOfBirth(dateOfBirth)));
    }

    private static String name(String field, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw ProblemException.invalid(field, "is required");
            }
            return null;
        }
        String name = value.strip();
        if (name.length() > NAME_MAX) {
            throw ProblemException.invalid(field, NAME_MAX_MESSAGE);
        }
        if (!NAME.matcher(name).matches()) {
            throw ProblemException.invalid(field, "must start with a letter and hold only letters, spaces, apostrophes, hyphens and full stops");
        }
        return name;
    }

    private static LocalDate dateOfBirth(String value) {
        if (value == null || value.isBlank()) {
            throw ProblemException.invalid("dateOfBirth", "is required");
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid("dateOfBirth", "must be a date, yyyy-mm-dd");
        }
        if (date.isAfter(LocalDate.now()) || date.isBefore(EARLIEST_BIRTH)) {
            throw ProblemException.invalid("dateOfBirth", "must be between " + EARLIEST_BIRTH + " and today");
        }
        return date;
    }
}
