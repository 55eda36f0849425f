package uk.ppo.offender.review;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.ppo.offender.person.Strand;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** API types of the review resource: request and response kept apart, never the entity. */
public final class ReviewRecords {

    private ReviewRecords() {
    }

    @Schema(name = "CreateReview")
    public record CreateReview(
            @NotNull @Schema(example = "2026-11-02") LocalDate reviewedOn,
            @NotNull Review.Outcome outcome,
            @Size(max = 4000) String notes) {
    }

    @Schema(name = "Review")
    public record ReviewView(UUID id, UUID personId, LocalDate reviewedOn, Review.Outcome outcome, String notes,
                             Strand strand, LocalDate nextReviewDue,
                             @Schema(description = "The next review is the amber list's review before release") boolean nextReviewPreRelease,
                             String recordedBy, Instant recordedAt) {
        static ReviewView of(Review r) {
            return new ReviewView(r.id(), r.personId(), r.reviewedOn(), r.outcome(), r.notes(), r.strand(),
                    r.nextReviewDue(), r.nextReviewPreRelease(), r.recordedBy(), r.recordedAt());
        }
    }
}
