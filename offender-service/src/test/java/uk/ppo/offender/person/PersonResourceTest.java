package uk.ppo.offender.person;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.ppo.common.testing.TestTokens;
import uk.ppo.offender.Fixtures;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.ppo.offender.Fixtures.ADMIN;
import static uk.ppo.offender.Fixtures.AUDITOR;
import static uk.ppo.offender.Fixtures.COORDINATOR;
import static uk.ppo.offender.Fixtures.OFFICER;

@QuarkusTest
class PersonResourceTest {

    @Nested
    class Create {

        @Test
        void recordsAPersonAsACandidateWithTheCanonicalPncIdAndAuditsIt() {
            var scheme = Fixtures.scheme();
            String serial = Fixtures.freshPnc().substring(5, 12);
            Map<String, Object> body = Fixtures.person(scheme.id(), "19/" + Integer.parseInt(serial) + "k", LocalDate.of(1990, 4, 12));
            String id = given().auth().oauth2(COORDINATOR).header("X-Request-Id", "create-" + serial)
                    .contentType(ContentType.JSON).body(body)
                    .when().post("/api/v1/offenders")
                    .then().statusCode(201)
                    .header("ETag", equalTo("\"0\""))
                    .body("pncId", equalTo("2019/" + serial + "K"))
                    .body("status", equalTo("CANDIDATE"))
                    .body("scheme.code", equalTo(scheme.code()))
                    .body("leadOfficer.name", equalTo("PC 1234 Jo Bloggs"))
                    .extract().path("id");

            given().auth().oauth2(AUDITOR).queryParam("personId", id)
                    .when().get("/api/v1/audit")
                    .then().statusCode(200)
                    .body("items", hasSize(1))
                    .body("items[0].action", equalTo("PERSON_CREATE"))
                    .body("items[0].user", equalTo("cora.coordinator"))
                    .body("items[0].agency", equalTo("police"))
                    .body("items[0].roles", equalTo("coordinator"))
                    .body("items[0].requestId", equalTo("create-" + serial));
        }

        @Test
        void aPncIdAlreadyRecordedInAnotherFormIsAConflict() {
            var scheme = Fixtures.scheme();
            String pnc = Fixtures.freshPnc();
            Fixtures.create(Fixtures.person(scheme.id(), pnc, LocalDate.of(1990, 1, 1)));
            String otherForm = pnc.substring(2, 5) + Integer.parseInt(pnc.substring(5, 12)) + "K";
            given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON)
                    .body(Fixtures.person(scheme.id(), otherForm, LocalDate.of(1991, 1, 1)))
                    .when().post("/api/v1/offenders")
                    .then().statusCode(409).contentType("application/problem+json")
                    .body("violations[0].field", equalTo("pncId"));
            given().auth().oauth2(COORDINATOR).queryParam("pnc", pnc).get("/api/v1/offenders")
                    .then().statusCode(200).body("total", equalTo(1));
        }

        @Test
        void aNulInASearchTermIsA400NamingItNotA500() {
            given().auth().oauth2(COORDINATOR).queryParam("lastName", "Br\u0000own")
                    .when().get("/api/v1/offenders")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("violations[0].field", equalTo("lastName"));
        }

