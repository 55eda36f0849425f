package uk.ppo.actionplan.project;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.ppo.actionplan.api.IfMatch;
import uk.ppo.actionplan.history.ChangeView;
import uk.ppo.common.http.Versions;
import uk.ppo.common.paging.Page;
import uk.ppo.common.paging.PageRequest;
import uk.ppo.common.security.Roles;

import java.util.UUID;

import static uk.ppo.common.text.Text.blankToNull;

@Path("/api/v1/projects")
@Tag(name = "Projects", description = "Project status: the stage each partnership project has reached, its lead and deliverables")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN, Roles.ANALYST, Roles.PARTNER_SYSTEM, Roles.OFFENDER_MANAGER})
@APIResponse(responseCode = "401", description = "No valid token")
@APIResponse(responseCode = "403", description = "The role may not do this")
public class ProjectResource {

    private final ProjectService service;
    private final SecurityIdentity identity;

    ProjectResource(ProjectService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    @GET
    @Operation(operationId = "listProjects",
            description = "The partnership's projects by partnership and name, optionally of one partnership or at one stage, "
                    + "each with its lead and deliverables. Any role that reads plans may call it (coordinator, admin, "
                    + "analyst, partner-system, offender-manager); reads are not audited: plans hold no personal data.",
            summary = "Projects by partnership and name; filter by partnership and stage")
    @APIResponse(responseCode = "200", description = "A page of projects")
    @APIResponse(responseCode = "400", description = "page, size or partnership invalid")
    public Page<ProjectRecords.ProjectView> list(@QueryParam("partnership") @Size(max = 200) @Parameter(description = "Only this partnership's", example = "East Sussex") String partnership,
                                                 @QueryParam("stage") @Parameter(description = "Only projects at this stage") ProjectStage stage,
                                                 @Valid @BeanParam PageRequest paging) {
        return service.list(blankToNull(partnership), stage, paging.page(),
                paging.size()).map(ProjectRecords.ProjectView::of);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getProject",
            description = "One project with its stage, lead and deliverables; the ETag header is its version. Any role that "
                    + "reads plans may call it (coordinator, admin, analyst, partner-system, offender-manager); reads are "
                    + "not audited: plans hold no personal data.",
            summary = "One project; its ETag is the version to send in If-Match")
    @APIResponse(responseCode = "200", description = "The project", content = @Content(schema = @Schema(implementation = ProjectRecords.ProjectView.class)))
    @APIResponse(responseCode = "404", description = "No such project")
    public Response get(@PathParam("id") UUID id) {
        return withEtag(Response.ok(), service.get(id));
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN, Roles.AUDITOR})
    @Operation(operationId = "getProjectHistory",
            description = "A project's stage moves and deliverable changes, oldest first: who, when, what and the fields "
                    + "altered. Coordinator, admin or auditor.",
            summary = "Stage moves and deliverable changes: who, when, what, oldest first (coordinator, admin, auditor)")
    @APIResponse(responseCode = "200", description = "A page of changes")
    @APIResponse(responseCode = "404", description = "No such project")
    @APIResponse(responseCode = "400", description = "page or size out of range")
    public Page<ChangeView> history(@PathParam("id") UUID id, @Valid @BeanParam PageRequest paging) {
        return service.history(id, paging.page(), paging.size());
    }

