package uk.ppo.actionplan.history;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** One entry of a record's history: who changed what when. */
@Schema(name = "RecordChange", description = "One change of a risk or a project: who, when, what, the fields it altered")
public record ChangeView(Instant at, @Schema(example = "cora.coordinator") String by,
                         @Schema(example = "UPDATED") String what,
                         @Schema(description = "The record's version after the change", example = "1") long version,
                         List<FieldChange> changes) {
}
