package uk.ppo.offender.webhook;

import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;

/**
 * POSTs one signed CloudEvent to a webhook: no redirects followed (a 3xx is a failure, so a receiver cannot send us
 * elsewhere), the answer's body discarded, {@code ppo.webhooks.timeout} for the whole exchange.
 */
@ApplicationScoped
class WebhookSender {

    static final String CONTENT_TYPE = "application/cloudevents+json";

    /** The outcome of one attempt: the receiver's status (null when it did not answer) and, for a failure, why. */
    record Outcome(Integer status, String error) {
        boolean delivered() {
            return error == null;
        }
    }

    private final WebhooksConfig config;
    private final HttpClient client;

    WebhookSender(WebhooksConfig config) {
        this.config = config;
        this.client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(config.timeout()).build();
    }

    Outcome send(String url, String webhookId, long timestamp, String signature, String body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(config.timeout())
                .header("Content-Type", CONTENT_TYPE)
                .header("webhook-id", webhookId)
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", signature)
                .header("User-Agent", "ppo-offender-service-webhooks")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            return status >= 200 && status < 300 ? new Outcome(status, null) : new Outcome(status, "HTTP " + status);
        } catch (HttpTimeoutException e) {
            return new Outcome(null, "timed out after " + config.timeout().toMillis() + " ms");
        } catch (ConnectException e) {
            return new Outcome(null, "connection refused or unreachable");
        } catch (IOException e) {
            return new Outcome(null, "I/O failure: " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(null, "interrupted");
        }
    }
}
