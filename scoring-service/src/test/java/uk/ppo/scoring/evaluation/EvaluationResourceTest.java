package uk.ppo.scoring.evaluation;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.ppo.common.testing.TestTokens;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

@QuarkusTest
class EvaluationResourceTest {

    static final String PARTNER = TestTokens.user("service-account-police-system").roles("partner-system").agency("police").token();
    static final LocalDate AS_OF = LocalDate.now(ZoneOffset.UTC).minusDays(1);

    static Map<String, Object> offence(String category, String status, LocalDate on, String... victims) {
        return Map.of("category", category, "status", status, "offenceDate", on.toString(), "victimTypes", List.of(victims));
    }

    static Map<String, Object> request(List<Map<String, Object>> offences) {
        Map<String, Object> body = new HashMap<>();
        body.put("asOf", AS_OF.toString());
        body.put("offences", offences);
        body.put("intelligenceDates", List.of(AS_OF.minusDays(28).toString(), AS_OF.minusDays(90).toString()));
        body.put("oasysHigh", false);
        body.put("pncMarker", true);
        return body;
    }

    @Nested
    class Evaluate {

        @Test
        void explainsEveryPointAndListsOffencesOutsideTheWindow() {
            Map<String, Object> body = request(List.of(
                    offence("BURGLARY_DWELLING_SERIES", "CONVICTED", AS_OF.minusDays(40), "ELDERLY"),
                    offence("BURGLARY_DWELLING_SERIES", "ADMITTED", AS_OF.minusDays(41)),
                    offence("SHOPLIFTING", "SUSPECTED", AS_OF.minusDays(50)),
                    offence("SHOPLIFTING", "CONVICTED", AS_OF.minusDays(60)),
                    offence("SHOPLIFTING", "CONVICTED", AS_OF.minusDays(70)),
                    offence("THEFT_OTHER", "CONVICTED", AS_OF.minusMonths(13))));
            given().auth().oauth2(PARTNER).contentType(ContentType.JSON).body(body)
                    .when().post("/api/v1/scoring/evaluations")
                    .then().statusCode(200)
                    .body("total", is(94))
                    .body("matrixVersion", is(1))
                    .body("lines.rule", is(List.of("BURGLARY_DWELLING_SERIES", "SHOPLIFTING", "VICTIM_ELDERLY",
                            "INTELLIGENCE_0_TO_28_DAYS", "SERIAL_OFFENDER_2_TO_6_OFFENCES", "IMPACT_MODERATE")))
                    .body("lines[0].count", is(2)).body("lines[0].points", is(5)).body("lines[0].multiplier", is(6)).body("lines[0].subtotal", is(60))
                    .body("excluded", hasSize(1))
                    .body("excluded[0].category", is("THEFT_OTHER"))
                    .body("excluded[0].reason", is("OUTSIDE_LOOK_BACK"))
                    .body("pncMarker", is(true));
        }

        @Test
        void ogrs3InputsAtTheThresholdAddTheOasysLine() {
            Map<String, Object> body = request(List.of());
            body.put("ogrs3", Map.of("sex", "MALE", "dateOfBirth", "2006-01-01", "currentConvictionDate", AS_OF.minusDays(10).toString(),
                    "followUpStart", AS_OF.minusDays(5).toString(), "totalSanctions", 25, "ageAtFirstSanction", 12,
                    "offenceGroup", "THEFT_NON_MOTOR"));
            given().auth().oauth2(PARTNER).contentType(ContentType.JSON).body(body)
                    .when().post("/api/v1/scoring/evaluations")
                    .then().statusCode(200)
                    .body("ogrs3.band", is("VERY_HIGH"))
                    .body("lines.rule", hasItem("OASYS_OGRS_HIGH"))
                    .body("total", is(5 + 5 + 1));
        }

        @Test
        void aNamedMatrixVersionIsUsedAndAnUnknownOneIsA400() {
            Map<String, Object> body = request(List.of());
            body.put("matrixVersion", 1);
            given().auth().oauth2(PARTNER).contentType(ContentType.JSON).body(body).post("/api/v1/scoring/evaluations")
                    .then().statusCode(200).body("matrixVersion", is(1));
            body.put("matrixVersion", 99999);
            given().auth().oauth2(PARTNER).contentType(ContentType.JSON).body(body).post("/api/v1/scoring/evaluations")
                    .then().statusCode(400).body("violations[0].field", is("matrixVersion"));
        }

