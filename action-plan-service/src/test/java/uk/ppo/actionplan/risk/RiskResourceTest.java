package uk.ppo.actionplan.risk;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.ppo.common.testing.OidcTestResource;
import uk.ppo.common.testing.PostgresTestResource;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.ppo.actionplan.Fixtures.ADMIN;
import static uk.ppo.actionplan.Fixtures.ANALYST;
import static uk.ppo.actionplan.Fixtures.AUDITOR;
import static uk.ppo.actionplan.Fixtures.COORDINATOR;
import static uk.ppo.actionplan.Fixtures.OFFENDER_MANAGER;
import static uk.ppo.actionplan.Fixtures.OFFICER;
import static uk.ppo.actionplan.Fixtures.PARTNER;
import static uk.ppo.actionplan.Fixtures.fresh;

@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "schema", value = "action_plan"))
@QuarkusTestResource(OidcTestResource.class)
class RiskResourceTest {

    static final String RISKS = "/api/v1/risks";
    static final String NI30_DELIVERY_PLAN = "c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0530";

    @Inject
    RiskService service;

    /** 000's first NI 30 risk, scored 4 × 3 for the test, reviewed at the end of September 2010. */
    static Map<String, Object> accommodation(String partnership) {
        Map<String, Object> body = new HashMap<>();
        body.put("partnership", partnership);
        body.put("risk", "PPOs fail to gain access to suitable accommodation");
        body.put("cause", "Too few supported housing places for ex-offenders");
        body.put("effect", "PPOs released homeless re-offend");
        body.put("owner", Map.of("organisation", "Sussex Probation Area", "jobTitle", "Director, East Sussex and Brighton Local Delivery Units"));
        body.put("likelihood", 4);
        body.put("impact", 3);
        body.put("mitigations", List.of("Ensure Rent Deposit Scheme is operating as intended and meets identified needs",
                "Develop supported accommodation access through the Ex-Offenders Steering Group."));
        body.put("identifiedOn", "2009-05-08");
        body.put("reviewDate", "2010-09-30");
        body.put("link", Map.of("kind", "DELIVERY_PLAN", "id", NI30_DELIVERY_PLAN));
        return body;
    }

    static String create(Map<String, Object> body) {
        return given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(body).post(RISKS)
                .then().statusCode(201).extract().path("id");
    }

    @Nested
    class Create {

        @Test
        void aCoordinatorEntersARiskScoredLikelihoodTimesImpactAndEveryReaderSeesIt() {
            String partnership = fresh("Partnership");
            String id = given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(accommodation(partnership))
                    .post(RISKS).then().statusCode(201)
                    .header("Location", containsString(RISKS + "/"))
                    .header("ETag", equalTo("\"0\""))
                    .body("score", equalTo(12))
                    .body("rating", equalTo("MEDIUM"))
                    .body("status", equalTo("OPEN"))
                    .body("owner.jobTitle", equalTo("Director, East Sussex and Brighton Local Delivery Units"))
                    .body("link.kind", equalTo("DELIVERY_PLAN"))
                    .body("link.id", equalTo(NI30_DELIVERY_PLAN))
                    .body("createdBy", equalTo("cora.coordinator"))
                    .extract().path("id");
            for (String reader : List.of(ANALYST, PARTNER, OFFENDER_MANAGER, ADMIN, COORDINATOR)) {
                given().auth().oauth2(reader).queryParam("asOf", "2010-06-18").get(RISKS + "/{id}", id).then().statusCode(200)
                        .body("risk", equalTo("PPOs fail to gain access to suitable accommodation"))
                        .body("mitigations", hasItem("Develop supported accommodation access through the Ex-Offenders Steering Group."))
                        .body("reviewOverdue", equalTo(false))
                        .body("asOf", equalTo("2010-06-18"));
            }
        }

        @Test
        void aRiskNotYetAssessedHasNoScoreAndNoRating() {
            Map<String, Object> body = accommodation(fresh("Partnership"));
            body.remove("likelihood");
            body.remove("impact");
            body.remove("owner");
            given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(body).post(RISKS).then().statusCode(201)
                    .body("score", nullValue()).body("rating", nullValue()).body("owner", nullValue());
        }

        @Test
        void aReviewDateAlreadyPastIsAcceptedAndFlaggedAtOnce() {
            Map<String, Object> body = accommodation(fresh("Partnership"));
            given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(body).post(RISKS).then().statusCode(201)
                    .body("reviewDate", equalTo("2010-09-30"))
                    .body("reviewOverdue", equalTo(true));
        }

