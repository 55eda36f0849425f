package uk.ppo.offender.person;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.ppo.common.testing.TestTokens;
import uk.ppo.offender.Fixtures;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.ppo.offender.Fixtures.AUDITOR;
import static uk.ppo.offender.Fixtures.COORDINATOR;

/** GET /api/v1/status/search: the officers' lookup by name and date of birth. */
@QuarkusTest
class StatusSearchTest {

    @Inject
    AgroalDataSource dataSource;
    @Inject
    NameKeyBackfill backfill;

    /** A birth date no other test uses, with a day/month swap: day 1-12, not the month. */
    static LocalDate freshBirthDate() {
        var random = ThreadLocalRandom.current();
        int month = random.nextInt(1, 13);
        int day = random.nextInt(1, 12);
        return LocalDate.of(random.nextInt(1940, 2000), month, day >= month ? day + 1 : day);
    }

    static String officer(String username, String... schemes) {
        return TestTokens.user(username).roles("officer").agency("police").schemes(schemes).token();
    }

    /** A current PPO (selected onto Catch and Convict) in the scheme; returns id and PNC id. */
    static String[] ppo(String schemeId, String lastName, String firstName, LocalDate born) {
        Map<String, Object> body = Fixtures.person(schemeId, Fixtures.freshPnc(), born);
        body.put("lastName", lastName);
        body.put("firstName", firstName);
        String id = Fixtures.create(body);
        select(id);
        return new String[] {id, (String) body.get("pncId")};
    }

