package uk.ppo.offender.retention;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.ppo.common.paging.Page;
import uk.ppo.common.paging.PageRequest;
import uk.ppo.common.security.Roles;
import uk.ppo.offender.retention.RetentionReviewRecords.ReviewPage;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Retention reviews (Data Protection Act 2018 s.39 and the Management of Police Information review model):
 * who is due and why, the data protection officer's decision (RETAIN until a next review, or DISPOSE), and
 * the disposals those decisions start across every service.
 */
@Path("/api/v1/retention")
@Tag(name = "Retention", description = "Review periods for each kind of record, and the reviews they make due")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.DATA_PROTECTION_OFFICER)
@APIResponse(responseCode = "401", description = "No valid token")
@APIResponse(responseCode = "403", description = "The role may not do this")
public class RetentionReviewResource {

    private final RetentionReviews reviews;

    RetentionReviewResource(RetentionReviews reviews) {
        this.reviews = reviews;
    }

    @GET
    @Path("/reviews")
    @Operation(operationId = "listRetentionReviewsDue", summary = "People due for a retention review on a date, earliest first, with why",
            description = "A page of the people due for a retention review on a date under the policy in force, earliest first, with"
                    + " each reason. The data protection officer only; each person listed is audited.")
    @APIResponse(responseCode = "200", description = "A page of people due",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReviewPage.class)))
    @APIResponse(responseCode = "400", description = "page or size out of range")
    @APIResponse(responseCode = "404", description = "No such scheme, or outside the caller's schemes")
    public Page<RetentionRecords.ReviewDue> due(
            @Parameter(description = "The date to work out what is due on; today if absent") @QueryParam("asOf") LocalDate asOf,
            @Parameter(description = "Only people of this scheme") @QueryParam("schemeId") UUID schemeId,
            @Valid @BeanParam PageRequest paging) {
        return reviews.due(asOf == null ? LocalDate.now() : asOf, schemeId, paging.page(), paging.size());
    }

    @POST
    @Path("/reviews/{personId}/decisions")
    @Operation(operationId = "decideRetention", summary = "Record a review's outcome: RETAIN (reason, next review date) or DISPOSE (reason)",
            description = "Records a retention review's outcome for a person; DISPOSE starts the disposal of their records in every"
                    + " service. The data protection officer only; audited.")
    @APIResponse(responseCode = "201", description = "Recorded; for DISPOSE, Location names the disposal it started",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RetentionRecords.DecisionView.class)))
    @APIResponse(responseCode = "400", description = "A field missing or invalid, named in violations")
    @APIResponse(responseCode = "404", description = "No such person, or outside the caller's schemes")
    @APIResponse(responseCode = "409", description = "DISPOSE of a current PPO: the panel deselects or removes them first")
    public Response decide(@PathParam("personId") UUID personId, @Valid @NotNull RetentionRecords.Decide request) {
        RetentionRecords.DecisionView decision = reviews.decide(personId, request);
        Response.ResponseBuilder created = Response.status(Response.Status.CREATED).entity(decision);
        if (decision.disposalId() != null) {
            created.location(UriBuilder.fromPath("/api/v1/retention/disposals/{id}").build(decision.disposalId()));
        }
        return created.build();
    }

    @GET
    @Path("/decisions/{id}")
    @Operation(operationId = "getRetentionDecision", summary = "One retention decision (kept after a disposal, as its record)",
            description = "One retention decision by id, kept after a disposal as its record. The data protection officer only; the"
                    + " read is audited.")
    @APIResponse(responseCode = "200", description = "The decision",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RetentionRecords.DecisionView.class)))
    @APIResponse(responseCode = "404", description = "No such decision")
    public RetentionRecords.DecisionView decision(@PathParam("id") UUID id) {
        return reviews.decision(id);
    }

    @GET
    @Path("/disposals/{id}")
    @Operation(operationId = "getDisposal", summary = "A disposal: PENDING, COMPLETED or FAILED, and each service's state",
            description = "The progress of a disposal in every service: PENDING, COMPLETED or FAILED. The data protection officer only.")
    @APIResponse(responseCode = "200", description = "The disposal",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RetentionRecords.DisposalView.class)))
    @APIResponse(responseCode = "404", description = "No such disposal")
    public RetentionRecords.DisposalView disposal(@PathParam("id") UUID id) {
        return reviews.disposal(id);
    }
}
