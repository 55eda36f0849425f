package uk.ppo.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.InputStream;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Webhooks through the gateway with real Keycloak client-credentials tokens: the police system (HASTINGS and
 * EASTBOURNE) subscribes a local receiver, is sent its people's events signed as Standard Webhooks says, misses a
 * minute of them while its receiver is down and gets every one afterwards, in order per person, exactly once per
 * event id; a THURROCK person's events never reach it. A receiver that answers 500 has its deliveries dead-lettered
 * (the system tests give up after 90 s, RunningSuite) and replayed once it answers again.
 */
@ExtendWith(RunningSuite.class)
class WebhooksIT {

    static final String THURROCK = PartnerEventsOutboxIT.THURROCK;
    static final String DECISION = "uk.ppo.offender.decision.recorded.v1";
    static final String SENTENCED = "uk.ppo.offender.custody.sentenced.v1";
    static final String RELEASED = "uk.ppo.offender.custody.released.v1";
    static final String RECALLED = "uk.ppo.offender.custody.recalled.v1";
    static final ObjectMapper JSON = new ObjectMapper();

    /** One request a receiver got, and whether its Standard Webhooks signature verified. */
    record Received(String webhookId, JsonNode event, boolean verified) {
    }

    /** A JDK HTTP server on a fixed local port that verifies and records every webhook, answering {@code status}. */
    static final class Receiver {
        final int port;
        final byte[] key;
        final List<Received> received = new CopyOnWriteArrayList<>();
        volatile int status;
        private HttpServer server;

        Receiver(int port, byte[] key, int status) {
            this.port = port;
            this.key = key;
            this.status = status;
        }

        Receiver start() throws Exception {
            for (int tries = 0; ; tries++) {
                try {
                    server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 50);
                    break;
                } catch (BindException e) {
                    if (tries > 30) {
                        throw e;
                    }
                    Thread.sleep(1000);
                }
            }
            server.createContext("/hooks", exchange -> {
                try (InputStream in = exchange.getRequestBody()) {
                    String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    String id = exchange.getRequestHeaders().getFirst("webhook-id");
                    String timestamp = exchange.getRequestHeaders().getFirst("webhook-timestamp");
                    String signature = exchange.getRequestHeaders().getFirst("webhook-signature");
                    boolean fresh = Math.abs(Instant.now().getEpochSecond() - Long.parseLong(timestamp)) < 300;
                    boolean verified = fresh && "application/cloudevents+json".equals(exchange.getRequestHeaders().getFirst("Content-Type"))
                            && verify(key, id, timestamp, body, signature);
                    int answer = status;
                    if (answer < 300) {
                        received.add(new Received(id, JSON.readTree(body), verified));
                    }
                    exchange.sendResponseHeaders(answer, -1);
                } catch (IOException | RuntimeException e) {
                    exchange.sendResponseHeaders(400, -1);
                } finally {
                    exchange.close();
                }
            });
            server.start();
            return this;
        }

        void stop() {
            server.stop(0);
        }

        String url() {
            return "http://localhost:" + port + "/hooks";
        }

