package uk.ppo.system;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.ppo.system.TraceReceiver.ReceivedSpan;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * One request through the gateway is one trace down to PostgreSQL: a coordinator reads a person's ASSET assessments,
 * which scoring-service serves after asking offender-service which scheme the person is in. Every process exports its
 * spans over OTLP to the test's {@link TraceReceiver}, and they form one trace: the gateway's server span with the
 * request id, its client span, scoring-service's server span as that client span's child with the same request id and
 * JDBC spans below it, and offender-service's server span (with its own JDBC span) below a client span of scoring-service.
 * An officer's lookup by PNC id leaves the id in no exported span (queries are redacted) and in no log file.
 */
@ExtendWith(RunningSuite.class)
class TracingIT {

    static final Duration EXPORT_WAIT = Duration.ofSeconds(60);
    /** Longer than the batch span processor's export delay (RunningSuite sets 500 ms). */
    static final Duration SETTLE = Duration.ofSeconds(2);

    @Test
    void oneRequestThroughTheGatewayIsOneTraceFromGatewayThroughTheServicesToPostgres() throws Exception {
        String coordinator = RunningSuite.tokenFor("cora.coordinator");
        String person = personInANewScheme(coordinator, ScoringIT.pnc());

        String requestId = "tracing-it-" + UUID.randomUUID();
        given().auth().oauth2(coordinator).header("X-Request-Id", requestId).header("X-Purpose", "tracing test")
                .get("/api/v1/scoring/people/{id}/asset-assessments", person)
                .then().statusCode(200).header("X-Request-Id", requestId);

        TraceReceiver receiver = TraceReceiver.running();
        ReceivedSpan gatewayServer = await("the gateway's server span with the request id", () -> receiver
                .withAttribute("ppo.request_id", requestId).stream()
                .filter(s -> s.service().equals("gateway") && s.kind().equals("SERVER")).findFirst());
        String traceId = gatewayServer.traceId();
        ReceivedSpan offenderJdbc = await("offender-service's JDBC span in the same trace", () -> receiver.trace(traceId).stream()
                .filter(s -> s.service().equals("offender-service") && isJdbc(s)).findFirst());

        // Each process exports on its own schedule: wait for scoring-service's server span (which ends last) and an
        // answer of offender-service's to one of its calls, then until no more spans of the trace arrive.
        await("scoring-service's server span in the same trace", () -> receiver.trace(traceId).stream()
                .filter(s -> s.service().equals("scoring-service") && s.kind().equals("SERVER")).findFirst());
        await("offender-service's server span below a call of scoring-service's", () -> {
            List<ReceivedSpan> sofar = receiver.trace(traceId);
            return sofar.stream().filter(s -> s.service().equals("offender-service") && s.kind().equals("SERVER")
                    && sofar.stream().anyMatch(call -> call.spanId().equals(s.parentSpanId())
                            && call.service().equals("scoring-service"))).findFirst();
        });
        settled(receiver, traceId);

        List<ReceivedSpan> trace = receiver.trace(traceId);
        ReceivedSpan scoringServer = one(trace, "scoring-service's server span",
                s -> s.service().equals("scoring-service") && s.kind().equals("SERVER"));
        ReceivedSpan gatewayClient = parent(trace, scoringServer);
        assertEquals("gateway", gatewayClient.service(), "scoring-service's server span is the child of the gateway's span");
        assertEquals("CLIENT", gatewayClient.kind(), "the gateway's proxy sent the traceparent of its client span");
        assertTrue(descends(trace, gatewayClient, gatewayServer), "the proxy's call belongs to the gateway's request");
        assertEquals(requestId, scoringServer.attributes().get("ppo.request_id"), "the request id on scoring-service's span");
        assertTrue(trace.stream().anyMatch(s -> s.service().equals("scoring-service") && isJdbc(s) && descends(trace, s, scoringServer)),
                "no JDBC span of scoring-service below its server span: " + trace);

        List<ReceivedSpan> offenderServers = trace.stream()
                .filter(s -> s.service().equals("offender-service") && s.kind().equals("SERVER")).toList();
        assertTrue(!offenderServers.isEmpty(), "no server span of offender-service in " + trace);
        for (ReceivedSpan offenderServer : offenderServers) {
            ReceivedSpan scoringClient = parent(trace, offenderServer);
            assertEquals("scoring-service", scoringClient.service());
            assertEquals("CLIENT", scoringClient.kind(), "scoring-service's REST client sent the traceparent");
            assertTrue(descends(trace, scoringClient, scoringServer), "the REST client call belongs to scoring-service's request");
        }
        assertTrue(offenderServers.stream().anyMatch(server -> descends(trace, offenderJdbc, server)),
                "offender-service's JDBC span is below its server span");
        assertEquals("", gatewayServer.parentSpanId(), "the trace starts at the gateway");
    }

