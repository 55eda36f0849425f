package uk.ppo.offender.outbox;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** API types of the outbox resource: request and response kept apart, never the entity. */
public final class OutboxRecords {

    private OutboxRecords() {
    }

    @Schema(name = "OutboxEvent", description = "One event as a structured-mode CloudEvent (JSON), with its place in the outbox")
    public record OutboxEvent(
            @Schema(description = "Place in the outbox; pass the last one read as 'after'", example = "1042") long sequence,
            @Schema(description = "Unique event id") UUID id,
            @Schema(description = "The scheme in offender-service", example = "/ppo/offender-service/schemes/HASTINGS") String source,
            @Schema(example = "1.0") String specversion,
            @Schema(description = "What happened, reverse-DNS and versioned (docs/api.md: Events for partners)",
                    example = "uk.ppo.offender.decision.recorded.v1") String type,
            @Schema(description = "The person's id") UUID subject,
            @Schema(description = "When the service recorded it (UTC)") Instant time,
            @Schema(example = "application/json") String datacontenttype,
            OutboxEventData data) {
    }

    @Schema(name = "OutboxEventPage", description = "Events after the cursor, oldest first; 'next' is the cursor for the next call")
    public record OutboxEventPage(List<OutboxEvent> items,
                                  @Schema(description = "Pass as 'after' to read on (the same cursor when nothing was new)") long next) {
    }
}
