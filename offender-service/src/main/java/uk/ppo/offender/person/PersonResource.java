package uk.ppo.offender.person;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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

import java.time.LocalDate;
import java.util.UUID;

@Path("/api/v1/offenders")
@Tag(name = "Offenders", description = "People known to PPO schemes: the full record (not for officers)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.OFFENDER_MANAGER, Roles.PARTNER_SYSTEM})
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
    @Operation(operationId = "createOffender", summary = "Record a person (not yet on the scheme: a panel selects)")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag name it")
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
    @Operation(operationId = "getOffender", summary = "The full record of a person")
    @APIResponse(responseCode = "200", description = "The record; ETag carries its version for If-Match")
    @APIResponse(responseCode = "404", description = "No such person, or outside the caller's schemes")
    public Response get(@PathParam("id") UUID id) {
        Person person = service.read(id);
        return Response.ok(PersonRecords.PersonView.of(person)).tag(String.valueOf(person.version())).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.OFFENDER_MANAGER})
    @Operation(operationId = "updateOffender", summary = "Update identity and contacts; a new schemeId transfers the person")
    @APIResponse(responseCode = "200", description = "Updated")
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "404", description = "No such person")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    public Response update(@PathParam("id") UUID id,
                           @Parameter(description = "ETag from the last read, e.g. \"3\"") @HeaderParam("If-Match") String ifMatch,
                           @Valid @NotNull PersonRecords.UpdatePerson request) {
        Person person = service.update(id, Versions.expected(ifMatch), request);
        return Response.ok(PersonRecords.PersonView.of(person)).tag(String.valueOf(person.version())).build();
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.OFFENDER_MANAGER, Roles.PARTNER_SYSTEM, Roles.AUDITOR,
            Roles.DATA_PROTECTION_OFFICER})
    @Operation(operationId = "searchOffenders", summary = "Search by PNC id, CRO number, name and date of birth, scheme, strand, status")
    @APIResponse(responseCode = "200", description = "A page of matching people in the caller's schemes")
    @APIResponse(responseCode = "400", description = "No criterion given (only admins may list everyone they can see)")
    public Page<PersonRecords.PersonSummary> search(
            @QueryParam("pnc") String pnc, @QueryParam("cro") String cro,
            @QueryParam("firstName") String firstName, @QueryParam("lastName") String lastName,
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
