package uk.ppo.offender.webhook;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The webhook API's requests and answers. None carries the secret back, or anything about a person. */
public final class WebhookRecords {

    /** An event type, or {@code *} for every one. */
    static final String EVENT_TYPE = "\\*|uk\\.ppo\\.offender\\.[a-z]+(\\.[a-z]+)*\\.v[0-9]+";

    private WebhookRecords() {
    }

    @Schema(name = "CreateSubscription", description = "A webhook for the calling partner system: where to send which events, and the key to sign them with")
    public record CreateSubscription(
            @NotNull @Size(max = 2048)
            @Schema(description = "Where events are POSTed: https (a public address); http only to hosts the deployment allows (local runs: localhost)",
                    example = "https://partner.example/ppo/webhooks", format = "uri", maxLength = 2048) String url,
            @NotNull @Size(min = 1, max = 10)
            @Schema(description = "CloudEvents types to send (docs/api.md: Events for partners), or [\"*\"] for every type",
                    minItems = 1, maxItems = 10)
            List<@NotNull @Size(max = 120) @Pattern(regexp = EVENT_TYPE, message = "must be an event type or *") String> eventTypes,
            @NotNull @Size(min = 38, max = 94)
            @Pattern(regexp = "whsec_[A-Za-z0-9+/]+={0,2}", message = "must be whsec_ and the base64 of 24 to 64 random bytes")
            @Schema(description = "The signing key, Standard Webhooks form: whsec_ and the base64 of 24 to 64 random bytes; write-only, never answered",
                    example = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", minLength = 38, maxLength = 94, writeOnly = true) String secret) {

        @Override
        public String toString() {
            return "CreateSubscription[url=" + url + ", eventTypes=" + eventTypes + ", secret=(not shown)]";
        }
    }

    @Schema(name = "Subscription", description = "A webhook of the calling partner system (the secret is never answered)")
    public record Subscription(UUID id,
                               @Schema(example = "https://partner.example/ppo/webhooks") String url,
                               @Schema(description = "CloudEvents types sent, or * for every type") List<String> eventTypes,
                               @Schema(description = "Events written to the outbox after this are sent") Instant createdAt) {
    }

    @Schema(name = "SubscriptionList", description = "The calling partner system's webhooks, oldest first")
    public record SubscriptionList(List<Subscription> items) {
    }

    /** Where a delivery is. */
    @Schema(name = "DeliveryStatus", description = "PENDING: not tried yet (or waiting for an earlier event about the same person);"
            + " FAILED: tried and failing, tried again at nextAttemptAt; DELIVERED: answered 2xx; DEAD: still failing 24 hours after"
            + " the first attempt (replay to try again); SKIPPED: the person was no longer the subscriber's to be told about")
    public enum DeliveryStatus { PENDING, FAILED, DELIVERED, DEAD, SKIPPED }

    @Schema(name = "Delivery", description = "One event's delivery to a webhook")
    public record Delivery(UUID id,
                           @Schema(description = "The CloudEvent's id, sent as webhook-id (the same on every attempt)") UUID eventId,
                           @Schema(example = "uk.ppo.offender.custody.sentenced.v1") String eventType,
                           DeliveryStatus status,
                           @Schema(description = "Attempts made", example = "3") int attempts,
                           @Schema(description = "The receiver's HTTP status at the last attempt, when it answered", example = "503") Integer lastStatus,
                           @Schema(description = "Why the last attempt failed, or why the delivery was skipped", example = "HTTP 503") String lastError,
                           Instant firstAttemptAt, Instant lastAttemptAt,
                           @Schema(description = "When it is tried next (PENDING, FAILED)") Instant nextAttemptAt,
                           @Schema(description = "When it was delivered, dead-lettered or skipped") Instant doneAt,
                           Instant createdAt) {
    }

    @Schema(name = "DeliveryPage", description = "One page of a webhook's deliveries, oldest event first")
    public record DeliveryPage(List<Delivery> items, int page, int size, long total) {
    }

    @Schema(name = "ReplayResult", description = "How many deliveries were put back to be sent")
    public record ReplayResult(@Schema(example = "2") int replayed) {
    }
}
