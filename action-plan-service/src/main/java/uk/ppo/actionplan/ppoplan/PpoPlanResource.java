package uk.ppo.actionplan.ppoplan;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
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
import uk.ppo.actionplan.api.IfMatch;
import uk.ppo.common.http.Versions;
import uk.ppo.common.paging.Page;
import uk.ppo.common.paging.PageRequest;
import uk.ppo.common.problem.ProblemException;
import uk.ppo.common.security.Caller;
import uk.ppo.common.security.Roles;

import java.util.UUID;

@Path("/api/v1/ppo-plans")
@Tag(name = "PPO plans", description = "Per-PPO targeting and intervention plans (personal data: audited, scoped by scheme)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN, Roles.OFFENDER_MANAGER})
@APIResponse(responseCode = "401", description = "No valid token")
@APIResponse(responseCode = "403", description = "The role may not see per-PPO plans (e.g. analyst)")
@APIResponse(responseCode = "503", description = "offender-service cannot say which scheme the person is in now, so access cannot be checked")
public class PpoPlanResource {

    private static final String PURPOSE = "Why the data is read, kept in the audit log; at most 200 characters";
    /** What Caller keeps of the purpose in the audit log; a longer one is refused rather than cut short. */
    private static final int PURPOSE_MAX = 200;

    private final PpoPlanService service;
    private final SecurityIdentity identity;

    PpoPlanResource(PpoPlanService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    @GET
    @Operation(operationId = "listPpoPlans",
            description = "The per-PPO targeting and intervention plans of the people now in the caller's schemes, newest "
                    + "first, optionally of one person, scheme or status. Every plan listed is audited, with the X-Purpose "
                    + "given. Coordinator, admin or offender-manager.",
            summary = "Per-PPO plans of the people now in the caller's schemes, newest first; each listed plan is audited")
    @APIResponse(responseCode = "200", description = "A page of plans")
    @APIResponse(responseCode = "400", description = "Invalid filter")
    public Page<PpoPlanRecords.PpoPlanView> list(
            @QueryParam("offenderId") @Parameter(description = "One PPO's plans, active and replaced") UUID offenderId,
            @QueryParam("schemeCode") @Size(max = 20) @Parameter(description = "Plans of the people now in this scheme", example = "HASTINGS") String schemeCode,
            @QueryParam("status") @Parameter(description = "ACTIVE or REPLACED") PpoPlanStatus status,
            @Parameter(name = Caller.PURPOSE_HEADER, description = PURPOSE, schema = @Schema(type = SchemaType.STRING, maxLength = PURPOSE_MAX)) @HeaderParam(Caller.PURPOSE_HEADER) String purpose,
            @Valid @BeanParam PageRequest paging) {
        checkPurpose(purpose);
        return service.search(offenderId, schemeCode, status, paging.page(), paging.size()).map(PpoPlanRecords.PpoPlanView::of);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getPpoPlan",
            description = "One PPO plan with its actions and their outcomes; the read is audited with the X-Purpose given. The "
                    + "ETag header is its version. Coordinator, admin or offender-manager, for a person now in their "
                    + "schemes (404 otherwise).",
            summary = "One PPO plan (audited); its ETag is the version to send in If-Match")
    @APIResponse(responseCode = "200", description = "The plan", content = @Content(schema = @Schema(implementation = PpoPlanRecords.PpoPlanView.class)))
    @APIResponse(responseCode = "404", description = "No such plan, or not in the caller's schemes")
    @APIResponse(responseCode = "400", description = "X-Purpose longer than 200 characters")
    public Response get(@PathParam("id") UUID id,
                        @Parameter(name = Caller.PURPOSE_HEADER, description = PURPOSE, schema = @Schema(type = SchemaType.STRING, maxLength = PURPOSE_MAX)) @HeaderParam(Caller.PURPOSE_HEADER) String purpose) {
        checkPurpose(purpose);
        return withEtag(Response.ok(), service.get(id));
    }

    private static void checkPurpose(String purpose) {
        if (purpose != null && purpose.length() > PURPOSE_MAX) {
            throw ProblemException.invalid(Caller.PURPOSE_HEADER, "must be at most " + PURPOSE_MAX + " characters");
        }
    }

    @POST
    @Operation(operationId = "createPpoPlan",
            description = "Draws up a PPO's plan in their current scheme in offender-service; it replaces their active plan and "
                    + "its open actions carry over. The person must be one the caller may see now (404 otherwise). Audited "
                    + "as a change of the person's data. Coordinator, admin or offender-manager.",
            summary = "Draw up a PPO's plan (coordinator, admin, offender-manager); replaces their active plan, open actions carry over")
    @APIResponse(responseCode = "201", description = "Created; Location names it", content = @Content(schema = @Schema(implementation = PpoPlanRecords.PpoPlanView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, named in violations")
    @APIResponse(responseCode = "404", description = "No such person, or not in the caller's schemes now")
    public Response create(@Valid @NotNull PpoPlanRecords.CreatePpoPlan request, @Context UriInfo uri) {
        PpoPlan plan = service.create(request, identity.getPrincipal().getName());
        return withEtag(Response.created(uri.getAbsolutePathBuilder().path(plan.id().toString()).build()), plan);
    }

    @POST
    @Path("/{id}/actions")
    @Operation(operationId = "addPpoPlanAction",
            description = "Adds an agency's action to an active PPO plan (409 once replaced). Send the plan's ETag in If-Match. "
                    + "Audited as a change of the person's data. Coordinator, admin or offender-manager, for a person now "
                    + "in their schemes.",
            summary = "Add an agency's action to an active PPO plan; If-Match: the plan's ETag")
    @APIResponse(responseCode = "201", description = "The plan with the new action", content = @Content(schema = @Schema(implementation = PpoPlanRecords.PpoPlanView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, named in violations")
    @APIResponse(responseCode = "404", description = "No such plan, or not in the caller's schemes")
    @APIResponse(responseCode = "409", description = "The plan was replaced")
    @APIResponse(responseCode = "412", description = "If-Match is stale")
    public Response addAction(@PathParam("id") UUID id, @Valid @NotNull PpoPlanRecords.AddAction request,
                              @BeanParam IfMatch ifMatch) {
        PpoPlan plan = service.addAction(id, request, ifMatch.expected(), identity.getPrincipal().getName());
        return withEtag(Response.status(Response.Status.CREATED), plan);
    }

    @POST
    @Path("/{id}/actions/{actionId}/outcome")
    @Operation(operationId = "recordPpoPlanActionOutcome",
            description = "Records whether an action of a PPO plan was achieved, with the outcome and the day; once only (409). "
                    + "Send the plan's ETag in If-Match. Audited as a change of the person's data. Coordinator, admin or "
                    + "offender-manager, for a person now in their schemes.",
            summary = "Record whether an action of a PPO plan was achieved; If-Match: the plan's ETag")
    @APIResponse(responseCode = "200", description = "The plan", content = @Content(schema = @Schema(implementation = PpoPlanRecords.PpoPlanView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, named in violations")
    @APIResponse(responseCode = "404", description = "No such plan or action, or not in the caller's schemes")
    @APIResponse(responseCode = "409", description = "Outcome already recorded, plan replaced")
    @APIResponse(responseCode = "412", description = "If-Match is stale")
    public Response recordOutcome(@PathParam("id") UUID id, @PathParam("actionId") UUID actionId,
                                  @Valid @NotNull PpoPlanRecords.RecordOutcome request, @BeanParam IfMatch ifMatch) {
        PpoPlan plan = service.recordOutcome(id, actionId, request, ifMatch.expected(), identity.getPrincipal().getName());
        return withEtag(Response.ok(), plan);
    }

    private static Response withEtag(Response.ResponseBuilder response, PpoPlan plan) {
        return response.header(HttpHeaders.ETAG, Versions.etag(plan.version())).entity(PpoPlanRecords.PpoPlanView.of(plan)).build();
    }
}
