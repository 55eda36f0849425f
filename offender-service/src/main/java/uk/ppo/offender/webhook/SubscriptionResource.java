package uk.ppo.offender.webhook;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.ppo.common.paging.PageRequest;
import uk.ppo.common.security.Roles;

import java.util.UUID;

/**
 * Webhooks: a partner system subscribes to the events for partners (the outbox) and is sent each one, signed as the
 * Standard Webhooks specification says (the API document's {@code webhooks}). Partner systems only, each its own
 * subscriptions: another client's answer as unknown.
 */
@Path("/api/v1/subscriptions")
@Tag(name = "Webhooks", description = "Subscriptions of partner systems to the events for partners, their deliveries and replay")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.PARTNER_SYSTEM)
@APIResponse(responseCode = "401", description = "No valid token")
@APIResponse(responseCode = "403", description = "Not a partner system")
public class SubscriptionResource {

    private final Subscriptions subscriptions;

    SubscriptionResource(Subscriptions subscriptions) {
        this.subscriptions = subscriptions;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createSubscription", summary = "Subscribe the calling partner system's webhook to events for partners",
            description = "Subscribes a URL of the calling partner system (its client, the token's azp) to events for partners. Events written from then on about people the client may reach are POSTed to it as signed CloudEvents; the secret is never answered or logged.")
    @APIResponse(responseCode = "201", description = "Subscribed: events written from now on are sent; Location names the subscription",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookRecords.Subscription.class)))
    @APIResponse(responseCode = "400", description = "A bad url (not https, not public), event type or secret, named in violations")
    @APIResponse(responseCode = "409", description = "The partner system holds as many subscriptions as it may")
    public Response create(@Valid @NotNull WebhookRecords.CreateSubscription request) {
        WebhookRecords.Subscription created = subscriptions.create(request);
        return Response.created(UriBuilder.fromPath("/api/v1/subscriptions/{id}").build(created.id())).entity(created).build();
    }

    @GET
    @Operation(operationId = "listSubscriptions", summary = "The calling partner system's subscriptions",
            description = "The subscriptions of the calling partner system only; another client's are never listed.")
    @APIResponse(responseCode = "200", description = "Its subscriptions, oldest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookRecords.SubscriptionList.class)))
    public WebhookRecords.SubscriptionList list() {
        return subscriptions.list();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getSubscription", summary = "One of the calling partner system's subscriptions",
            description = "One subscription of the calling partner system; another client's answers 404, as an unknown one does.")
    @APIResponse(responseCode = "200", description = "The subscription",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookRecords.Subscription.class)))
    @APIResponse(responseCode = "404", description = "No such subscription of the caller's")
    public WebhookRecords.Subscription get(@PathParam("id") UUID id) {
        return subscriptions.get(id);
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteSubscription", summary = "Unsubscribe: nothing more is sent, and the subscription's deliveries are deleted",
            description = "Stops sending to the subscription's URL and deletes its deliveries. Another client's subscription answers 404.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such subscription of the caller's")
    public void delete(@PathParam("id") UUID id) {
        subscriptions.delete(id);
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(operationId = "listSubscriptionDeliveries", summary = "A subscription's deliveries, oldest event first, by status",
            description = "The deliveries of one of the caller's subscriptions, with attempts, the last answer or error and the next attempt; they name events, not people.")
    @APIResponse(responseCode = "200", description = "A page of deliveries",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookRecords.DeliveryPage.class)))
    @APIResponse(responseCode = "400", description = "A bad status or page")
    @APIResponse(responseCode = "404", description = "No such subscription of the caller's")
    public WebhookRecords.DeliveryPage deliveries(@PathParam("id") UUID id,
                                                  @Parameter(description = "Only deliveries in this state") @QueryParam("status") WebhookRecords.DeliveryStatus status,
                                                  @Valid @BeanParam PageRequest paging) {
        return subscriptions.deliveries(id, status, paging.page(), paging.size());
    }

    @POST
    @Path("/{id}/deliveries/{deliveryId}/replay")
    @Operation(operationId = "replaySubscriptionDelivery", summary = "Send a delivered, dead-lettered or skipped event again (same webhook-id)",
            description = "Puts a delivered, dead-lettered or skipped event back to be sent, with the same webhook-id so the receiver can drop a repeat, and a fresh 24 hours of retries.")
    @APIResponse(responseCode = "202", description = "Put back to be sent, with a fresh 24 hours of retries",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookRecords.Delivery.class)))
    @APIResponse(responseCode = "404", description = "No such subscription of the caller's, or no such delivery of it")
    @APIResponse(responseCode = "409", description = "The delivery is still being sent (PENDING or FAILED)")
    public Response replay(@PathParam("id") UUID id, @PathParam("deliveryId") UUID deliveryId) {
        return Response.accepted(subscriptions.replay(id, deliveryId)).build();
    }

    @POST
    @Path("/{id}/deliveries/replay")
    @Operation(operationId = "replayDeadSubscriptionDeliveries", summary = "Send every dead-lettered delivery of a subscription again",
            description = "Puts every dead-lettered delivery of one of the caller's subscriptions back to be sent, in order per person.")
    @APIResponse(responseCode = "202", description = "How many were put back to be sent",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookRecords.ReplayResult.class)))
    @APIResponse(responseCode = "404", description = "No such subscription of the caller's")
    public Response replayDead(@PathParam("id") UUID id) {
        return Response.accepted(subscriptions.replayDead(id)).build();
    }
}
