package uk.ppo.offender.decision;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.ppo.common.http.Versions;
import uk.ppo.common.security.Roles;
import uk.ppo.offender.IfMatch;
import uk.ppo.offender.decision.DecisionRecords.CreateDecision;
import uk.ppo.offender.decision.DecisionRecords.DecisionView;

import java.net.URI;
import java.util.List;
import java.util.UUID;

@Path("/api/v1/offenders/{id}/decisions")
@Tag(name = "Panel decisions", description = "Selection/deselection panel decisions: an append-only history")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.OFFENDER_MANAGER})
@APIResponse(responseCode = "401", description = "No valid token")
@APIResponse(responseCode = "403", description = "The role may not do this")
public class DecisionResource {

    private final DecisionService service;

    DecisionResource(DecisionService service) {
        this.service = service;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Operation(operationId = "recordDecision", summary = "Record a panel decision: select, move strand, amber list, deselect, remove, enter or leave an IOM cohort",
            description = "Appends a selection or deselection panel's decision to the person's history and moves their status, strand and"
                    + " IOM cohort as it says; an event for partners is written. Admins and coordinators; audited.")
    @APIResponse(responseCode = "201", description = "Recorded; the person's state follows it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DecisionView.class)))
    @APIResponse(responseCode = "400", description = "Invalid or missing fields for this type of decision")
    @APIResponse(responseCode = "404", description = "No such person")
    @APIResponse(responseCode = "409", description = "Not legal from the person's state or age, or out of order")
    @APIResponse(responseCode = "412", description = "If-Match names an older version of the person")
    public Response decide(@PathParam("id") UUID personId,
                           @Parameter(description = "ETag of the person when the panel looked",
                                   schema = @Schema(type = SchemaType.STRING, maxLength = IfMatch.MAX_LENGTH)) @HeaderParam("If-Match") String ifMatch,
                           @Valid @NotNull CreateDecision request) {
        PanelDecision decision = service.decide(personId, Versions.expected(ifMatch), request);
        return Response.created(URI.create("/api/v1/offenders/" + personId + "/decisions/" + decision.id()))
                .entity(DecisionView.of(decision)).build();
    }

    @GET
    @Operation(operationId = "listDecisions", summary = "The person's decision history, oldest first",
            description = "Every panel decision about a person of the caller's schemes, oldest first. Admins, coordinators and offender"
                    + " managers; the read is audited.")
    @APIResponse(responseCode = "200", description = "The decisions, oldest first")
    @APIResponse(responseCode = "404", description = "No such person, or outside the caller's schemes")
    public List<DecisionView> history(@PathParam("id") UUID personId) {
        return service.history(personId).stream().map(DecisionView::of).toList();
    }
}