        @Test
        void badInputIsAProblemNamingTheField() {
            Map<String, Object> body = request(List.of(offence("BURGLARY_DWELLING", "CONVICTED", AS_OF.plusDays(1))));
            given().auth().oauth2(PARTNER).contentType(ContentType.JSON).body(body).post("/api/v1/scoring/evaluations")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("violations[0].field", is("offences[0].offenceDate"));

            body = request(List.of(offence("BURGLARY_SHED", "CONVICTED", AS_OF)));
            given().auth().oauth2(PARTNER).contentType(ContentType.JSON).body(body).post("/api/v1/scoring/evaluations")
                    .then().statusCode(400).body("violations[0].field", is("offences[0].category"));

            body = request(List.of(offence("ROBBERY", "RUMOURED", AS_OF)));
            given().auth().oauth2(PARTNER).contentType(ContentType.JSON).body(body).post("/api/v1/scoring/evaluations")
                    .then().statusCode(400).body("violations[0].field", is("offences[0].status"));

            body = request(List.of(offence("ROBBERY", "CONVICTED", AS_OF, "NEIGHBOUR")));
            given().auth().oauth2(PARTNER).contentType(ContentType.JSON).body(body).post("/api/v1/scoring/evaluations")
                    .then().statusCode(400).body("violations[0].field", is("offences[0].victimTypes[0]"));

            body = request(List.of());
            body.put("asOf", LocalDate.now(ZoneOffset.UTC).plusDays(2).toString());
            given().auth().oauth2(PARTNER).contentType(ContentType.JSON).body(body).post("/api/v1/scoring/evaluations")
                    .then().statusCode(400).body("violations.field", hasItem("asOf"));

            body = request(List.of());
            body.put("intelligenceDates", List.of(AS_OF.plusDays(1).toString()));
            given().auth().oauth2(PARTNER).contentType(ContentType.JSON).body(body).post("/api/v1/scoring/evaluations")
                    .then().statusCode(400).body("violations[0].field", is("intelligenceDates[0]"));

            body = request(List.of());
            body.remove("asOf");
            given().auth().oauth2(PARTNER).contentType(ContentType.JSON).body(body).post("/api/v1/scoring/evaluations")
                    .then().statusCode(400).body("violations[0].field", is("asOf"));
        }

        @Test
        void anOversizedRequestIsRefused() {
            Map<String, Object> many = offence("ROBBERY", "CONVICTED", AS_OF);
            Map<String, Object> body = request(java.util.Collections.nCopies(2001, many));
            given().auth().oauth2(PARTNER).contentType(ContentType.JSON).body(body).post("/api/v1/scoring/evaluations")
                    .then().statusCode(400).body("violations[0].field", is("offences"));
        }

        @Test
        void officersAndAuditorsMayNotEvaluateAndNoTokenIs401() {
            given().contentType(ContentType.JSON).body(request(List.of())).post("/api/v1/scoring/evaluations").then().statusCode(401);
            for (String role : new String[] {"officer", "auditor"}) {
                given().auth().oauth2(TestTokens.forRole(role)).contentType(ContentType.JSON).body(request(List.of()))
                        .post("/api/v1/scoring/evaluations").then().statusCode(403);
            }
        }

        @Test
        void aSchemeOutsideTheCallersIsAnsweredAsAnUnknownSchemeAndItsOwnCoordinatorGetsItsVersion() {
            java.util.UUID eastbourne = uk.ppo.scoring.support.OffenderScopes.scheme("EASTBOURNE");
            java.util.UUID unknown = java.util.UUID.randomUUID();
            String hastingsOnly = TestTokens.user("sam.scoped").roles("coordinator").schemes("HASTINGS").token();
            Map<String, Object> body = request(List.of());
            body.put("schemeId", eastbourne.toString());
            var outOfScope = given().auth().oauth2(hastingsOnly).contentType(ContentType.JSON).body(body)
                    .post("/api/v1/scoring/evaluations").then().statusCode(404).extract();
            body.put("schemeId", unknown.toString());
            var notThere = given().auth().oauth2(hastingsOnly).contentType(ContentType.JSON).body(body)
                    .post("/api/v1/scoring/evaluations").then().statusCode(404).extract();
            org.junit.jupiter.api.Assertions.assertEquals(uk.ppo.scoring.support.OffenderScopes.shape(notThere, unknown),
                    uk.ppo.scoring.support.OffenderScopes.shape(outOfScope, eastbourne));
            body.put("schemeId", eastbourne.toString());
            given().auth().oauth2(TestTokens.user("eve.eastbourne").roles("coordinator").schemes("EASTBOURNE").token())
                    .contentType(ContentType.JSON).body(body).post("/api/v1/scoring/evaluations")
                    .then().statusCode(200).body("matrixVersion", is(1));
            body.remove("schemeId");
            given().auth().oauth2(hastingsOnly).contentType(ContentType.JSON).body(body).post("/api/v1/scoring/evaluations")
                    .then().statusCode(200);
        }
    }

