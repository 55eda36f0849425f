package uk.ppo.offender.review;

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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.ppo.common.security.Roles;
import uk.ppo.offender.review.ReviewRecords.CreateReview;
import uk.ppo.offender.review.ReviewRecords.ReviewView;

import java.net.URI;
import java.util.List;
import java.util.UUID;

@Path("/api/v1/offenders/{id}/reviews")
@Tag(name = "Reviews", description = "Reviews of current PPOs: P&D every 3 months, C&C and R&R every 6")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.OFFENDER_MANAGER})
@APIResponse(responseCode = "401", description = "No valid token")
@APIResponse(responseCode = "403", description = "The role may not do this")
public class ReviewResource {

    private final ReviewService reviews;

    ReviewResource(ReviewService reviews) {
        this.reviews = reviews;
    }

    @POST
    @Operation(operationId = "recordReview", summary = "Record a review outcome; the next review falls one strand interval later, or is an amber PPO's pre-release review",
            description = "Records the outcome of a review of a current PPO of the caller's schemes and sets their next review date."
                    + " Admins, coordinators and offender managers; audited.")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReviewView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields (e.g. a date in the future)")
    @APIResponse(responseCode = "404", description = "No such person")
    @APIResponse(responseCode = "409", description = "The person is not a current PPO, or the date precedes their selection or last review")
    public Response record(@PathParam("id") UUID personId, @Valid @NotNull CreateReview request) {
        Review review = reviews.record(personId, request);
        return Response.created(URI.create("/api/v1/offenders/" + personId + "/reviews/" + review.id()))
                .entity(ReviewView.of(review)).build();
    }

    @GET
    @Operation(operationId = "listReviews", summary = "The person's reviews, oldest first",
            description = "Every review of a person of the caller's schemes, oldest first. Admins, coordinators and offender managers;"
                    + " the read is audited.")
    @APIResponse(responseCode = "200", description = "The reviews, oldest first")
    @APIResponse(responseCode = "404", description = "No such person, or outside the caller's schemes")
    public List<ReviewView> list(@PathParam("id") UUID personId) {
        return reviews.ofPerson(personId).stream().map(ReviewView::of).toList();
    }
}