        List<String> typesAbout(String personId) {
            return received.stream().filter(r -> personId.equals(r.event().path("subject").asText()))
                    .map(r -> r.event().path("type").asText()).toList();
        }
    }

    /** What a partner does with the headers: the signature is the base64 HMAC-SHA256 of id.timestamp.body. */
    static boolean verify(byte[] key, String id, String timestamp, String body, String header) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] expected = mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            for (String candidate : header.split(" ")) {
                if (candidate.startsWith("v1,") && MessageDigest.isEqual(expected, Base64.getDecoder().decode(candidate.substring(3)))) {
                    return true;
                }
            }
            return false;
        } catch (Exception e) {
            return false;
        }
    }

    static String police() {
        return RunningSuite.clientToken("police-system", "police-system-local-secret");
    }

    static String probation() {
        return RunningSuite.clientToken("probation-system", "probation-system-local-secret");
    }

    @Test
    void signedEventsArriveInOrderExactlyOnceAfterAnOutageAndDeadLettersAreReplayed() throws Exception {
        // the gateway's document describes the webhook (OpenAPI 3.1 webhooks), with the CloudEvent and the three headers
        JsonNode document = ApiDocument.merged();
        assertEquals("receivePartnerEvent", document.at("/webhooks/partnerEvent/post/operationId").asText());
        assertEquals("webhook-signature", document.at("/webhooks/partnerEvent/post/parameters/2/name").asText());
        assertTrue(document.at("/components/schemas/PartnerCloudEvent/properties/type/enum").toString().contains(RECALLED));
        String cora = RunningSuite.tokenFor("cora.coordinator");
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        String secret = "whsec_" + Base64.getEncoder().encodeToString(key);
        Receiver receiver = new Receiver(freePort(), key, 204).start();
        Receiver failing = new Receiver(freePort(), key, 500).start();

        // bad subscriptions are refused naming the field; nothing of the secret is ever answered
        badSubscription(Map.of("url", "http://partner.example.org/hooks", "eventTypes", List.of("*"), "secret", secret), "url");
        badSubscription(Map.of("url", "https://10.1.2.3/hooks", "eventTypes", List.of("*"), "secret", secret), "url");
        badSubscription(Map.of("url", receiver.url(), "eventTypes", List.of("uk.ppo.offender.unknown.v1"), "secret", secret), "eventTypes");
        badSubscription(Map.of("url", receiver.url(), "eventTypes", List.of("*"), "secret", "whsec_c2hvcnQ="), "secret");
        String subscription = subscribe(receiver.url(), List.of("*"), secret);
        String deadSubscription = subscribe(failing.url(), List.of(DECISION), secret);
        given().auth().oauth2(police()).get("/api/v1/subscriptions").then().statusCode(200)
                .body("items.id", hasItem(subscription)).body("items.url", hasItem(receiver.url()))
                .body(not(org.hamcrest.Matchers.containsString("whsec_")));
        // another partner system's subscription is unknown to it; a coordinator has no business here
        given().auth().oauth2(probation()).get("/api/v1/subscriptions/{id}", subscription).then().statusCode(404);
        given().auth().oauth2(probation()).delete("/api/v1/subscriptions/{id}", subscription).then().statusCode(404);
        given().auth().oauth2(probation()).get("/api/v1/subscriptions").then().statusCode(200).body("items.id", not(hasItem(subscription)));
        given().auth().oauth2(cora).get("/api/v1/subscriptions").then().statusCode(403);

        String first = PartnerEventsOutboxIT.person(cora, PpoJourneyIT.HASTINGS);
        String second = PartnerEventsOutboxIT.person(cora, PpoJourneyIT.HASTINGS);
        String thurrock = PartnerEventsOutboxIT.person(cora, THURROCK);
        for (String id : List.of(first, second, thurrock)) {
            select(cora, id);
            event(id, "CUSTODY_SENTENCE", Instant.now().minus(3, ChronoUnit.DAYS));
        }
        await(Duration.ofSeconds(60), () -> receiver.typesAbout(first).size() >= 2 && receiver.typesAbout(second).size() >= 2,
                () -> "the first events: " + receiver.received);

        // the receiver goes away for a minute while more events are written
        receiver.stop();
        Instant stopped = Instant.now();
        for (String id : List.of(first, second, thurrock)) {
            event(id, "RELEASE", Instant.now().minus(2, ChronoUnit.DAYS));
            event(id, "RECALL", Instant.now().minus(1, ChronoUnit.DAYS));
        }
        Thread.sleep(Math.max(0, Duration.ofSeconds(60).minus(Duration.between(stopped, Instant.now())).toMillis()));
        JsonPath waiting = deliveries(subscription, "FAILED");
        assertTrue(waiting.getList("items").size() >= 1, "an attempt failed while the receiver was down");
        receiver.start();

        List<String> expected = List.of(DECISION, SENTENCED, RELEASED, RECALLED);
        await(Duration.ofSeconds(60), () -> receiver.typesAbout(first).size() >= 4 && receiver.typesAbout(second).size() >= 4,
                () -> "every missed event: " + receiver.received);
        Thread.sleep(3000); // time for any duplicate to show
        assertEquals(expected, receiver.typesAbout(first), "in order, each once, for the first person");
        assertEquals(expected, receiver.typesAbout(second), "in order, each once, for the second person");
        Map<String, Long> perId = receiver.received.stream().collect(Collectors.groupingBy(Received::webhookId, Collectors.counting()));
        assertTrue(perId.values().stream().allMatch(n -> n == 1), "exactly once per event id: " + perId);
        assertTrue(receiver.received.stream().allMatch(Received::verified), "every signature verifies");
        assertTrue(receiver.received.stream().allMatch(r -> r.webhookId().equals(r.event().path("id").asText())), "webhook-id is the event id");
        assertEquals(List.of(), receiver.typesAbout(thurrock), "a THURROCK person's events are not the police system's");
        assertTrue(receiver.received.stream().allMatch(r -> List.of("/ppo/offender-service/schemes/HASTINGS",
                "/ppo/offender-service/schemes/EASTBOURNE").contains(r.event().path("source").asText())), "only its schemes' events");
        JsonNode sentence = receiver.received.stream().filter(r -> first.equals(r.event().path("subject").asText())
                && SENTENCED.equals(r.event().path("type").asText())).findFirst().orElseThrow().event();
        assertEquals("1.0", sentence.path("specversion").asText());
        assertEquals(36, sentence.path("data").path("custodyMonths").asInt());
        assertFalse(sentence.toString().contains("Lewes"), "no event detail is sent");

        // the partner lists its deliveries: the missed ones were tried more than once, then delivered
        JsonPath delivered = deliveries(subscription, "DELIVERED");
        List<String> deliveredIds = delivered.getList("items.eventId");
        receiver.received.forEach(r -> assertTrue(deliveredIds.contains(r.webhookId()), "listed as delivered: " + r.webhookId()));
        assertTrue(delivered.<Integer>getList("items.attempts").stream().anyMatch(n -> n >= 2), "a missed event took more than one attempt");
        // each delivered event is audited against its person, naming the partner system
        given().auth().oauth2(RunningSuite.tokenFor("aud.auditor")).queryParam("personId", first).queryParam("size", 500)
                .get("/api/v1/audit").then().statusCode(200)
                .body("items.action", hasItem("WEBHOOK_DELIVERED"))
                .body("items.user", hasItem("service-account-police-system"));

        // the receiver that answers 500: dead-lettered 90 s after the first attempt, then replayed once it answers
        await(Duration.ofSeconds(150), () -> deliveries(deadSubscription, "DEAD").getList("items").size() >= 2,
                () -> "dead letters: " + deliveries(deadSubscription, null).prettify());
        JsonPath dead = deliveries(deadSubscription, "DEAD");
        assertEquals(500, dead.getInt("items[0].lastStatus"));
        assertEquals(0, failing.received.size());
        failing.status = 204;
        String deadId = dead.getString("items[0].id");
        String deadEvent = dead.getString("items[0].eventId");
        given().auth().oauth2(police()).post("/api/v1/subscriptions/{id}/deliveries/{d}/replay", deadSubscription, deadId)
                .then().statusCode(202).body("status", equalTo("PENDING"));
        await(Duration.ofSeconds(30), () -> failing.received.stream().anyMatch(r -> r.webhookId().equals(deadEvent)),
                () -> "the replayed event");
        int left = dead.getList("items").size() - 1;
        given().auth().oauth2(police()).post("/api/v1/subscriptions/{id}/deliveries/replay", deadSubscription)
                .then().statusCode(202).body("replayed", equalTo(left));
        await(Duration.ofSeconds(30), () -> deliveries(deadSubscription, "DEAD").getList("items").isEmpty()
                && deliveries(deadSubscription, "PENDING").getList("items").isEmpty(), () -> "every dead letter replayed");
        assertTrue(failing.received.stream().allMatch(Received::verified));
        given().auth().oauth2(police()).post("/api/v1/subscriptions/{id}/deliveries/{d}/replay", deadSubscription, java.util.UUID.randomUUID())
                .then().statusCode(404);

        for (String id : List.of(subscription, deadSubscription)) {
            given().auth().oauth2(police()).delete("/api/v1/subscriptions/{id}", id).then().statusCode(204);
            given().auth().oauth2(police()).get("/api/v1/subscriptions/{id}", id).then().statusCode(404);
        }
        receiver.stop();
        failing.stop();
    }

    private static String subscribe(String url, List<String> types, String secret) {
        return given().auth().oauth2(police()).contentType(ContentType.JSON)
                .body(Map.of("url", url, "eventTypes", types, "secret", secret))
                .post("/api/v1/subscriptions").then().statusCode(201)
                .body("url", equalTo(url)).body(not(org.hamcrest.Matchers.containsString("whsec_")))
                .extract().path("id");
    }

    private static void badSubscription(Map<String, Object> body, String field) {
        given().auth().oauth2(police()).contentType(ContentType.JSON).body(body).post("/api/v1/subscriptions").then()
                .statusCode(400).contentType("application/problem+json").body("violations.field", hasItem(field));
    }

    private static JsonPath deliveries(String subscription, String status) {
        var request = given().auth().oauth2(police()).queryParam("size", 500);
        if (status != null) {
            request.queryParam("status", status);
        }
        return request.get("/api/v1/subscriptions/{id}/deliveries", subscription).then().statusCode(200).extract().jsonPath();
    }

    private static void select(String cora, String id) {
        given().auth().oauth2(cora).contentType(ContentType.JSON)
                .body(Map.of("type", "SELECT", "listedFor", "PROLIFIC", "strand", "CATCH_CONVICT", "decidedOn", LocalDate.now().toString(),
                        "rationale", "Matrix score and partner evidence", "attendingAgencies", List.of("POLICE", "PROBATION")))
                .post("/api/v1/offenders/{id}/decisions", id).then().statusCode(201);
    }

    private static void event(String personId, String type, Instant occurred) {
        Map<String, Object> body = new HashMap<>(Map.of("sourceId", type + "-" + personId, "type", type,
                "occurredAt", occurred.truncatedTo(ChronoUnit.SECONDS).toString(), "detail", "Lewes Crown Court"));
        if (type.equals("CUSTODY_SENTENCE")) {
            // "a custodial sentence greater than 2 years" (003, section 6)
            body.put("custodyMonths", 36);
        }
        if (type.equals("CUSTODY_SENTENCE") || type.equals("RECALL")) {
            body.put("expectedReleaseOn", LocalDate.now().plusMonths(18).toString());
        }
        given().auth().oauth2(probation()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/offenders/{id}/events", personId).then().statusCode(201);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void await(Duration timeout, BooleanSupplier done, java.util.function.Supplier<String> what) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (done.getAsBoolean()) {
                return;
            }
            Thread.sleep(500);
        }
        fail("not within " + timeout + ": " + what.get());
    }
}