    @Test
    void noPersonalDataLeavesInSpansOrLogLines() throws Exception {
        String officer = RunningSuite.tokenFor("oscar.officer");
        String pnc = ScoringIT.pnc();
        personInANewScheme(RunningSuite.tokenFor("cora.coordinator"), pnc);

        String requestId = "tracing-it-" + UUID.randomUUID();
        given().auth().oauth2(officer).header("X-Request-Id", requestId).queryParam("pnc", pnc)
                .get("/api/v1/status").then().statusCode(anyOf(is(200), is(404)));

        TraceReceiver receiver = TraceReceiver.running();
        ReceivedSpan gatewayServer = await("the status lookup's gateway span", () -> receiver.withAttribute("ppo.request_id", requestId)
                .stream().filter(s -> s.service().equals("gateway") && s.kind().equals("SERVER")).findFirst());
        await("offender-service's JDBC span of the lookup", () -> receiver.trace(gatewayServer.traceId()).stream()
                .filter(s -> s.service().equals("offender-service") && isJdbc(s)).findFirst());
        String encoded = URLEncoder.encode(pnc, StandardCharsets.UTF_8);
        List<ReceivedSpan> trace = receiver.trace(gatewayServer.traceId());
        for (ReceivedSpan span : trace) {
            String everything = span.name() + " " + span.attributes();
            assertFalse(everything.contains(pnc) || everything.contains(encoded), "the PNC id in an exported span: " + span);
        }
        assertTrue(trace.stream().anyMatch(s -> "REDACTED".equals(s.attributes().get("url.query"))),
                "the query is recorded, redacted: " + trace);

        Path logs = RunningSuite.suite().config().dataDirectory().resolve("logs");
        try (Stream<Path> files = Files.list(logs)) {
            for (Path log : files.filter(f -> f.toString().endsWith(".log")).toList()) {
                String text = Files.readString(log, StandardCharsets.ISO_8859_1);
                assertFalse(text.contains(pnc) || text.contains(encoded), "the PNC id in " + log.getFileName());
            }
        }
    }

    /** A new person with {@code pnc} in a scheme of their own; their id. */
    private static String personInANewScheme(String coordinator, String pnc) {
        String code = "TR" + Long.toString(System.nanoTime(), 36).toUpperCase().substring(0, 6);
        String schemeId = given().auth().oauth2(RunningSuite.tokenFor("ada.admin")).contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", code + " scheme", "district", "Rother", "county", "East Sussex"))
                .post("/api/v1/schemes").then().statusCode(201).extract().path("id");
        return ScoringIT.person(coordinator, schemeId, pnc);
    }

    private static boolean isJdbc(ReceivedSpan span) {
        return span.kind().equals("CLIENT") && span.attributes().keySet().stream().anyMatch(k -> k.startsWith("db.system"))
                && span.attributes().containsValue("postgresql");
    }

    private static ReceivedSpan parent(List<ReceivedSpan> trace, ReceivedSpan span) {
        return trace.stream().filter(s -> s.spanId().equals(span.parentSpanId())).findFirst()
                .orElseThrow(() -> new AssertionError(span + " has no parent in the trace: " + trace));
    }

    /** Whether {@code span} is {@code ancestor} or below it, following parent ids through the trace. */
    private static boolean descends(List<ReceivedSpan> trace, ReceivedSpan span, ReceivedSpan ancestor) {
        ReceivedSpan at = span;
        for (int depth = 0; at != null && depth < 50; depth++) {
            if (at.spanId().equals(ancestor.spanId())) {
                return true;
            }
            String parent = at.parentSpanId();
            at = trace.stream().filter(s -> s.spanId().equals(parent)).findFirst().orElse(null);
        }
        return false;
    }

    private static ReceivedSpan one(List<ReceivedSpan> trace, String what, Predicate<ReceivedSpan> test) {
        List<ReceivedSpan> found = trace.stream().filter(test).toList();
        assertEquals(1, found.size(), what + ": " + found + " in " + trace);
        return found.get(0);
    }

    /** Waits until no span of the trace has arrived for longer than the exporters' batch delay. */
    private static void settled(TraceReceiver receiver, String traceId) throws InterruptedException {
        Instant until = Instant.now().plus(EXPORT_WAIT);
        int seen = -1;
        while (Instant.now().isBefore(until)) {
            int now = receiver.trace(traceId).size();
            if (now == seen) {
                return;
            }
            seen = now;
            Thread.sleep(SETTLE.toMillis());
        }
    }

    private static ReceivedSpan await(String what, java.util.function.Supplier<Optional<ReceivedSpan>> find) throws InterruptedException {
        Instant until = Instant.now().plus(EXPORT_WAIT);
        while (Instant.now().isBefore(until)) {
            Optional<ReceivedSpan> found = find.get();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(250);
        }
        return fail("not exported within " + EXPORT_WAIT.toSeconds() + " s: " + what);
    }
}
