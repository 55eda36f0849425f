package uk.ppo.offender.subjectaccess;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.ppo.common.security.Roles;
import uk.ppo.offender.dataprotection.Job;

import java.util.UUID;

/**
 * Subject-access requests (Data Protection Act 2018 s.45), for the data protection officer: one request
 * gathers what every service holds about the person, each service serving its own part.
 */
@Path("/api/v1/subject-access-requests")
@Tag(name = "Subject access", description = "Everything held about a person, and who read or changed it")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.DATA_PROTECTION_OFFICER)
@APIResponse(responseCode = "401", description = "No valid token")
@APIResponse(responseCode = "403", description = "The role may not do this")
public class SubjectAccessResource {

    private final SubjectAccessService service;

    SubjectAccessResource(SubjectAccessService service) {
        this.service = service;
    }

    @POST
    @Operation(operationId = "requestSubjectAccess", summary = "Start gathering everything held about a person",
            description = "Starts a subject-access request (DPA 2018 s.45): every service gathers what it holds about the person."
                    + " The data protection officer only; audited.")
    @APIResponse(responseCode = "202", description = "Accepted; Location names the request, GET it for progress",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubjectAccessRecords.RequestView.class)))
    @APIResponse(responseCode = "400", description = "Neither or both of pncId and personId, or a bad period")
    @APIResponse(responseCode = "404", description = "No such person, or outside the caller's schemes")
    public Response request(@Valid @NotNull SubjectAccessRecords.Create request) {
        Job job = service.request(request);
        return Response.accepted(SubjectAccessRecords.RequestView.of(job))
                .location(UriBuilder.fromPath("/api/v1/subject-access-requests/{id}").build(job.id())).build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getSubjectAccessRequest", summary = "A subject-access request: PENDING, COMPLETED or FAILED, and each service's state",
            description = "The progress of a subject-access request in every service. The data protection officer only.")
    @APIResponse(responseCode = "200", description = "The request",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubjectAccessRecords.RequestView.class)))
    @APIResponse(responseCode = "404", description = "No such request")
    public SubjectAccessRecords.RequestView get(@PathParam("id") UUID id) {
        return SubjectAccessRecords.RequestView.of(service.find(id));
    }

    @GET
    @Path("/{id}/bundle")
    @Operation(operationId = "getSubjectAccessBundle", summary = "The completed bundle: a section per service and the disclosure log",
            description = "The completed bundle: each service's section and the log of who read or changed the person's data. The data"
                    + " protection officer only; the read is audited.")
    @APIResponse(responseCode = "200", description = "The bundle",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubjectAccessRecords.Bundle.class)))
    @APIResponse(responseCode = "404", description = "No such request, or its bundle was emptied by the person's disposal")
    @APIResponse(responseCode = "409", description = "Not complete yet")
    public SubjectAccessRecords.Bundle bundle(@PathParam("id") UUID id) {
        return service.bundle(id);
    }
}