        @ParameterizedTest
        @ValueSource(ints = {0, 6})
        void refusesALikelihoodOutsideOneToFiveNamingTheField(int likelihood) {
            Map<String, Object> body = accommodation(fresh("Partnership"));
            body.put("likelihood", likelihood);
            given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(body).post(RISKS).then().statusCode(400)
                    .contentType("application/problem+json").body("violations.field", hasItem("likelihood"));
        }

        @Test
        void refusesAnImpactWithoutALikelihood() {
            Map<String, Object> body = accommodation(fresh("Partnership"));
            body.remove("likelihood");
            given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(body).post(RISKS).then().statusCode(400)
                    .body("violations[0].field", equalTo("likelihood"));
        }

        @Test
        void refusesAClosedRiskWithoutAClosingNote() {
            Map<String, Object> body = accommodation(fresh("Partnership"));
            body.put("status", "CLOSED");
            given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(body).post(RISKS).then().statusCode(400)
                    .body("violations[0].field", equalTo("closingNote"));
        }

        @Test
        void refusesAReviewBeforeTheRiskWasIdentifiedAndALinkToNothing() {
            Map<String, Object> early = accommodation(fresh("Partnership"));
            early.put("reviewDate", "2009-01-31");
            given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(early).post(RISKS).then().statusCode(400)
                    .body("violations[0].field", equalTo("reviewDate"));
            Map<String, Object> nowhere = accommodation(fresh("Partnership"));
            nowhere.put("link", Map.of("kind", "PROJECT", "id", UUID.randomUUID().toString()));
            given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(nowhere).post(RISKS).then().statusCode(400)
                    .body("violations[0].field", equalTo("link.id"));
        }

        @Test
        void onlyCoordinatorsAndAdminsEnterRisks() {
            for (String token : List.of(ANALYST, PARTNER, OFFENDER_MANAGER, OFFICER)) {
                given().auth().oauth2(token).contentType(ContentType.JSON).body(accommodation(fresh("Partnership"))).post(RISKS)
                        .then().statusCode(403).contentType("application/problem+json");
            }
            given().auth().oauth2(OFFICER).get(RISKS).then().statusCode(403);
            given().contentType(ContentType.JSON).body(accommodation(fresh("Partnership"))).post(RISKS).then().statusCode(401);
            given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(accommodation(fresh("Partnership"))).post(RISKS)
                    .then().statusCode(201);
        }
    }

    @Nested
    class ListAndFlag {

        @Test
        void filtersByPartnershipStatusScoreAndOverdueReviewAsOfADay() {
            String partnership = fresh("Partnership");
            String accommodation = create(accommodation(partnership));
            Map<String, Object> high = accommodation(partnership);
            high.put("risk", "Failure to establish rapid access to substitute prescribing");
            high.put("likelihood", 5);
            high.put("impact", 4);
            high.put("reviewDate", "2010-12-31");
            String prescribing = create(high);

            given().auth().oauth2(ANALYST).queryParam("partnership", partnership).queryParam("asOf", "2010-10-21").get(RISKS)
                    .then().statusCode(200)
                    .body("total", equalTo(2))
                    .body("items.id", contains(prescribing, accommodation))
                    .body("items.rating", contains("HIGH", "MEDIUM"))
                    .body("items.reviewOverdue", contains(false, true));
            given().auth().oauth2(ANALYST).queryParam("partnership", partnership).queryParam("asOf", "2010-10-21")
                    .queryParam("reviewOverdue", true).get(RISKS)
                    .then().statusCode(200).body("items.id", contains(accommodation));
            given().auth().oauth2(ANALYST).queryParam("partnership", partnership).queryParam("asOf", "2010-09-30")
                    .queryParam("reviewOverdue", true).get(RISKS)
                    .then().statusCode(200).body("items", empty());
            given().auth().oauth2(ANALYST).queryParam("partnership", partnership).queryParam("asOf", "2010-10-21")
                    .queryParam("reviewOverdue", false).get(RISKS)
                    .then().statusCode(200).body("items.id", contains(prescribing));
            given().auth().oauth2(ANALYST).queryParam("partnership", partnership).queryParam("minScore", 15).get(RISKS)
                    .then().statusCode(200).body("items.id", contains(prescribing));
            given().auth().oauth2(ANALYST).queryParam("partnership", partnership).queryParam("status", "CLOSED").get(RISKS)
                    .then().statusCode(200).body("total", equalTo(0));
        }

        @Test
        void refusesAnAsOfThatIsNoDateAndAMinimumScoreOutsideOneToTwentyFive() {
            given().auth().oauth2(ANALYST).queryParam("asOf", "18 June 2010").get(RISKS).then().statusCode(400)
                    .body("violations[0].field", equalTo("asOf"));
            given().auth().oauth2(ANALYST).queryParam("minScore", 26).get(RISKS).then().statusCode(400)
                    .contentType("application/problem+json");
        }