    @Nested
    class Ogrs3 {

        static Map<String, Object> worked() {
            Map<String, Object> body = new HashMap<>();
            body.put("sex", "MALE");
            body.put("dateOfBirth", "1991-07-17");
            body.put("currentConvictionDate", "2021-08-05");
            body.put("followUpStart", "2021-12-12");
            body.put("totalSanctions", 2);
            body.put("ageAtFirstSanction", 21);
            body.put("offenceGroup", "FRAUD_FORGERY");
            return body;
        }

        @Test
        void thePublishedCasesReproduceOverHttp() {
            given().auth().oauth2(PARTNER).contentType(ContentType.JSON).body(worked()).post("/api/v1/scoring/ogrs3")
                    .then().statusCode(200).body("oneYearPercent", is(10.7f)).body("twoYearPercent", is(19.8f)).body("band", is("LOW"));
            Map<String, Object> soliciting = new HashMap<>(worked());
            soliciting.putAll(Map.of("dateOfBirth", "1965-12-07", "currentConvictionDate", "2025-05-13", "followUpStart", "2026-12-06",
                    "ageAtFirstSanction", 47, "offenceGroup", "SOLICITING_PROSTITUTION"));
            given().auth().oauth2(PARTNER).contentType(ContentType.JSON).body(soliciting).post("/api/v1/scoring/ogrs3")
                    .then().statusCode(200).body("oneYearPercent", is(8.3f)).body("twoYearPercent", is(15.7f)).body("band", is("LOW"));
        }

        @Test
        void theFirstSanctionMayBeGivenByDate() {
            Map<String, Object> body = worked();
            body.remove("ageAtFirstSanction");
            body.put("firstSanctionDate", "2012-09-03");
            given().auth().oauth2(PARTNER).contentType(ContentType.JSON).body(body).post("/api/v1/scoring/ogrs3")
                    .then().statusCode(200).body("twoYearPercent", is(19.8f));
        }

        @Test
        void impossibleHistoriesAreRefusedNamingTheField() {
            Map<String, Object> later = worked();
            later.put("ageAtFirstSanction", 31);
            given().auth().oauth2(PARTNER).contentType(ContentType.JSON).body(later).post("/api/v1/scoring/ogrs3")
                    .then().statusCode(400).body("violations[0].field", is("ageAtFirstSanction"));
            Map<String, Object> child = worked();
            child.put("dateOfBirth", "2014-01-01");
            child.put("ageAtFirstSanction", 10);
            given().auth().oauth2(PARTNER).contentType(ContentType.JSON).body(child).post("/api/v1/scoring/ogrs3")
                    .then().statusCode(400).body("violations.field", hasItem("currentConvictionDate"));
            Map<String, Object> young = worked();
            young.put("ageAtFirstSanction", 9);
            given().auth().oauth2(PARTNER).contentType(ContentType.JSON).body(young).post("/api/v1/scoring/ogrs3")
                    .then().statusCode(400).body("violations[0].field", is("ageAtFirstSanction"));
            Map<String, Object> both = worked();
            both.put("firstSanctionDate", "2012-09-03");
            given().auth().oauth2(PARTNER).contentType(ContentType.JSON).body(both).post("/api/v1/scoring/ogrs3")
                    .then().statusCode(400).body("violations[0].field", is("ageAtFirstSanction"));
            Map<String, Object> unknown = worked();
            unknown.put("offenceGroup", "JAYWALKING");
            given().auth().oauth2(PARTNER).contentType(ContentType.JSON).body(unknown).post("/api/v1/scoring/ogrs3")
                    .then().statusCode(400).body("violations[0].field", is("offenceGroup"));
            Map<String, Object> none = worked();
            none.put("totalSanctions", 0);
            given().auth().oauth2(PARTNER).contentType(ContentType.JSON).body(none).post("/api/v1/scoring/ogrs3")
                    .then().statusCode(400).body("violations[0].field", is("totalSanctions"));
        }
    }
}
