package uk.ppo.offender.person;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.ppo.common.http.Versions;
import uk.ppo.common.paging.Page;
import uk.ppo.common.paging.PageRequest;
import uk.ppo.common.problem.ProblemException;
import uk.ppo.common.security.Caller;
import uk.ppo.common.security.Entitlements;
import uk.ppo.common.security.Roles;
import uk.ppo.offender.IfMatch;

import java.time.LocalDate;
import java.util.UUID;

@Path("/api/v1/offenders")
@Tag(name = "Offenders", description = "People known to PPO schemes: the full record (not for officers)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.OFFENDER_MANAGER, Roles.PARTNER_SYSTEM})
@APIResponse(responseCode = "401", description = "No valid token")
@APIResponse(responseCode = "403", description = "The role may not do this")
public class PersonResource {

    private final PersonService service;
    private final Caller caller;
    private final Entitlements entitlements;

    PersonResource(PersonService service, Caller caller, Entitlements entitlements) {
        this.service = service;
        this.caller = caller;
        this.entitlements = entitlements;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.PARTNER_SYSTEM})
    @Operation(operationId = "createOffender", summary = "Record a person (not yet on the scheme: a panel selects)",
            description = "Records a person known to a scheme of the caller's; they join the PPO cohort only when a panel selects them."
                    + " Admins, coordinators and partner systems; the creation is audited.")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag name it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PersonRecords.PersonView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, named in violations")
    @APIResponse(responseCode = "409", description = "The PNC id or CRO number is already recorded")
    public Response create(@Valid @NotNull PersonRecords.CreatePerson request, @Context UriInfo uri) {
        Person person = service.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(person.id().toString()).build())
                .tag(String.valueOf(person.version()))
                .entity(PersonRecords.PersonView.of(person)).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.OFFENDER_MANAGER, Roles.PARTNER_SYSTEM, Roles.AUDITOR,
            Roles.DATA_PROTECTION_OFFICER})
    @Operation(operationId = "getOffender", summary = "The full record of a person",
            description = "The full record of a person of the caller's schemes (restricted people only for the data protection officer"
                    + " and auditors). Not for officers, who use the status lookup. Every read is audited.")
    @APIResponse(responseCode = "200", description = "The record; ETag carries its version for If-Match",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PersonRecords.PersonView.class)))
    @APIResponse(responseCode = "404", description = "No such person, or outside the caller's schemes")
    public Response get(@PathParam("id") UUID id) {
        Person person = service.read(id);
        return Response.ok(PersonRecords.PersonView.of(person)).tag(String.valueOf(person.version())).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.OFFENDER_MANAGER})
    @Operation(operationId = "updateOffender", summary = "Update identity and contacts; a new schemeId transfers the person",
            description = "Replaces the person's identity and contact fields; a new schemeId transfers them (history is kept)."
                    + " Admins, coordinators and offender managers; send If-Match to guard against lost updates. Audited.")
    @APIResponse(responseCode = "200", description = "Updated; ETag is the new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PersonRecords.PersonView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "404", description = "No such person")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    public Response update(@PathParam("id") UUID id,
                           @Parameter(description = "ETag from the last read, e.g. \"3\"", schema = @Schema(type = SchemaType.STRING, maxLength = IfMatch.MAX_LENGTH)) @HeaderParam("If-Match") String ifMatch,
                           @Valid @NotNull PersonRecords.UpdatePerson request) {
        Person person = service.update(id, Versions.expected(ifMatch), request);
        return Response.ok(PersonRecords.PersonView.of(person)).tag(String.valueOf(person.version())).build();
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.OFFENDER_MANAGER, Roles.PARTNER_SYSTEM, Roles.AUDITOR,
            Roles.DATA_PROTECTION_OFFICER})
    @Operation(operationId = "searchOffenders", summary = "Search by PNC id, CRO number, name and date of birth, scheme, strand, status",
            description = "A page of the people of the caller's schemes matching every criterion given; only admins, auditors and the"
                    + " data protection officer may list without one. Each person returned is audited.")
    @APIResponse(responseCode = "200", description = "A page of matching people in the caller's schemes")
    @APIResponse(responseCode = "400", description = "No criterion given (only admins may list everyone they can see), a criterion"
            + " too long, or page or size out of range")
    @APIResponse(responseCode = "404", description = "dateOfBirth, schemeId, strand or status is not a date, an id or a known value")
    public Page<PersonRecords.PersonSummary> search(
            @Parameter(description = "PNC id, e.g. 2004/0012345A") @QueryParam("pnc") @Size(max = PncId.MAX_INPUT) String pnc,
            @Parameter(description = "CRO number, e.g. 123456/08A") @QueryParam("cro") @Size(max = PersonRecords.CRO_MAX) String cro,
            @QueryParam("firstName") @Size(max = PersonRecords.NAME_MAX) String firstName,
            @QueryParam("lastName") @Size(max = PersonRecords.NAME_MAX) String lastName,
            @QueryParam("dateOfBirth") LocalDate dateOfBirth, @QueryParam("schemeId") UUID schemeId,
            @QueryParam("strand") Strand strand, @QueryParam("status") PersonStatus status,
            @Valid @BeanParam PageRequest paging) {
        String canonicalPnc = pnc == null ? null
                : PncId.canonical(pnc).orElseThrow(() -> ProblemException.invalid("pnc", PncId.FORMAT_MESSAGE));
        var criteria = new PersonRepository.Criteria(canonicalPnc, cro, firstName, lastName, dateOfBirth, schemeId,
                strand, status, caller.scope(), entitlements.mayReachRestricted());
        if (!criteria.narrows() && !caller.hasRole(Roles.ADMIN) && !caller.hasRole(Roles.AUDITOR)
                && !caller.hasRole(Roles.DATA_PROTECTION_OFFICER)) {
            throw ProblemException.invalid("query", "give at least one search criterion (pnc, cro, firstName, lastName,"
                    + " dateOfBirth, schemeId, strand or status); listing everyone is for admins");
        }
        return service.search(criteria, paging.page(), paging.size()).map(PersonRecords.PersonSummary::of);
    }
}
