package uk.ppo.common.dataprotection;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Map;
import java.util.UUID;

/** What a service deleted of a person, by kind (every kind it holds, zero when there was none). */
@Schema(name = "DisposalReceipt", description = "What the service deleted of the person, by kind of record")
public record DisposalReceipt(
        @Schema(example = "scoring-service") String service,
        UUID personId,
        @Schema(description = "Records deleted, by kind; zeros when there was nothing (left) to delete",
                example = "{\"score\": 3, \"asset-assessment\": 1}") Map<String, Integer> disposed) {
}
