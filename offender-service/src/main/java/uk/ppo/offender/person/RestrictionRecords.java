package uk.ppo.offender.person;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** API types of the restriction resource: request and response kept apart, never the entity. */
public final class RestrictionRecords {

    private RestrictionRecords() {
    }

    @Schema(name = "OffenderRestrictionRequest", description = "Why processing is restricted")
    public record Restrict(@NotBlank @Size(max = 500)
                           @Schema(example = "Accuracy contested by the data subject (DPA 2018 s.47(2)); under review")
                           String reason) {
    }
}