    static void select(String id) {
        given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON)
                .body(Map.of("type", "SELECT", "listedFor", "PROLIFIC", "strand", "CATCH_CONVICT", "decidedOn", LocalDate.now().minusMonths(1).toString(),
                        "rationale", "Matrix score and partner evidence", "attendingAgencies", List.of("POLICE", "PROBATION")))
                .post("/api/v1/offenders/{id}/decisions", id).then().statusCode(201);
    }

    static ValidatableResponse search(String token, String lastName, String firstName, Object born) {
        var request = given().auth().oauth2(token).queryParam("lastName", lastName).queryParam("dateOfBirth", born.toString());
        if (firstName != null) {
            request.queryParam("firstName", firstName);
        }
        return request.get("/api/v1/status/search").then();
    }

    @Nested
    class Matching {

        @Test
        void smithJohnFindsSmythJonExactFirstThenPhoneticThenTransposedEachWithExactlyTheStatusViewsFieldsAndAMatch() {
            var scheme = Fixtures.scheme();
            LocalDate born = freshBirthDate();
            LocalDate swapped = NameMatching.transposed(born).orElseThrow();
            String[] smyth = ppo(scheme.id(), "Smyth", "Jon", born);
            String[] smith = ppo(scheme.id(), "Smith", "John", born);
            String[] swappedSmith = ppo(scheme.id(), "Smith", "John", swapped);
            ppo(scheme.id(), "Jones", "John", born);
            ppo(scheme.id(), "Smith", "Kyle", born);
            String officer = officer("search." + UUID.randomUUID(), scheme.code());

            var answer = search(officer, "Smith", "John", born).statusCode(200)
                    .body("matches.pncId", contains(smith[1], smyth[1], swappedSmith[1]))
                    .body("matches.match", contains("EXACT", "PHONETIC", "DOB_TRANSPOSED"))
                    .body("truncated", equalTo(false))
                    .extract().jsonPath();
            // each candidate is what the status lookup answers for their PNC id, and how they match
            Map<String, Object> first = new HashMap<>(answer.getMap("matches[0]"));
            assertEquals("EXACT", first.remove("match"));
            Map<String, Object> status = given().auth().oauth2(officer).queryParam("pnc", smith[1]).get("/api/v1/status")
                    .then().statusCode(200).extract().as(Map.class);
            assertEquals(Set.of("pncId", "ppo", "strand", "status", "scheme", "leadOfficer", "flags", "nextReviewDue"), status.keySet());
            assertEquals(status, first);

            // without a first name: every Smith-sounding PPO born then, Kyle too
            search(officer, "smyth", null, born).statusCode(200).body("matches", hasSize(4))
                    .body("matches.match", contains("EXACT", "PHONETIC", "PHONETIC", "DOB_TRANSPOSED"));
            // the swap works both ways: the transposed date finds those born on the date as DOB_TRANSPOSED
            search(officer, "Smyth", "Jon", swapped).statusCode(200)
                    .body("matches.match", contains("PHONETIC", "DOB_TRANSPOSED", "DOB_TRANSPOSED"))
                    .body("matches[0].pncId", equalTo(swappedSmith[1]));
        }

        @Test
        void onlyCurrentUnrestrictedPpoAreCandidates() {
            var scheme = Fixtures.scheme();
            LocalDate born = freshBirthDate();
            Map<String, Object> candidate = Fixtures.person(scheme.id(), Fixtures.freshPnc(), born);
            candidate.put("lastName", "Smith");
            Fixtures.create(candidate);
            String[] restricted = ppo(scheme.id(), "Smith", "John", born);
            given().auth().oauth2(TestTokens.user("dora.dpo").roles("data-protection-officer").agency("police").token())
                    .contentType(ContentType.JSON).body(Map.of("reason", "Accuracy contested by the data subject"))
                    .post("/api/v1/offenders/{id}/restriction", restricted[0]).then().statusCode(200);

            search(officer("search." + UUID.randomUUID(), scheme.code()), "Smith", null, born).statusCode(200)
                    .body("matches", hasSize(0)).body("truncated", equalTo(false));
        }

        @Test
        void aNameChangeMovesThePersonsKeysWithIt() {
            var scheme = Fixtures.scheme();
            LocalDate born = freshBirthDate();
            Map<String, Object> body = Fixtures.person(scheme.id(), Fixtures.freshPnc(), born);
            body.put("lastName", "Smith");
            String id = Fixtures.create(body);
            select(id);
            String officer = officer("search." + UUID.randomUUID(), scheme.code());
            search(officer, "Smith", null, born).body("matches", hasSize(1));

            Map<String, Object> update = new HashMap<>(body);
            update.remove("pncId");
            update.put("lastName", "Walker");
            given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(update)
                    .put("/api/v1/offenders/{id}", id).then().statusCode(200);
            search(officer, "Smith", null, born).body("matches", hasSize(0));
            search(officer, "Wolker", null, born).body("matches[0].pncId", equalTo(body.get("pncId")))
                    .body("matches[0].match", equalTo("PHONETIC"));
        }

        @Test
        void peopleWrittenBySqlAreGivenTheirKeysAtStart() throws Exception {
            var scheme = Fixtures.scheme();
            LocalDate born = freshBirthDate();
            String[] smyth = ppo(scheme.id(), "Smyth", "Jon", born);
            try (Connection connection = dataSource.getConnection();
                 PreparedStatement clear = connection.prepareStatement("UPDATE person SET last_name_key = NULL, last_name_key_alt = NULL,"
                         + " first_name_key = NULL, first_name_key_alt = NULL WHERE id = ?")) {
                clear.setObject(1, UUID.fromString(smyth[0]));
                clear.executeUpdate();
            }
            String officer = officer("search." + UUID.randomUUID(), scheme.code());
            search(officer, "Smith", "John", born).body("matches", hasSize(0));
            backfill.fillMissing();
            search(officer, "Smith", "John", born).body("matches.pncId", contains(smyth[1]));
        }
    }

    @Nested
    class ScopeLimitAndAudit {

        @Test
        void anOfficerOfAnotherSchemeFindsNoOneAndEveryCandidateReturnedIsAuditedOnceAndAMissOnce() {
            var scheme = Fixtures.scheme();
            LocalDate born = freshBirthDate();
            String[] smyth = ppo(scheme.id(), "Smyth", "Jon", born);
            String[] smith = ppo(scheme.id(), "Smith", "John", born);
            String here = "search." + UUID.randomUUID();
            String elsewhere = "search." + UUID.randomUUID();

            given().auth().oauth2(officer(here, scheme.code())).header("X-Request-Id", "search-" + smyth[0])
                    .header("X-Purpose", "stop and search").queryParam("lastName", "Smith").queryParam("firstName", "John")
                    .queryParam("dateOfBirth", born.toString()).get("/api/v1/status/search")
                    .then().statusCode(200).body("matches", hasSize(2));
            search(officer(elsewhere, "NOT-" + scheme.code()), "Smith", "John", born).statusCode(200)
                    .body("matches", hasSize(0)).body("truncated", equalTo(false));
            search(TestTokens.user(elsewhere).roles("officer").noSchemes().token(), "Smith", "John", born).statusCode(200)
                    .body("matches", hasSize(0));

            given().auth().oauth2(AUDITOR).queryParam("user", here).get("/api/v1/audit").then().statusCode(200)
                    .body("items", hasSize(2))
                    .body("items.action", contains("STATUS_SEARCH", "STATUS_SEARCH"))
                    .body("items.personId", contains(smith[0], smyth[0]))
                    .body("items.requestId", contains("search-" + smyth[0], "search-" + smyth[0]))
                    .body("items.purpose", contains("stop and search", "stop and search"));
            given().auth().oauth2(AUDITOR).queryParam("user", elsewhere).get("/api/v1/audit").then().statusCode(200)
                    .body("items", hasSize(2))
                    .body("items.action", contains("STATUS_SEARCH", "STATUS_SEARCH"))
                    .body("items[0].personId", nullValue());
        }

        @Test
        void atMostTenAreReturnedExactFirstAndTheAnswerSaysMoreMatched() {
            var scheme = Fixtures.scheme();
            LocalDate born = freshBirthDate();
            for (int i = 0; i < 10; i++) {
                ppo(scheme.id(), "Smyth", "Jon", born);
            }
            String[] smith = ppo(scheme.id(), "Smith", "John", born);
            String officer = officer("search." + UUID.randomUUID(), scheme.code());
            search(officer, "Smith", "John", born).statusCode(200)
                    .body("matches", hasSize(10)).body("truncated", equalTo(true))
                    .body("matches[0].pncId", equalTo(smith[1])).body("matches[0].match", equalTo("EXACT"));
            search(officer, "Smith", "John", NameMatching.transposed(born).orElseThrow()).statusCode(200)
                    .body("matches", hasSize(10)).body("truncated", equalTo(true));
        }
    }

    @Nested
    class Validation {

        @ParameterizedTest(name = "lastName={0} firstName={1} dateOfBirth={2}: {3}")
        @CsvSource(nullValues = "-", textBlock = """
                -,        John,     1984-03-07, lastName
                '  ',     John,     1984-03-07, lastName
                Sm1th,    John,     1984-03-07, lastName
                '-Smith', John,     1984-03-07, lastName
                Smith,    J0hn,     1984-03-07, firstName
                Smith,    '<b>',    1984-03-07, firstName
                Smith,    John,     -,          dateOfBirth
                Smith,    John,     07/03/1984, dateOfBirth
                Smith,    John,     1984-02-30, dateOfBirth
                Smith,    John,     2999-01-01, dateOfBirth
                Smith,    John,     1899-12-31, dateOfBirth
                """)
        void badInputIsAProblemNamingTheField(String lastName, String firstName, String born, String field) {
            var request = given().auth().oauth2(officer("oscar.officer", "*"));
            if (lastName != null) {
                request.queryParam("lastName", lastName);
            }
            if (firstName != null) {
                request.queryParam("firstName", firstName);
            }
            if (born != null) {
                request.queryParam("dateOfBirth", born);
            }
            request.get("/api/v1/status/search").then().statusCode(400).contentType("application/problem+json")
                    .body("violations[0].field", equalTo(field));
        }

        @Test
        void aNameOfMoreThanAHundredCharactersIsRefusedAndOneWithApostrophesHyphensAndAccentsIsNot() {
            String officer = officer("oscar.officer", "*");
            search(officer, "S".repeat(101), null, "1984-03-07").statusCode(400).body("violations[0].field", equalTo("lastName"));
            search(officer, "O’Brien-Smith", "Seán", "1984-03-07").statusCode(200).body("matches", hasSize(0));
        }
    }
}
