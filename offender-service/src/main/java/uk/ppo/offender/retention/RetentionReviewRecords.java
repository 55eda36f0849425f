package uk.ppo.offender.retention;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** API types of the retention review resource: request and response kept apart, never the entity. */
public final class RetentionReviewRecords {

    private RetentionReviewRecords() {
    }

    /** The schema of a page of the review queue, for the API document. */
    @Schema(name = "RetentionReviewPage", description = "One page of people due for a retention review")
    public record ReviewPage(java.util.List<RetentionRecords.ReviewDue> items, int page, int size, long total) {
    }
}