        @Test
        void badInputIsNamedAndStoresNothing() {
            var scheme = Fixtures.scheme();
            Map<String, Object> malformed = Fixtures.person(scheme.id(), "2004-0012345A", LocalDate.of(1990, 1, 1));
            given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(malformed)
                    .post("/api/v1/offenders").then().statusCode(400).body("violations[0].field", equalTo("pncId"));

            Map<String, Object> child = Fixtures.person(scheme.id(), Fixtures.freshPnc(), LocalDate.now().minusYears(9));
            given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(child)
                    .post("/api/v1/offenders").then().statusCode(400)
                    .body("violations[0].field", equalTo("dateOfBirth"))
                    .body("detail", containsString("younger than 10"));

            Map<String, Object> future = Fixtures.person(scheme.id(), Fixtures.freshPnc(), LocalDate.now().plusDays(3));
            given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(future)
                    .post("/api/v1/offenders").then().statusCode(400).body("violations.field", hasItem("dateOfBirth"));

            Map<String, Object> badEnum = Fixtures.person(scheme.id(), Fixtures.freshPnc(), LocalDate.of(1990, 1, 1));
            badEnum.put("gender", "M");
            given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(badEnum)
                    .post("/api/v1/offenders").then().statusCode(400)
                    .body("violations[0].field", equalTo("gender"))
                    .body("violations[0].message", containsString("MALE"));

            Map<String, Object> noScheme = Fixtures.person(java.util.UUID.randomUUID().toString(), Fixtures.freshPnc(), LocalDate.of(1990, 1, 1));
            given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(noScheme)
                    .post("/api/v1/offenders").then().statusCode(400).body("violations[0].field", equalTo("schemeId"));

            given().auth().oauth2(COORDINATOR).queryParam("schemeId", scheme.id()).get("/api/v1/offenders")
                    .then().statusCode(200).body("total", equalTo(0));
        }

