package uk.ppo.actionplan.deliveryplan;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

@Path("/api/v1/delivery-plans")
@Tag(name = "Delivery plans", description = "Indicator delivery plans (e.g. NI 30): baseline, targets, partners, risks, activities")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN, Roles.ANALYST, Roles.PARTNER_SYSTEM, Roles.OFFENDER_MANAGER})
@APIResponse(responseCode = "401", description = "No valid token")
@APIResponse(responseCode = "403", description = "The role may not do this")
public class DeliveryPlanResource {

    private final DeliveryPlanService service;
    private final SecurityIdentity identity;

    DeliveryPlanResource(DeliveryPlanService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    @GET
    @Operation(operationId = "listDeliveryPlans",
            description = "The indicator delivery plans (NI 30 and others), by partnership and indicator, each with its "
                    + "targets, partners, risks and activities. Any role that reads plans may call it (coordinator, admin, "
                    + "analyst, partner-system, offender-manager); reads are not audited: plans hold no personal data.",
            summary = "Delivery plans by partnership and indicator")
    @APIResponse(responseCode = "200", description = "A page of delivery plans")
    @APIResponse(responseCode = "400", description = "page or size out of range")
    public Page<DeliveryPlanRecords.DeliveryPlanView> list(@Valid @BeanParam PageRequest paging) {
        return service.list(paging.page(), paging.size());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getDeliveryPlan",
            description = "One delivery plan with each activity and sub-target and its latest progress; the ETag header is its "
                    + "version. Any role that reads plans may call it (coordinator, admin, analyst, partner-system, "
                    + "offender-manager); reads are not audited: plans hold no personal data.",
            summary = "One delivery plan; each activity and sub-target with its latest progress")
    @APIResponse(responseCode = "200", description = "The delivery plan", content = @Content(schema = @Schema(implementation = DeliveryPlanRecords.DeliveryPlanView.class)))
    @APIResponse(responseCode = "404", description = "No such delivery plan")
    public Response get(@PathParam("id") UUID id) {
        DeliveryPlanRecords.DeliveryPlanView plan = service.get(id);
        return Response.ok(plan).header(HttpHeaders.ETAG, Versions.etag(plan.version())).build();
    }

    @POST
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @Operation(operationId = "createDeliveryPlan",
            description = "Creates an indicator delivery plan: definition, baseline, yearly targets (each target value computed "
                    + "from the baseline and its reduction), partners, sub-targets, risks and activities, numbered 1, 2, "
                    + "... One plan per partnership and indicator (409). Coordinator or admin only; the change is kept in "
                    + "the audit log (who, when, what).",
            summary = "Create a delivery plan; yearly target values are computed from the baseline (coordinator, admin)")
    @APIResponse(responseCode = "201", description = "Created; Location names it", content = @Content(schema = @Schema(implementation = DeliveryPlanRecords.DeliveryPlanView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, named in violations")
    @APIResponse(responseCode = "409", description = "The partnership already has a delivery plan for this indicator")
    public Response create(@Valid @NotNull DeliveryPlanRecords.CreateDeliveryPlan request, @Context UriInfo uri) {
        DeliveryPlanRecords.DeliveryPlanView plan = service.create(request, identity.getPrincipal().getName());
        return Response.created(uri.getAbsolutePathBuilder().path(plan.id().toString()).build())
                .header(HttpHeaders.ETAG, Versions.etag(plan.version())).entity(plan).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @Operation(operationId = "reviseDeliveryPlan",
            description = "Replaces a delivery plan's content (indicator and partnership stay). Activities, sub-targets and "
                    + "risks that give their number keep it and their progress; those without are new; those left out are "
                    + "removed, unless they have recorded progress (409). Send the plan's ETag in If-Match. Coordinator or "
                    + "admin only; the change is kept in the audit log (who, when, what).",
            summary = "Revise a delivery plan (coordinator, admin); If-Match: its ETag. "
                    + "Numbered activities, sub-targets and risks keep their number and progress; the change is kept in its history")
    @APIResponse(responseCode = "200", description = "The revised plan", content = @Content(schema = @Schema(implementation = DeliveryPlanRecords.DeliveryPlanView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, named in violations")
    @APIResponse(responseCode = "404", description = "No such delivery plan")
    @APIResponse(responseCode = "409", description = "An activity or sub-target with recorded progress would be removed")
    @APIResponse(responseCode = "412", description = "If-Match is stale: the plan changed since it was read")
    public Response revise(@PathParam("id") UUID id, @Valid @NotNull DeliveryPlanRecords.ReviseDeliveryPlan request,
                           @BeanParam IfMatch ifMatch) {
        DeliveryPlanRecords.DeliveryPlanView plan = service.revise(id, request, ifMatch.expected(),
                identity.getPrincipal().getName());
        return Response.ok(plan).header(HttpHeaders.ETAG, Versions.etag(plan.version())).build();
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN, Roles.AUDITOR})
    @Operation(operationId = "getDeliveryPlanHistory",
            description = "Every change to a delivery plan and every progress recorded against it, oldest first: who, when, "
                    + "what. Coordinator, admin or auditor.",
            summary = "Every change to the delivery plan and every progress recorded, "
                    + "oldest first (coordinator, admin, auditor)")
    @APIResponse(responseCode = "200", description = "A page of changes")
    @APIResponse(responseCode = "404", description = "No such delivery plan")
    @APIResponse(responseCode = "400", description = "page or size out of range")
    public Page<DeliveryPlanRecords.DeliveryPlanChangeView> history(@PathParam("id") UUID id, @Valid @BeanParam PageRequest paging) {
        return service.history(id, paging.page(), paging.size());
    }
}
