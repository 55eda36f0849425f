package uk.ppo.scoring.asset;

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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.ppo.common.security.Roles;
import uk.ppo.scoring.asset.AssetRecords.AssessmentView;
import uk.ppo.scoring.asset.AssetRecords.RecordAssessment;

import java.net.URI;
import java.util.List;
import java.util.UUID;

@Path("/api/v1/scoring/people/{personId}/asset-assessments")
@Tag(name = "ASSET assessments", description = "Youth Justice Board ASSET scores of young people: P&D eligibility (score > 21 or RoSH)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.OFFENDER_MANAGER})
@APIResponse(responseCode = "401", description = "No valid token")
@APIResponse(responseCode = "403", description = "The role may not do this")
public class AssetResource {

    private final AssetService assessments;

    AssetResource(AssetService assessments) {
        this.assessments = assessments;
    }

    @POST
    @RolesAllowed({Roles.COORDINATOR, Roles.OFFENDER_MANAGER, Roles.PARTNER_SYSTEM})
    @Operation(operationId = "recordAssetAssessment", summary = "Record an ASSET assessment (youth offending service or its system)",
            description = "Score runs use the person's newest assessment. Coordinators, offender managers and partner systems with the person in"
                    + " their schemes; audited.")
    @APIResponse(responseCode = "201", description = "Recorded; Location names it",
            headers = @Header(name = "Location", description = "The assessment", schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AssessmentView.class)))
    @APIResponse(responseCode = "400", description = "Score outside 0-64, a future date or unknown agency, named in violations")
    @APIResponse(responseCode = "404", description = "No such person, or one outside the caller's schemes (the same answer); nothing recorded")
    @APIResponse(responseCode = "409", description = "An assessment of this person on that date is already recorded")
    @APIResponse(responseCode = "503", description = "offender-service is unavailable to say which scheme the person is in; nothing recorded")
    public Response record(@PathParam("personId") UUID personId, @Valid @NotNull RecordAssessment request) {
        AssetAssessment a = assessments.record(personId, request);
        return Response.created(URI.create("/api/v1/scoring/people/" + personId + "/asset-assessments/" + a.id()))
                .entity(AssessmentView.of(a)).build();
    }

    @GET
    @Operation(operationId = "listAssetAssessments", summary = "A person's ASSET assessments, newest first",
            description = "Admins, coordinators and offender managers of the person's scheme; every read is audited.")
    @APIResponse(responseCode = "200", description = "The assessments (none yet: empty)")
    @APIResponse(responseCode = "404", description = "No such person, or one outside the caller's schemes (the same answer)")
    @APIResponse(responseCode = "503", description = "offender-service is unavailable to say which scheme the person is in")
    public List<AssessmentView> list(@PathParam("personId") UUID personId) {
        return assessments.ofPerson(personId).stream().map(AssessmentView::of).toList();
    }
}