        @Test
        void theBoardPackReadsTheOpenRisksOfAPartnershipHighestScoreFirst() {
            String partnership = fresh("Partnership");
            String accommodation = create(accommodation(partnership));
            Map<String, Object> unscored = accommodation(partnership);
            unscored.put("risk", "Funding reductions");
            unscored.remove("likelihood");
            unscored.remove("impact");
            String funding = create(unscored);
            Map<String, Object> closed = accommodation(partnership);
            closed.put("status", "CLOSED");
            closed.put("closedOn", "2010-10-01");
            closed.put("closingNote", "Rent deposit scheme in place");
            create(closed);

            List<RiskRecords.RiskView> open = service.open(partnership, LocalDate.parse("2010-10-21"));
            assertEquals(List.of(UUID.fromString(accommodation), UUID.fromString(funding)), open.stream().map(RiskRecords.RiskView::id).toList());
            assertEquals(List.of(true, true), open.stream().map(RiskRecords.RiskView::reviewOverdue).toList());
            assertEquals(RiskRating.Band.MEDIUM, open.get(0).rating());
        }
    }

    @Nested
    class UpdateAndHistory {

        @Test
        void anUpdateRescoresAndIsKeptInTheHistoryAndAClosedRiskIsNoLongerOverdue() {
            String id = create(accommodation(fresh("Partnership")));
            Map<String, Object> body = accommodation((String) given().auth().oauth2(ANALYST).get(RISKS + "/{id}", id).path("partnership"));
            body.put("likelihood", 5);
            body.put("reviewDate", "2010-12-31");
            given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body)
                    .put(RISKS + "/{id}", id).then().statusCode(200)
                    .header("ETag", equalTo("\"1\""))
                    .body("score", equalTo(15)).body("rating", equalTo("HIGH")).body("updatedBy", equalTo("cora.coordinator"));
            given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body)
                    .put(RISKS + "/{id}", id).then().statusCode(412).body("violations[0].field", equalTo("If-Match"));
            given().auth().oauth2(ANALYST).queryParam("asOf", "2011-01-04").get(RISKS + "/{id}", id).then()
                    .body("reviewOverdue", equalTo(true));

            body.put("status", "CLOSED");
            given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).header("If-Match", "\"1\"").body(body)
                    .put(RISKS + "/{id}", id).then().statusCode(400).body("violations[0].field", equalTo("closingNote"));
            body.put("closedOn", "2011-01-05");
            body.put("closingNote", "Supported accommodation pathway in place");
            given().auth().oauth2(ADMIN).contentType(ContentType.JSON).header("If-Match", "\"1\"").body(body)
                    .put(RISKS + "/{id}", id).then().statusCode(200)
                    .body("status", equalTo("CLOSED")).body("closedOn", equalTo("2011-01-05"));
            given().auth().oauth2(ANALYST).queryParam("asOf", "2011-01-06").get(RISKS + "/{id}", id).then()
                    .body("reviewOverdue", equalTo(false));

            given().auth().oauth2(AUDITOR).get(RISKS + "/{id}/history", id).then().statusCode(200)
                    .body("total", equalTo(3))
                    .body("items.what", contains("CREATED", "UPDATED", "CLOSED"))
                    .body("items.by", contains("cora.coordinator", "cora.coordinator", "ada.admin"))
                    .body("items.version", contains(0, 1, 2))
                    .body("items[1].changes.field", contains("likelihood", "reviewDate"))
                    .body("items[1].changes.from", contains("4", "2010-09-30"))
                    .body("items[1].changes.to", contains("5", "2010-12-31"))
                    .body("items[2].changes.field", contains("status", "closedOn", "closingNote"));
            given().auth().oauth2(ANALYST).get(RISKS + "/{id}/history", id).then().statusCode(403);
        }

        @Test
        void anUpdateThatChangesNothingKeepsTheVersionAndAddsNoHistory() {
            Map<String, Object> body = accommodation(fresh("Partnership"));
            String id = create(body);
            given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(body).put(RISKS + "/{id}", id)
                    .then().statusCode(200).header("ETag", equalTo("\"0\""));
            given().auth().oauth2(COORDINATOR).get(RISKS + "/{id}/history", id).then().body("total", equalTo(1));
        }

        @Test
        void anUnknownRiskIsA404() {
            given().auth().oauth2(ANALYST).get(RISKS + "/{id}", UUID.randomUUID()).then().statusCode(404)
                    .contentType("application/problem+json");
            given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(accommodation(fresh("Partnership")))
                    .put(RISKS + "/{id}", UUID.randomUUID()).then().statusCode(404);
        }
    }
}
