package uk.ppo.offender.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.ppo.common.testing.TestTokens;
import uk.ppo.offender.Fixtures;

import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Webhooks in offender-service: subscriptions of partner systems (their own only), and the worker (driven here by the
 * test: ppo.webhooks.worker-enabled is false in %test) sending each event signed, in order per person, only about people
 * in the subscriber's scope, retrying, dead-lettering (5 s in %test) and replaying; two workers never claim the same row.
 */
@QuarkusTest
class WebhooksTest {

    static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    static final byte[] KEY = WebhookSignature.key(SECRET).orElseThrow();
    static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    DeliveryWorker worker;
    @Inject
    Deliveries deliveries;
    @Inject
    AgroalDataSource db;

    HttpServer server;
    final List<JsonNode> received = new CopyOnWriteArrayList<>();
    final List<Boolean> verified = new CopyOnWriteArrayList<>();
    /** Requests the receiver fails (500) before answering 204. */
    final AtomicInteger failNext = new AtomicInteger();
    volatile boolean alwaysFail;

    static String partner(String client, String schemes) {
        return TestTokens.user("service-account-" + client).client(client).roles("partner-system").agency("police").schemes(schemes).token();
    }

    @BeforeEach
    void receiver() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 10);
        server.createContext("/hooks", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                var headers = exchange.getRequestHeaders();
                boolean fail = alwaysFail || failNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0;
                if (!fail) {
                    received.add(JSON.readTree(body));
                    verified.add(WebhookSignature.sign(KEY, headers.getFirst("webhook-id"), Long.parseLong(headers.getFirst("webhook-timestamp")), body)
                            .equals(headers.getFirst("webhook-signature"))
                            && headers.getFirst("webhook-id").equals(JSON.readTree(body).path("id").asText())
                            && "application/cloudevents+json".equals(headers.getFirst("Content-Type")));
                }
                exchange.sendResponseHeaders(fail ? 500 : 204, -1);
            } finally {
                exchange.close();
            }
        });
        server.start();
    }

    @AfterEach
    void stop() throws SQLException {
        server.stop(0);
        try (Connection c = db.getConnection(); PreparedStatement delete = c.prepareStatement("DELETE FROM webhook_subscription")) {
            delete.executeUpdate();
        }
    }

    String url() {
        return "http://localhost:" + server.getAddress().getPort() + "/hooks";
    }

    static String subscribe(String token, String url, List<String> types) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("url", url, "eventTypes", types, "secret", SECRET))
                .post("/api/v1/subscriptions").then().statusCode(201)
                .header("Location", containsString("/api/v1/subscriptions/"))
                .body("secret", equalTo(null)).body(not(containsString("whsec_")))
                .extract().path("id");
    }

    static void select(String personId) {
        given().auth().oauth2(Fixtures.COORDINATOR).contentType(ContentType.JSON)
                .body(Fixtures.decision("SELECT", "CATCH_CONVICT", null, LocalDate.now()))
                .post("/api/v1/offenders/{id}/decisions", personId).then().statusCode(201);
    }

    static void sentence(String personId) {
        Map<String, Object> body = new HashMap<>(Map.of("sourceId", "SENT-" + UUID.randomUUID(), "type", "CUSTODY_SENTENCE",
                "custodyMonths", 36, "expectedReleaseOn", LocalDate.now().plusMonths(18).toString(),
                "occurredAt", Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString(),
                "detail", "Lewes Crown Court"));
        given().auth().oauth2(partner("probation-system", "*")).contentType(ContentType.JSON).body(body)
                .post("/api/v1/offenders/{id}/events", personId).then().statusCode(201);
    }

    /** Runs the worker until nothing is due (at most {@code ticks} times, {@code pause} ms apart). */
    void work(int ticks, long pause) throws InterruptedException {
        for (int i = 0; i < ticks; i++) {
            worker.work();
            Thread.sleep(pause);
        }
    }

    List<String> typesAbout(String personId) {
        return received.stream().filter(e -> personId.equals(e.path("subject").asText())).map(e -> e.path("type").asText()).toList();
    }

    static JsonPath deliveriesOf(String token, String subscription, String status) {
        var request = given().auth().oauth2(token).queryParam("size", 500);
        if (status != null) {
            request.queryParam("status", status);
        }
        return request.get("/api/v1/subscriptions/{id}/deliveries", subscription).then().statusCode(200).extract().jsonPath();
    }

    @Nested
    class Subscriptions {

        @Test
        void aPartnerSystemManagesItsOwnSubscriptionsAndNoOneElsesAndTheSecretIsNeverAnswered() {
            String police = partner("police-system", "HASTINGS");
            String id = subscribe(police, url(), List.of("uk.ppo.offender.decision.recorded.v1", "uk.ppo.offender.custody.released.v1"));
            given().auth().oauth2(police).get("/api/v1/subscriptions").then().statusCode(200)
                    .body("items.id", hasItem(id)).body(not(containsString("whsec_"))).body(not(containsString("MfKQ9r8")));
            given().auth().oauth2(police).get("/api/v1/subscriptions/{id}", id).then().statusCode(200)
                    .body("url", equalTo(url())).body("eventTypes", equalTo(List.of("uk.ppo.offender.decision.recorded.v1",
                            "uk.ppo.offender.custody.released.v1"))).body("createdAt", notNullValue());
            // another client's subscription and an unknown one answer alike
            String probation = partner("probation-system", "*");
            given().auth().oauth2(probation).get("/api/v1/subscriptions/{id}", id).then().statusCode(404)
                    .body("detail", equalTo("No subscription " + id));
            given().auth().oauth2(probation).delete("/api/v1/subscriptions/{id}", id).then().statusCode(404);
            given().auth().oauth2(probation).get("/api/v1/subscriptions/{id}/deliveries", id).then().statusCode(404);
            given().auth().oauth2(probation).post("/api/v1/subscriptions/{id}/deliveries/replay", id).then().statusCode(404);
            given().auth().oauth2(probation).get("/api/v1/subscriptions").then().statusCode(200).body("items.id", not(hasItem(id)));
            // partner systems only: an admin manages no one's webhooks
            given().auth().oauth2(Fixtures.ADMIN).get("/api/v1/subscriptions").then().statusCode(403);
            given().auth().oauth2(police).delete("/api/v1/subscriptions/{id}", id).then().statusCode(204);
            given().auth().oauth2(police).get("/api/v1/subscriptions/{id}", id).then().statusCode(404);
        }

        @Test
        void everyBadInputIsAProblemNamingItsField() {
            String police = partner("police-system", "HASTINGS");
            List<Object[]> bad = List.of(
                    new Object[]{"http://partner.police.uk/hooks", List.of("*"), SECRET, "url"},
                    new Object[]{"https://192.168.1.10/hooks", List.of("*"), SECRET, "url"},
                    new Object[]{"https://partner.example/hooks", List.of("*"), SECRET, "url"},
                    new Object[]{"not a url", List.of("*"), SECRET, "url"},
                    new Object[]{url(), List.of(), SECRET, "eventTypes"},
                    new Object[]{url(), List.of("uk.ppo.offender.unknown.v1"), SECRET, "eventTypes"},
                    new Object[]{url(), List.of("*", "uk.ppo.offender.decision.recorded.v1"), SECRET, "eventTypes"},
                    new Object[]{url(), List.of("'; DROP TABLE person; --"), SECRET, "eventTypes"},
                    new Object[]{url(), List.of("*"), "whsec_c2hvcnQ=", "secret"},
                    new Object[]{url(), List.of("*"), "MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSwMfKQ9r8GKYqrTwjUPD8I", "secret"},
                    new Object[]{url(), List.of("*"), "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw!!!!", "secret"});
            for (Object[] b : bad) {
                given().auth().oauth2(police).contentType(ContentType.JSON)
                        .body(Map.of("url", b[0], "eventTypes", b[1], "secret", b[2])).post("/api/v1/subscriptions").then()
                        .statusCode(400).contentType("application/problem+json").body("violations.field", hasItem(containsString((String) b[3])));
            }
            given().auth().oauth2(police).contentType(ContentType.JSON).body(Map.of("url", url(), "eventTypes", List.of("*")))
                    .post("/api/v1/subscriptions").then().statusCode(400).body("violations.field", hasItem(containsString("secret")));
            given().auth().oauth2(police).get("/api/v1/subscriptions").then().statusCode(200).body("items", equalTo(List.of()));
        }

        @Test
        void theApiDocumentDescribesTheWebhookUnderWebhooks() {
            JsonPath doc = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().jsonPath();
            assertEquals("receivePartnerEvent", doc.getString("webhooks.partnerEvent.post.operationId"));
            assertEquals(List.of("webhook-id", "webhook-timestamp", "webhook-signature"),
                    doc.getList("webhooks.partnerEvent.post.parameters.name"));
            assertEquals("#/components/schemas/PartnerCloudEvent",
                    doc.getString("webhooks.partnerEvent.post.requestBody.content.'application/cloudevents+json'.schema.$ref"));
            assertEquals(new ArrayList<>(uk.ppo.offender.webhook.Subscriptions.eventTypes()), doc.getList("components.schemas.PartnerCloudEvent.properties.type.enum"));
            assertTrue(doc.getMap("components.schemas").containsKey("OutboxEventData"));
            assertEquals("createSubscription", doc.getString("paths.'/api/v1/subscriptions'.post.operationId"));
        }
    }

    @Nested
    class Delivery {

        @Test
        void eventsAboutPeopleInScopeArriveSignedInOrderPerPersonEachOnceAndNoOneElsesEver() throws Exception {
            Fixtures.SchemeRef mine = Fixtures.scheme();
            Fixtures.SchemeRef other = Fixtures.scheme();
            String token = partner("police-system", mine.code());
            String id = subscribe(token, url(), List.of("*"));
            String first = Fixtures.adult(mine.id());
            String second = Fixtures.adult(mine.id());
            String outsider = Fixtures.adult(other.id());
            for (String person : List.of(first, second, outsider)) {
                select(person);
                sentence(person);
            }
            failNext.set(2); // the receiver fails the first two requests: whoever they were about waits, in order
            work(8, 300);
            List<String> expected = List.of("uk.ppo.offender.decision.recorded.v1", "uk.ppo.offender.custody.sentenced.v1");
            assertEquals(expected, typesAbout(first));
            assertEquals(expected, typesAbout(second));
            assertEquals(List.of(), typesAbout(outsider), "the other scheme's person is not the subscriber's");
            assertEquals(4, received.size(), "each event once: " + received);
            assertTrue(verified.stream().allMatch(v -> v), "signed as Standard Webhooks says");
            JsonPath delivered = deliveriesOf(token, id, "DELIVERED");
            assertEquals(4, delivered.getList("items").size());
            assertTrue(delivered.<Integer>getList("items.attempts").stream().anyMatch(n -> n >= 2), "a failed attempt was retried");
            assertEquals(List.of(), deliveriesOf(token, id, "FAILED").getList("items"));
            JsonNode sentence = received.stream().filter(e -> e.path("type").asText().endsWith("sentenced.v1")).findFirst().orElseThrow();
            assertEquals("/ppo/offender-service/schemes/" + mine.code(), sentence.path("source").asText());
            assertEquals(36, sentence.path("data").path("custodyMonths").asInt());
            assertTrue(!sentence.toString().contains("Lewes"), "no event detail");
            // each delivered event is audited against its person, naming the partner system
            given().auth().oauth2(Fixtures.AUDITOR).queryParam("personId", first).queryParam("size", 500).get("/api/v1/audit")
                    .then().statusCode(200).body("items.action", hasItem("WEBHOOK_DELIVERED"))
                    .body("items.user", hasItem("service-account-police-system"));
        }

        @Test
        void onlyTheSubscribedTypesAreSent() throws Exception {
            Fixtures.SchemeRef mine = Fixtures.scheme();
            String token = partner("police-system", mine.code());
            subscribe(token, url(), List.of("uk.ppo.offender.custody.sentenced.v1"));
            String person = Fixtures.adult(mine.id());
            select(person);
            sentence(person);
            work(2, 100);
            assertEquals(List.of("uk.ppo.offender.custody.sentenced.v1"), typesAbout(person));
        }

        @Test
        void anEventWhosePersonLeftTheSubscribersScopeBeforeSendingIsSkipped() throws Exception {
            Fixtures.SchemeRef mine = Fixtures.scheme();
            String token = partner("police-system", mine.code());
            String id = subscribe(token, url(), List.of("*"));
            String person = Fixtures.adult(mine.id());
            select(person);
            QuarkusTransaction.requiringNew().call(deliveries::fanOut);
            // the partner system's scope changes: its next call brings the subscription's scope up to date
            given().auth().oauth2(partner("police-system", Fixtures.freshCode())).get("/api/v1/subscriptions").then().statusCode(200);
            work(2, 100);
            assertEquals(List.of(), typesAbout(person));
            JsonPath skipped = deliveriesOf(token, id, "SKIPPED");
            assertEquals(1, skipped.getList("items").size());
            assertEquals(0, skipped.getInt("items[0].attempts"));
            assertEquals(DeliveryWorker.SKIPPED, skipped.getString("items[0].lastError"));
        }

        @Test
        void aDeliveryStillFailingAfterTheGiveUpTimeIsDeadLetteredAndReplayedOnRequest() throws Exception {
            Fixtures.SchemeRef mine = Fixtures.scheme();
            String token = partner("police-system", mine.code());
            String id = subscribe(token, url(), List.of("*"));
            String person = Fixtures.adult(mine.id());
            select(person);
            sentence(person);
            alwaysFail = true;
            // %test gives up 5 s after the first attempt; the later event waits behind the first until it is dead
            long until = System.currentTimeMillis() + 13_000;
            while (System.currentTimeMillis() < until && deliveriesOf(token, id, "DEAD").getList("items").size() < 2) {
                work(1, 300);
            }
            JsonPath dead = deliveriesOf(token, id, "DEAD");
            assertEquals(2, dead.getList("items").size(), dead.prettify());
            assertEquals(500, dead.getInt("items[0].lastStatus"));
            assertEquals("HTTP 500", dead.getString("items[0].lastError"));
            assertTrue(dead.getInt("items[0].attempts") >= 3, "retried with backoff before giving up");
            assertEquals(List.of(), received);

            alwaysFail = false;
            String deliveryId = dead.getString("items[0].id");
            given().auth().oauth2(token).post("/api/v1/subscriptions/{id}/deliveries/{d}/replay", id, deliveryId).then().statusCode(202)
                    .body("status", equalTo("PENDING")).body("attempts", equalTo(dead.getInt("items[0].attempts")));
            given().auth().oauth2(token).post("/api/v1/subscriptions/{id}/deliveries/{d}/replay", id, deliveryId).then().statusCode(409);
            given().auth().oauth2(token).post("/api/v1/subscriptions/{id}/deliveries/{d}/replay", id, UUID.randomUUID()).then().statusCode(404);
            work(2, 100);
            assertEquals(List.of(dead.getString("items[0].eventId")), received.stream().map(e -> e.path("id").asText()).toList());
            given().auth().oauth2(token).post("/api/v1/subscriptions/{id}/deliveries/replay", id).then().statusCode(202).body("replayed", equalTo(1));
            work(2, 100);
            assertEquals(2, received.size());
            assertEquals(List.of("uk.ppo.offender.decision.recorded.v1", "uk.ppo.offender.custody.sentenced.v1"), typesAbout(person));
            // an unknown state matches nothing, like every enum query parameter of the suite (JAX-RS: 404)
            given().auth().oauth2(token).queryParam("status", "LOST").get("/api/v1/subscriptions/{id}/deliveries", id).then().statusCode(404);
        }

        @Test
        void twoWorkersClaimDisjointDeliveriesAndNeverALaterEventOfAPersonBeingSent() throws Exception {
            Fixtures.SchemeRef mine = Fixtures.scheme();
            String token = partner("police-system", mine.code());
            subscribe(token, url(), List.of("*"));
            String first = Fixtures.adult(mine.id());
            String second = Fixtures.adult(mine.id());
            for (String person : List.of(first, second)) {
                select(person);
                sentence(person);
            }
            QuarkusTransaction.requiringNew().call(deliveries::fanOut);
            // three workers, each holding its claim: two get one person's first event each, the third nothing (the
            // later events wait behind the held earlier ones)
            CountDownLatch claimed = new CountDownLatch(3);
            CountDownLatch release = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(3);
            try {
                List<Future<Optional<Long>>> claims = new ArrayList<>();
                for (int i = 0; i < 3; i++) {
                    claims.add(pool.submit(() -> QuarkusTransaction.requiringNew().call(() -> {
                        Optional<Deliveries.Claimed> c = deliveries.claimDue();
                        claimed.countDown();
                        release.await(20, TimeUnit.SECONDS);
                        return c.map(Deliveries.Claimed::sequence);
                    })));
                }
                assertTrue(claimed.await(20, TimeUnit.SECONDS));
                release.countDown();
                List<Long> got = new ArrayList<>();
                for (Future<Optional<Long>> f : claims) {
                    f.get(30, TimeUnit.SECONDS).ifPresent(got::add);
                }
                assertEquals(2, got.size(), "one claim per person: " + got);
                assertNotEquals(got.get(0), got.get(1));
                List<Long> firstEvents = new ArrayList<>();
                for (String person : List.of(first, second)) {
                    firstEvents.add(Long.parseLong(Fixtures.queryAbout(db, "SELECT min(sequence) FROM outbox_event WHERE subject = ?", person)));
                }
                assertTrue(got.containsAll(firstEvents), "each person's earliest event: " + got + " " + firstEvents);
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
