package uk.ppo.actionplan.history;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One field of a record as it was and as it became (null: not set). */
@Schema(name = "FieldChange", description = "One field as it was and as it became; null when not set")
public record FieldChange(@Schema(example = "likelihood") String field, @Schema(example = "3") String from,
                          @Schema(example = "4") String to) {
}