        @Test
        void officersAndAnalystsCannotCreateOrReadRecordsAuditorsAndTheDpoReadButDoNotCreate() {
            var scheme = Fixtures.scheme();
            String id = Fixtures.adult(scheme.id());
            for (String token : new String[] {AUDITOR, TestTokens.forRole("data-protection-officer")}) {
                given().auth().oauth2(token).get("/api/v1/offenders/{id}", id).then().statusCode(200);
                given().auth().oauth2(token).contentType(ContentType.JSON)
                        .body(Fixtures.person(scheme.id(), Fixtures.freshPnc(), LocalDate.of(1990, 1, 1)))
                        .post("/api/v1/offenders").then().statusCode(403);
            }
            for (String token : new String[] {OFFICER, TestTokens.forRole("analyst")}) {
                given().auth().oauth2(token).get("/api/v1/offenders/{id}", id).then().statusCode(403);
                given().auth().oauth2(token).get("/api/v1/offenders").then().statusCode(403);
                given().auth().oauth2(token).contentType(ContentType.JSON)
                        .body(Fixtures.person(scheme.id(), Fixtures.freshPnc(), LocalDate.of(1990, 1, 1)))
                        .post("/api/v1/offenders").then().statusCode(403).contentType("application/problem+json");
            }
            given().get("/api/v1/offenders/{id}", id).then().statusCode(401);
        }
    }

    @Nested
    class Update {

        @Test
        void aStaleIfMatchIs412AndChangesNothingAFreshOneUpdatesAndTransfers() {
            var scheme = Fixtures.scheme();
            var other = Fixtures.scheme();
            Map<String, Object> body = Fixtures.person(scheme.id(), Fixtures.freshPnc(), LocalDate.of(1990, 4, 12));
            String id = Fixtures.create(body);
            body.remove("pncId");
            body.put("firstName", "James");
            body.put("schemeId", other.id());

            given().auth().oauth2(COORDINATOR).header("If-Match", "\"7\"").contentType(ContentType.JSON).body(body)
                    .when().put("/api/v1/offenders/{id}", id)
                    .then().statusCode(412).contentType("application/problem+json");
            given().auth().oauth2(COORDINATOR).get("/api/v1/offenders/{id}", id)
                    .then().body("firstName", equalTo("Jamie")).body("scheme.code", equalTo(scheme.code()));

            given().auth().oauth2(COORDINATOR).header("If-Match", "\"0\"").contentType(ContentType.JSON).body(body)
                    .when().put("/api/v1/offenders/{id}", id)
                    .then().statusCode(200)
                    .header("ETag", equalTo("\"1\""))
                    .body("firstName", equalTo("James"))
                    .body("scheme.code", equalTo(other.code()));
        }

        @Test
        void aMalformedIfMatchIsNamed() {
            var scheme = Fixtures.scheme();
            Map<String, Object> body = Fixtures.person(scheme.id(), Fixtures.freshPnc(), LocalDate.of(1990, 4, 12));
            String id = Fixtures.create(body);
            body.remove("pncId");
            given().auth().oauth2(COORDINATOR).header("If-Match", "yesterday").contentType(ContentType.JSON).body(body)
                    .put("/api/v1/offenders/{id}", id).then().statusCode(400).body("violations[0].field", equalTo("If-Match"));
        }
    }

    @Nested
    class SearchAndScope {

        @Test
        void findsByPncInAnyFormAndByNameWithDateOfBirth() {
            var scheme = Fixtures.scheme();
            Map<String, Object> body = Fixtures.person(scheme.id(), Fixtures.freshPnc(), LocalDate.of(1988, 2, 29));
            String id = Fixtures.create(body);
            given().auth().oauth2(COORDINATOR).queryParam("lastName", body.get("lastName").toString().toUpperCase())
                    .queryParam("dateOfBirth", "1988-02-29")
                    .get("/api/v1/offenders").then().statusCode(200).body("items.id", equalTo(java.util.List.of(id)));
            given().auth().oauth2(COORDINATOR).queryParam("pnc", "nonsense")
                    .get("/api/v1/offenders").then().statusCode(400).body("violations[0].field", equalTo("pnc"));
            given().auth().oauth2(COORDINATOR).queryParam("status", "SLEEPING")
                    .get("/api/v1/offenders").then().statusCode(org.hamcrest.Matchers.greaterThanOrEqualTo(400));
        }

        @Test
        void aSearchLeavesOneAuditRecordNamingThePersonItFound() {
            var scheme = Fixtures.scheme();
            Map<String, Object> body = Fixtures.person(scheme.id(), Fixtures.freshPnc(), LocalDate.of(1987, 6, 5));
            String id = Fixtures.create(body);
            String serial = body.get("pncId").toString().substring(5, 12);
            given().auth().oauth2(COORDINATOR).header("X-Request-Id", "search-" + serial).queryParam("pnc", body.get("pncId"))
                    .get("/api/v1/offenders").then().statusCode(200).body("total", equalTo(1));

            given().auth().oauth2(AUDITOR).queryParam("personId", id).get("/api/v1/audit").then().statusCode(200)
                    .body("items.findAll { it.requestId == 'search-%s' }.size()".formatted(serial), equalTo(1))
                    .body("items.find { it.requestId == 'search-%s' }.action".formatted(serial), equalTo("PERSON_SEARCH"))
                    .body("items.find { it.requestId == 'search-%s' }.user".formatted(serial), equalTo("cora.coordinator"))
                    .body("items.find { it.requestId == 'search-%s' }.detail".formatted(serial), equalTo("search page=0 results=1"));
        }

        @Test
        void aSearchOfThreePeopleLeavesThreeAuditRecordsEachNamingOne() {
            var scheme = Fixtures.scheme();
            java.util.Set<String> ids = new java.util.HashSet<>();
            for (int i = 0; i < 3; i++) {
                ids.add(Fixtures.adult(scheme.id()));
            }
            String requestId = "list-" + scheme.code();
            given().auth().oauth2(COORDINATOR).header("X-Request-Id", requestId).queryParam("schemeId", scheme.id())
                    .get("/api/v1/offenders").then().statusCode(200).body("total", equalTo(3));

            // by person: the coordinator's other records of the last minute may be more than a page
            List<Map<String, Object>> records = new java.util.ArrayList<>();
            for (String id : ids) {
                records.addAll(given().auth().oauth2(AUDITOR).queryParam("user", "cora.coordinator").queryParam("personId", id)
                        .queryParam("size", 200).get("/api/v1/audit").then().statusCode(200)
                        .extract().jsonPath().getList("items.findAll { it.requestId == '%s' }".formatted(requestId)));
            }
            assertEquals(3, records.size());
            assertEquals(ids, records.stream().map(r -> (String) r.get("personId")).collect(java.util.stream.Collectors.toSet()));
            records.forEach(r -> {
                assertEquals("PERSON_SEARCH", r.get("action"));
                assertEquals("search page=0 results=3", r.get("detail"));
            });
        }

        @Test
        void aCallerLimitedToOneSchemeCannotSeeAPersonInAnotherAnywhere() {
            var mine = Fixtures.scheme();
            var theirs = Fixtures.scheme();
            Map<String, Object> body = Fixtures.person(theirs.id(), Fixtures.freshPnc(), LocalDate.of(1990, 4, 12));
            String id = Fixtures.create(body);
            String scoped = TestTokens.user("sam.scoped").roles("coordinator").schemes(mine.code()).token();

            given().auth().oauth2(scoped).get("/api/v1/offenders/{id}", id)
                    .then().statusCode(404).contentType("application/problem+json");
            given().auth().oauth2(scoped).queryParam("pnc", body.get("pncId"))
                    .get("/api/v1/offenders").then().statusCode(200).body("total", equalTo(0));
            given().auth().oauth2(scoped).queryParam("pnc", body.get("pncId"))
                    .get("/api/v1/status").then().statusCode(200).body("ppo", equalTo(false));
            body.remove("pncId");
            given().auth().oauth2(scoped).contentType(ContentType.JSON).body(body)
                    .put("/api/v1/offenders/{id}", id).then().statusCode(404);
            given().auth().oauth2(scoped).contentType(ContentType.JSON)
                    .body(Fixtures.person(theirs.id(), Fixtures.freshPnc(), LocalDate.of(1990, 1, 1)))
                    .post("/api/v1/offenders").then().statusCode(400).body("violations[0].field", equalTo("schemeId"));
        }

        @Test
        void outOfScopeAndUnknownAnswerAlikeAndTheAttemptIsAuditedAsRefused() {
            var mine = Fixtures.scheme();
            var theirs = Fixtures.scheme();
            String id = Fixtures.adult(theirs.id());
            String unknownId = java.util.UUID.randomUUID().toString();
            String scoped = TestTokens.user("sam.scoped").roles("coordinator").schemes(mine.code()).token();

            var outOfScope = given().auth().oauth2(scoped).get("/api/v1/offenders/{id}", id).then().statusCode(404).extract();
            var unknown = given().auth().oauth2(scoped).get("/api/v1/offenders/{id}", unknownId).then().statusCode(404).extract();
            assertEquals(unknown.path("type"), outOfScope.<String>path("type"));
            assertEquals(unknown.<String>path("detail").replace(unknownId, id), outOfScope.path("detail"));
            assertEquals(unknown.<String>path("title"), outOfScope.path("title"));
            assertEquals(unknown.<Map<String, Object>>path("").keySet(), outOfScope.<Map<String, Object>>path("").keySet());

            given().auth().oauth2(AUDITOR).queryParam("personId", id).get("/api/v1/audit").then().statusCode(200)
                    .body("items.find { it.action == 'ACCESS_REFUSED' }.user", equalTo("sam.scoped"))
                    .body("items.findAll { it.action == 'PERSON_READ' }", hasSize(0));
        }

        @Test
        void aTokenWithoutASchemesClaimSeesNoPersonAndNoScheme() {
            var scheme = Fixtures.scheme();
            Map<String, Object> body = Fixtures.person(scheme.id(), Fixtures.freshPnc(), LocalDate.of(1990, 4, 12));
            String id = Fixtures.create(body);
            String noClaim = TestTokens.user("cora.coordinator").roles("coordinator").noSchemes().token();
            given().auth().oauth2(noClaim).get("/api/v1/offenders/{id}", id).then().statusCode(404);
            given().auth().oauth2(noClaim).queryParam("pnc", body.get("pncId")).get("/api/v1/offenders")
                    .then().statusCode(200).body("total", equalTo(0));
            given().auth().oauth2(noClaim).get("/api/v1/schemes").then().statusCode(200).body("total", equalTo(0));
            given().auth().oauth2(noClaim).get("/api/v1/schemes/{id}", scheme.id()).then().statusCode(404);
            given().auth().oauth2(noClaim).get("/api/v1/schemes/{id}/cohort", scheme.id()).then().statusCode(404);
        }

        @Test
        void aDuplicatePncIdIs409NamingNoSchemeAndNoPerson() {
            var scheme = Fixtures.scheme();
            Map<String, Object> body = Fixtures.person(scheme.id(), Fixtures.freshPnc(), LocalDate.of(1990, 4, 12));
            String id = Fixtures.create(body);
            var mine = Fixtures.scheme();
            Map<String, Object> again = Fixtures.person(mine.id(), (String) body.get("pncId"), LocalDate.of(1990, 4, 12));
            String scoped = TestTokens.user("sam.scoped").roles("coordinator").schemes(mine.code()).token();
            String answer = given().auth().oauth2(scoped).contentType(ContentType.JSON).body(again)
                    .post("/api/v1/offenders").then().statusCode(409).body("violations[0].field", equalTo("pncId"))
                    .extract().asString();
            org.junit.jupiter.api.Assertions.assertFalse(answer.contains(scheme.code()) || answer.contains(id)
                    || answer.contains((String) body.get("lastName")), answer);
        }

        @Test
        void searchingWithNoCriterionIsForAdminsOnly() {
            Fixtures.adult(Fixtures.scheme().id());
            given().auth().oauth2(COORDINATOR).get("/api/v1/offenders").then().statusCode(400)
                    .contentType("application/problem+json").body("violations[0].field", equalTo("query"));
            given().auth().oauth2(TestTokens.forRole("partner-system")).get("/api/v1/offenders").then().statusCode(400);
            given().auth().oauth2(ADMIN).get("/api/v1/offenders").then().statusCode(200).body("total", greaterThan(0));
        }
    }

    @Nested
    class Status {

        @Test
        void someoneNotOnASchemeIsOnlyPncIdAndPpoFalse() {
            var scheme = Fixtures.scheme();
            Map<String, Object> body = Fixtures.person(scheme.id(), Fixtures.freshPnc(), LocalDate.of(1990, 4, 12));
            Fixtures.create(body);
            Map<String, Object> status = given().auth().oauth2(OFFICER).queryParam("pnc", body.get("pncId"))
                    .when().get("/api/v1/status")
                    .then().statusCode(200).extract().as(Map.class);
            assertEquals(Map.of("pncId", body.get("pncId"), "ppo", false), status);

            Map<String, Object> unknown = given().auth().oauth2(OFFICER).queryParam("pnc", "1999/0000001Z")
                    .get("/api/v1/status").then().statusCode(200).extract().as(Map.class);
            assertEquals(Set.of("pncId", "ppo"), unknown.keySet());
        }

        @Test
        void aMissingOrMalformedPncIsNamed() {
            given().auth().oauth2(OFFICER).get("/api/v1/status")
                    .then().statusCode(400).body("violations[0].field", equalTo("pnc"));
            given().auth().oauth2(OFFICER).queryParam("pnc", "<script>").get("/api/v1/status")
                    .then().statusCode(400).body("violations[0].field", equalTo("pnc"))
                    .body("detail", not(containsString("<script>")));
            given().get("/api/v1/status?pnc=2004/0012345A").then().statusCode(401);
            given().auth().oauth2(TestTokens.forRole("analyst")).queryParam("pnc", "2004/0012345A")
                    .get("/api/v1/status").then().statusCode(403);
        }
    }

    @Test
    void onlyAuditorsReadTheAuditLog() {
        given().auth().oauth2(ADMIN).get("/api/v1/audit").then().statusCode(403);
        given().auth().oauth2(AUDITOR).queryParam("from", "2026-01-02T00:00:00Z").queryParam("to", "2026-01-01T00:00:00Z")
                .get("/api/v1/audit").then().statusCode(400).body("violations[0].field", equalTo("from"));
    }
}
