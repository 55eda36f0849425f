package uk.ppo.actionplan.deliveryplan;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Progress of delivery plans' activities and sub-targets: the API's types, and what the board pack reads. */
public final class DeliveryProgressRecords {

    private DeliveryProgressRecords() {
    }

    @Schema(name = "DeliveryEvidence", description = "What shows the progress: a text, and a link to a document if there is one")
    public record Evidence(
            @NotBlank @Size(max = 4000) @Schema(example = "Minutes of the PPO Strategic Group, 30 June 2009: Rent Deposit Scheme open to PPOs in all five districts") String text,
            @Size(max = 2000) @Pattern(regexp = "https?://\\S+", message = "must be an http or https address")
            @Schema(example = "https://intranet.example.org/ppo/strategic-group/2009-06-30.pdf") String link) {
    }

    @Schema(name = "RecordDeliveryProgress", description = "Progress of an activity or sub-target as of a day; "
            + "ACHIEVED needs evidence")
    public record RecordProgress(
            @NotNull @Schema(example = "ON_TRACK") DeliveryProgressStatus status,
            @Size(max = 4000) @Schema(example = "Two of five districts have signed up") String note,
            @Valid Evidence evidence,
            @NotNull @Schema(description = "The day the progress is true of; not in the future", example = "2009-06-30") LocalDate asOf) {
    }

    @Schema(name = "DeliveryProgress")
    public record ProgressView(
            UUID id,
            @Schema(example = "ACTIVITY") DeliveryItemKind item,
            @Schema(description = "The activity's or sub-target's number", example = "1") int number,
            @Schema(example = "ON_TRACK") DeliveryProgressStatus status,
            @Schema(example = "2009-06-30") LocalDate asOf,
            String note,
            Evidence evidence,
            @Schema(example = "cora.coordinator") String recordedBy,
            Instant recordedAt) {

        static ProgressView of(DeliveryProgress p, DeliveryItemKind item, int number) {
            Evidence evidence = p.evidenceText() == null ? null : new Evidence(p.evidenceText(), p.evidenceLink());
            return new ProgressView(p.id(), item, number, p.status(), p.asOf(), p.note(), evidence, p.recordedBy(), p.recordedAt());
        }
    }

    /** An activity or sub-target of a plan and its latest progress as of a day (null: none recorded by then). */
    public record ItemProgress(DeliveryItemKind item, int number, String text, ProgressView latest) {
    }

    /** A delivery plan's activities and sub-targets, each with its latest progress as of a day. */
    public record PlanProgress(UUID planId, String indicator, String partnership, String title, LocalDate asOf,
                               List<ItemProgress> activities, List<ItemProgress> subTargets) {
    }
}
