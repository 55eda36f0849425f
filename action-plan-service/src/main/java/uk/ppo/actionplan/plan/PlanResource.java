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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.ppo.common.paging.Page;
import uk.ppo.common.paging.PageRequest;
import uk.ppo.common.security.Roles;

import java.util.UUID;

@Path("/api/v1/plans")
@Tag(name = "Plans", description = "Partnership plans for a financial year")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN, Roles.ANALYST, Roles.PARTNER_SYSTEM, Roles.OFFENDER_MANAGER})
public class PlanResource {

    private final PlanService service;
    private final SecurityIdentity identity;

    PlanResource(PlanService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    @GET
    @Operation(operationId = "listPlans", summary = "List plans, latest financial year first")
    @APIResponse(responseCode = "200", description = "A page of plans")
    public Page<PlanRecords.PlanView> list(@Valid @BeanParam PageRequest paging) {
        return service.list(paging.page(), paging.size()).map(PlanRecords.PlanView::of);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getPlan", summary = "One plan")
    @APIResponse(responseCode = "200", description = "The plan")
    @APIResponse(responseCode = "404", description = "No such plan")
    public PlanRecords.PlanView get(@PathParam("id") UUID id) {
        return PlanRecords.PlanView.of(service.get(id));
    }

    @POST
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @Operation(operationId = "createPlan", summary = "Create a plan as a DRAFT (coordinator, admin)")
    @APIResponse(responseCode = "201", description = "Created; Location names it")
    @APIResponse(responseCode = "400", description = "Invalid fields, named in violations")
    @APIResponse(responseCode = "409", description = "The partnership already has a plan with this title for this year")
    public Response create(@Valid @NotNull PlanRecords.CreatePlan request, @Context UriInfo uri) {
        Plan plan = service.create(request, identity.getPrincipal().getName());
        return Response.created(uri.getAbsolutePathBuilder().path(plan.id().toString()).build())
                .entity(PlanRecords.PlanView.of(plan)).build();
    }
}
