package uk.ppo.offender.scheme;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/** API types of the scheme resource: request and response kept apart, never the entity. */
final class SchemeRecords {

    private SchemeRecords() {
    }

    @Schema(name = "CreateScheme", description = "A new local PPO scheme")
    record CreateScheme(
            @NotNull @Size(max = 20) @Pattern(regexp = "[A-Z][A-Z0-9_-]{1,19}",
                    message = "must be 2 to 20 capital letters, digits, '-' or '_', starting with a letter")
            @Schema(description = "Short unique code", example = "HASTINGS")
            String code,
            @NotBlank @Size(max = 120)
            @Schema(example = "Hastings PPO Scheme")
            String name,
            @NotBlank @Size(max = 120)
            @Schema(description = "District or borough of the partnership", example = "Hastings")
            String district,
            @Size(max = 120)
            @Schema(example = "East Sussex")
            String county,
            @Min(1) @Max(Scheme.MAX_PRE_RELEASE_REVIEW_DAYS)
            @Schema(description = "Days before an amber PPO's expected release that their pre-release review falls; 28 if not given", example = "28")
            Integer preReleaseReviewDays) {
    }

    @Schema(name = "UpdateScheme", description = "A scheme's name, district and county; its code cannot change")
    record UpdateScheme(
            @NotBlank @Size(max = 120)
            @Schema(example = "Hastings and Rother PPO Scheme")
            String name,
            @NotBlank @Size(max = 120)
            @Schema(example = "Hastings")
            String district,
            @Size(max = 120)
            @Schema(example = "East Sussex")
            String county,
            @Min(1) @Max(Scheme.MAX_PRE_RELEASE_REVIEW_DAYS)
            @Schema(description = "Days before an amber PPO's expected release that their pre-release review falls; unchanged if not given; a change reschedules the scheme's amber PPOs in custody", example = "28")
            Integer preReleaseReviewDays) {
    }

    @Schema(name = "Scheme")
    record SchemeView(
            @Schema(example = "6f1c2a52-8f0e-4c55-9d7b-0d5c8a1e0001") UUID id,
            @Schema(example = "HASTINGS") String code,
            @Schema(example = "Hastings PPO Scheme") String name,
            @Schema(example = "Hastings") String district,
            @Schema(example = "East Sussex") String county,
            @Schema(description = "Days before an amber PPO's expected release that their pre-release review falls", example = "28")
            int preReleaseReviewDays,
            @Schema(description = "Version for If-Match", example = "0") long version,
            Instant createdAt) {

        static SchemeView of(Scheme s) {
            return new SchemeView(s.id(), s.code(), s.name(), s.district(), s.county(), s.preReleaseReviewDays(), s.version(), s.createdAt());
        }
    }
}
