package uk.ppo.actionplan.plan;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.ppo.actionplan.api.IfMatch;
import uk.ppo.common.http.Versions;
import uk.ppo.common.paging.Page;
import uk.ppo.common.paging.PageRequest;
import uk.ppo.common.security.Roles;

import java.util.UUID;

@Path("/api/v1/plans")
@Tag(name = "Plans", description = "Partnership plans for a financial year")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN, Roles.ANALYST, Roles.PARTNER_SYSTEM, Roles.OFFENDER_MANAGER})
@APIResponse(responseCode = "401", description = "No valid token")
@APIResponse(responseCode = "403", description = "The role may not do this")
public class PlanResource {

    private final PlanService service;
    private final SecurityIdentity identity;

    PlanResource(PlanService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    @GET
    @Operation(operationId = "listPlans",
            description = "The partnership plans (community safety agreements), latest financial year first. Any role that "
                    + "reads plans may call it (coordinator, admin, analyst, partner-system, offender-manager); reads are "
                    + "not audited: plans hold no personal data.",
            summary = "List plans, latest financial year first")
    @APIResponse(responseCode = "200", description = "A page of plans")
    @APIResponse(responseCode = "400", description = "page or size out of range")
    public Page<PlanRecords.PlanView> list(@Valid @BeanParam PageRequest paging) {
        return service.list(paging.page(), paging.size()).map(PlanRecords.PlanView::of);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getPlan",
            description = "One plan with its status and who approved or closed it; the ETag header is its version. Any role "
                    + "that reads plans may call it (coordinator, admin, analyst, partner-system, offender-manager); reads "
                    + "are not audited: plans hold no personal data.",
            summary = "One plan; its ETag is the version to send in If-Match")
    @APIResponse(responseCode = "200", description = "The plan", content = @Content(schema = @Schema(implementation = PlanRecords.PlanView.class)))
    @APIResponse(responseCode = "404", description = "No such plan")
    public Response get(@PathParam("id") UUID id) {
        return withEtag(Response.ok(), service.get(id));
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN, Roles.AUDITOR})
    @Operation(operationId = "getPlanHistory",
            description = "Every change to a plan and its priorities, actions, milestones and progress, oldest first: who, "
                    + "when, what. Coordinator, admin or auditor.",
            summary = "Every change to the plan and its parts, oldest first (coordinator, admin, auditor)")
    @APIResponse(responseCode = "200", description = "A page of changes")
    @APIResponse(responseCode = "404", description = "No such plan")
    @APIResponse(responseCode = "400", description = "page or size out of range")
    public Page<PlanRecords.PlanChangeView> history(@PathParam("id") UUID id, @Valid @BeanParam PageRequest paging) {
        return service.history(id, paging.page(), paging.size());
    }

    @POST
    @Path("/{id}/approve")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "approvePlan",
            description = "Approves a DRAFT plan; who approved it and when are recorded on it. Admin only; kept in the audit "
                    + "log. Send the plan's ETag in If-Match.",
            summary = "Approve a DRAFT plan (admin); who and when are recorded")
    @APIResponse(responseCode = "200", description = "The approved plan", content = @Content(schema = @Schema(implementation = PlanRecords.PlanView.class)))
    @APIResponse(responseCode = "404", description = "No such plan")
    @APIResponse(responseCode = "409", description = "Not a DRAFT")
    @APIResponse(responseCode = "412", description = "If-Match is stale")
    @APIResponse(responseCode = "400", description = "If-Match is not an ETag")
    public Response approve(@PathParam("id") UUID id, @BeanParam IfMatch ifMatch) {
        return withEtag(Response.ok(), service.approve(id, ifMatch.expected(), identity.getPrincipal().getName()));
    }

    @POST
    @Path("/{id}/close")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "closePlan",
            description = "Closes an APPROVED plan at the end of its year; a closed plan and its parts are read-only from then "
                    + "on. Admin only; kept in the audit log. Send the plan's ETag in If-Match.",
            summary = "Close an APPROVED plan at year end (admin); it becomes read-only")
    @APIResponse(responseCode = "200", description = "The closed plan", content = @Content(schema = @Schema(implementation = PlanRecords.PlanView.class)))
    @APIResponse(responseCode = "404", description = "No such plan")
    @APIResponse(responseCode = "409", description = "Not APPROVED")
    @APIResponse(responseCode = "412", description = "If-Match is stale")
    @APIResponse(responseCode = "400", description = "If-Match is not an ETag")
    public Response close(@PathParam("id") UUID id, @BeanParam IfMatch ifMatch) {
        return withEtag(Response.ok(), service.close(id, ifMatch.expected(), identity.getPrincipal().getName()));
    }

    private static Response withEtag(Response.ResponseBuilder response, Plan plan) {
        return response.header(HttpHeaders.ETAG, Versions.etag(plan.version())).entity(PlanRecords.PlanView.of(plan)).build();
    }

    @POST
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @Operation(operationId = "createPlan",
            description = "Creates a partnership plan for a financial year as a DRAFT; one plan of a title per partnership and "
                    + "year (409). The Location header names it and the ETag header is its version. Coordinator or admin "
                    + "only; the change is kept in the audit log (who, when, what).",
            summary = "Create a plan as a DRAFT (coordinator, admin)")
    @APIResponse(responseCode = "201", description = "Created; Location names it", content = @Content(schema = @Schema(implementation = PlanRecords.PlanView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, named in violations")
    @APIResponse(responseCode = "409", description = "The partnership already has a plan with this title for this year")
    public Response create(@Valid @NotNull PlanRecords.CreatePlan request, @Context UriInfo uri) {
        Plan plan = service.create(request, identity.getPrincipal().getName());
        return withEtag(Response.created(uri.getAbsolutePathBuilder().path(plan.id().toString()).build()), plan);
    }
}
