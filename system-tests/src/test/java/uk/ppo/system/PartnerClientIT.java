package uk.ppo.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.ppo.client.ApiClient;
import uk.ppo.client.ApiException;
import uk.ppo.client.api.EventsForPartnersApi;
import uk.ppo.client.api.OffencesApi;
import uk.ppo.client.api.OffendersApi;
import uk.ppo.client.api.StatusApi;
import uk.ppo.client.model.BulkOffence;
import uk.ppo.client.model.BulkOffenceResponse;
import uk.ppo.client.model.DecisionType;
import uk.ppo.client.model.OffenceCategory;
import uk.ppo.client.model.OffenceStatus;
import uk.ppo.client.model.OutboxEvent;
import uk.ppo.client.model.OutboxEventPage;
import uk.ppo.client.model.PpoStatus;
import uk.ppo.client.model.Problem;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A partner's day through the gateway with the Java client the build generates from the committed API document
 * (module api): the police system takes a client-credentials token, pushes a day's offences in bulk, looks up
 * whether a person is a PPO, reads the panel's decision from the events for partners, sees a bad record refused
 * by name and gets a typed problem for a bad call.
 */
@ExtendWith(RunningSuite.class)
class PartnerClientIT {

    @Test
    void thePoliceSystemsDayWithTheGeneratedClient() throws Exception {
        String coordinator = RunningSuite.tokenFor("cora.coordinator");
        String pnc = ConcurrencyAndCrashIT.freshPnc();
        String person = ConcurrencyAndCrashIT.person(coordinator, pnc);
        given().auth().oauth2(coordinator).contentType(ContentType.JSON)
                .body(Map.of("type", "SELECT", "listedFor", "PROLIFIC", "strand", "CATCH_CONVICT", "decidedOn", LocalDate.now().toString(),
                        "rationale", "Matrix score and partner evidence", "attendingAgencies", List.of("POLICE", "PROBATION")))
                .post("/api/v1/offenders/{id}/decisions", person).then().statusCode(201);

        // the partner's own code from here on: a client-credentials token and the generated client
        String token = RunningSuite.clientToken("police-system", "police-system-local-secret");
        ApiClient client = new ApiClient();
        client.updateBaseUri(RunningSuite.suite().config().gatewayUrl());
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));

        List<BulkOffence> day = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            day.add(new BulkOffence().pncId(pnc).sourceSystem("police-system").sourceId("DAY-" + i + "-" + pnc)
                    .category(OffenceCategory.BURGLARY_DWELLING).status(OffenceStatus.CONVICTED).offenceDate(LocalDate.now().minusDays(i)));
        }
        BulkOffenceResponse pushed = new OffencesApi(client).pushOffencesBulk(day);
        assertEquals(3, pushed.getCreated());
        assertEquals(0, pushed.getRejected());
        // the same day pushed again (a retry) changes nothing
        BulkOffenceResponse again = new OffencesApi(client).pushOffencesBulk(day);
        assertEquals(0, again.getCreated());

        PpoStatus status = new StatusApi(client).lookupStatus(pnc);
        assertTrue(status.getPpo(), "the person selected by the panel is a PPO: " + status);
        assertEquals(pnc, status.getPncId());

        assertEquals(pnc, new OffendersApi(client).getOffender(java.util.UUID.fromString(person)).getPncId());

        OutboxEvent decision = decisionAbout(new EventsForPartnersApi(client), person);
        assertEquals("uk.ppo.offender.decision.recorded.v1", decision.getType());
        assertEquals(DecisionType.SELECT, decision.getData().getDecisionType());
        assertEquals("HASTINGS", decision.getData().getSchemeCode());

        // a bad record in a push is refused on its own, naming its field; a bad call answers a problem the client reads
        List<BulkOffence> bad = List.of(new BulkOffence().pncId(pnc).sourceSystem("police-system").sourceId("BAD-" + pnc)
                .category(OffenceCategory.BURGLARY_DWELLING).status(OffenceStatus.CONVICTED).offenceDate(LocalDate.now().plusDays(30)));
        BulkOffenceResponse refusedRecord = new OffencesApi(client).pushOffencesBulk(bad);
        assertEquals(1, refusedRecord.getRejected());
        assertTrue(refusedRecord.getResults().get(0).getErrors().stream().anyMatch(e -> e.contains("offenceDate")),
                refusedRecord.toString());
        ApiException refused = assertThrows(ApiException.class, () -> new StatusApi(client).lookupStatus("not a PNC"));
        assertEquals(400, refused.getCode());
        Problem problem = new ObjectMapper().findAndRegisterModules().readValue(refused.getResponseBody(), Problem.class);
        assertTrue(problem.getViolations().stream().anyMatch(v -> v.getField().equals("pnc")), problem.toString());
        System.out.printf("PARTNER CLIENT: pushed %d offences, status ppo=%s, decision %s read from the events%n",
                pushed.getCreated(), status.getPpo(), decision.getId());
    }

    private static OutboxEvent decisionAbout(EventsForPartnersApi events, String person) throws ApiException {
        long after = 0;
        while (true) {
            OutboxEventPage page = events.listOutboxEvents(after, 500);
            for (OutboxEvent event : page.getItems()) {
                if (event.getSubject().toString().equals(person) && event.getType().startsWith("uk.ppo.offender.decision.")) {
                    return event;
                }
            }
            if (page.getNext() == after) {
                throw new AssertionError("no decision event about " + person);
            }
            after = page.getNext();
        }
    }
}