    @POST
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @Operation(operationId = "createProject",
            description = "Records a project at the stage it has reached, with its lead and deliverables (numbered 1, 2, ...); "
                    + "project names are unique in a partnership (409). Coordinator or admin only; the change is kept in "
                    + "the audit log (who, when, what).",
            summary = "Record a project at the stage it has reached (coordinator, admin)")
    @APIResponse(responseCode = "201", description = "Created; Location names it", content = @Content(schema = @Schema(implementation = ProjectRecords.ProjectView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, named in violations")
    @APIResponse(responseCode = "409", description = "The partnership already has a project of this name")
    public Response create(@Valid @NotNull ProjectRecords.CreateProject request, @Context UriInfo uri) {
        Project project = service.create(request, identity.getPrincipal().getName());
        return withEtag(Response.created(uri.getAbsolutePathBuilder().path(project.id().toString()).build()), project);
    }

    @POST
    @Path("/{id}/stage")
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @Operation(operationId = "moveProjectStage",
            description = "Moves a project to another stage on a day (today when absent), with its note from then on; the move "
                    + "is kept in the project's history. Send the project's ETag in If-Match. Coordinator or admin only; "
                    + "the change is kept in the audit log (who, when, what).",
            summary = "The project reaches another stage; the move is kept in its history (coordinator, admin)")
    @APIResponse(responseCode = "200", description = "The project at its new stage", content = @Content(schema = @Schema(implementation = ProjectRecords.ProjectView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, named in violations")
    @APIResponse(responseCode = "404", description = "No such project")
    @APIResponse(responseCode = "409", description = "Already at that stage")
    @APIResponse(responseCode = "412", description = "If-Match is stale")
    public Response moveStage(@PathParam("id") UUID id, @BeanParam IfMatch ifMatch,
                              @Valid @NotNull ProjectRecords.MoveStage request) {
        return withEtag(Response.ok(), service.moveStage(id, request, ifMatch.expected(), identity.getPrincipal().getName()));
    }

    @POST
    @Path("/{id}/deliverables")
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @Operation(operationId = "addProjectDeliverable",
            description = "Adds a deliverable to a project, numbered after the last; names are unique in the project (409). "
                    + "Send the project's ETag in If-Match. Coordinator or admin only; the change is kept in the audit log "
                    + "(who, when, what).",
            summary = "Add a deliverable, numbered after the last (coordinator, admin)")
    @APIResponse(responseCode = "200", description = "The project with the deliverable", content = @Content(schema = @Schema(implementation = ProjectRecords.ProjectView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, named in violations")
    @APIResponse(responseCode = "404", description = "No such project")
    @APIResponse(responseCode = "409", description = "The project already has a deliverable of this name")
    @APIResponse(responseCode = "412", description = "If-Match is stale")
    public Response addDeliverable(@PathParam("id") UUID id, @BeanParam IfMatch ifMatch,
                                   @Valid @NotNull ProjectRecords.DeliverableBody request) {
        return withEtag(Response.ok(), service.addDeliverable(id, request, ifMatch.expected(), identity.getPrincipal().getName()));
    }

    @PUT
    @Path("/{id}/deliverables/{number}")
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @Operation(operationId = "updateProjectDeliverable",
            description = "Marks a deliverable of a project done, changed or outstanding, with the day it was done and a note. "
                    + "Send the project's ETag in If-Match. Coordinator or admin only; the change is kept in the audit log "
                    + "(who, when, what).",
            summary = "Mark a deliverable done, changed or outstanding, with its date and note (coordinator, admin)")
    @APIResponse(responseCode = "200", description = "The project as it now is", content = @Content(schema = @Schema(implementation = ProjectRecords.ProjectView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, named in violations")
    @APIResponse(responseCode = "404", description = "No such project or deliverable")
    @APIResponse(responseCode = "409", description = "Another deliverable has this name")
    @APIResponse(responseCode = "412", description = "If-Match is stale")
    public Response updateDeliverable(@PathParam("id") UUID id,
                                      @PathParam("number") @Min(1) @Max(ProjectRecords.MAX_NUMBER) @Parameter(description = "1 for the first deliverable") int number,
                                      @BeanParam IfMatch ifMatch,
                                      @Valid @NotNull ProjectRecords.DeliverableBody request) {
        return withEtag(Response.ok(), service.reviseDeliverable(id, number, request, ifMatch.expected(),
                identity.getPrincipal().getName()));
    }

    private static Response withEtag(Response.ResponseBuilder response, Project project) {
        return response.header(HttpHeaders.ETAG, Versions.etag(project.version())).entity(ProjectRecords.ProjectView.of(project)).build();
    }
}
