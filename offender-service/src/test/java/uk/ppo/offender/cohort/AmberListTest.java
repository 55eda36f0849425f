package uk.ppo.offender.cohort;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import uk.ppo.common.testing.TestTokens;
import uk.ppo.offender.Fixtures;
import uk.ppo.offender.decision.LifecycleTest;
import uk.ppo.offender.scheme.Scheme;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Custody events → amber decision → pre-release review → release, transfer and recall, through the API. */
@QuarkusTest
public class AmberListTest {

    static final String PRISON = TestTokens.user("service-account-prison-system").client("prison-system")
            .roles("partner-system").agency("prison").token();
    static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @Inject
    EntityManager em;

    public static ValidatableResponse decide(String personId, String type, String strand, String reason, LocalDate on) {
        return LifecycleTest.decide(personId, LifecycleTest.decision(type, strand, reason, on));
    }

    static ValidatableResponse push(String personId, String type, LocalDate on, Map<String, Object> fields) {
        Map<String, Object> body = new HashMap<>(fields);
        body.put("sourceId", type + "-" + Fixtures.freshCode());
        body.put("type", type);
        body.put("occurredAt", on.atTime(10, 0).toInstant(ZoneOffset.UTC).toString());
        return given().auth().oauth2(PRISON).contentType(ContentType.JSON).body(body)
                .post("/api/v1/offenders/{id}/events", personId).then();
    }

    static ValidatableResponse person(String id) {
        return given().auth().oauth2(Fixtures.COORDINATOR).get("/api/v1/offenders/{id}", id).then().statusCode(200);
    }

    @Test
    void anAmberPpoIsReviewedBeforeReleaseAndBackOnTheStrandIntervalAfterIt() {
        var scheme = Fixtures.scheme();
        String id = Fixtures.adult(scheme.id());
        decide(id, "SELECT", "CATCH_CONVICT", null, TODAY.minusDays(90)).statusCode(201);
        LocalDate sentenced = TODAY.minusDays(30);
        LocalDate release = sentenced.plusMonths(18);
        push(id, "CUSTODY_SENTENCE", sentenced, Map.of("custodyMonths", 36, "expectedReleaseOn", release.toString(), "prison", "HMP Lewes"))
                .statusCode(201).body("proposal", equalTo("AMBER_LIST"));
        // still active: the strand interval from selection
        person(id).body("nextReviewDue", equalTo(TODAY.minusDays(90).plusMonths(6).toString()))
                .body("nextReviewPreRelease", equalTo(false))
                .body("custody.inCustody", equalTo(true)).body("custody.expectedReleaseOn", equalTo(release.toString()))
                .body("custody.prison", equalTo("HMP Lewes")).body("custody.sentenceMonths", equalTo(36));

        decide(id, "AMBER", null, "CUSTODY_OVER_2_YEARS", TODAY.minusDays(20)).statusCode(201);
        person(id).body("status", equalTo("AMBER"))
                .body("nextReviewDue", equalTo(release.minusDays(28).toString())).body("nextReviewPreRelease", equalTo(true));
        given().auth().oauth2(Fixtures.COORDINATOR).queryParam("releaseWithinDays", 600).get("/api/v1/schemes/{s}/amber-list", scheme.id())
                .then().statusCode(200).body("preReleaseReviewDays", equalTo(28))
                .body("members", hasSize(1)).body("members[0].personId", equalTo(id))
                .body("members[0].sentenceMonths", equalTo(36)).body("members[0].prison", equalTo("HMP Lewes"))
                .body("members[0].expectedReleaseOn", equalTo(release.toString()))
                .body("members[0].daysToRelease", equalTo((int) java.time.temporal.ChronoUnit.DAYS.between(TODAY, release)))
                .body("members[0].nextReviewDue", equalTo(release.minusDays(28).toString()))
                .body("members[0].preReleaseReview", equalTo(true))
                .body("releasesDue.personId", equalTo(List.of(id)));
        given().auth().oauth2(Fixtures.COORDINATOR).get("/api/v1/schemes/{s}/amber-list", scheme.id())
                .then().statusCode(200).body("releaseWithinDays", equalTo(56)).body("releasesDue", hasSize(0));

        // the scheme reviews 42 days before release instead: the amber PPO is rescheduled
        updateScheme(scheme.id(), 42);
        person(id).body("nextReviewDue", equalTo(release.minusDays(42).toString())).body("nextReviewPreRelease", equalTo(true));

        // a transfer to another prison with a later release moves the pre-release review
        LocalDate later = release.plusMonths(2);
        push(id, "TRANSFER", TODAY.minusDays(10), Map.of("prison", "HMP Highpoint", "expectedReleaseOn", later.toString()))
                .statusCode(201).body("proposal", nullValue());
        person(id).body("custody.prison", equalTo("HMP Highpoint")).body("custody.expectedReleaseOn", equalTo(later.toString()))
                .body("nextReviewDue", equalTo(later.minusDays(42).toString()));

        // released early (e.g. on licence): proposes leaving the amber list; the next review is a strand interval later
        push(id, "RELEASE", TODAY.minusDays(2), Map.of()).statusCode(201).body("proposal", equalTo("LEAVE_AMBER_LIST"));
        person(id).body("status", equalTo("AMBER")).body("custody.inCustody", equalTo(false))
                .body("custody.releasedOn", equalTo(TODAY.minusDays(2).toString())).body("custody.expectedReleaseOn", nullValue())
                .body("nextReviewDue", equalTo(TODAY.minusDays(2).plusMonths(6).toString())).body("nextReviewPreRelease", equalTo(false));

        // recalled: back in custody with a new expected release; the pre-release review again
        LocalDate recallRelease = TODAY.plusDays(100);
        push(id, "RECALL", TODAY.minusDays(1), Map.of("expectedReleaseOn", recallRelease.toString(), "prison", "HMP Lewes")).statusCode(201);
        person(id).body("custody.inCustody", equalTo(true)).body("custody.expectedReleaseOn", equalTo(recallRelease.toString()))
                .body("nextReviewDue", equalTo(recallRelease.minusDays(42).toString())).body("nextReviewPreRelease", equalTo(true));

        // the panel takes them off the amber list
        decide(id, "RETURN_FROM_AMBER", null, null, TODAY).statusCode(201).body("resultingStatus", equalTo("ACTIVE"));
        person(id).body("status", equalTo("ACTIVE")).body("strand", equalTo("CATCH_CONVICT"))
                .body("nextReviewDue", equalTo(TODAY.plusMonths(6).toString())).body("nextReviewPreRelease", equalTo(false));
        given().auth().oauth2(Fixtures.COORDINATOR).get("/api/v1/schemes/{s}/amber-list", scheme.id())
                .then().statusCode(200).body("members", hasSize(0)).body("releasesDue", hasSize(0));
    }

    @Test
    void aReviewHeldBeforeThePreReleaseDateLeavesThePreReleaseReviewNext() {
        var scheme = Fixtures.scheme();
        String id = Fixtures.adult(scheme.id());
        decide(id, "SELECT", "REHABILITATE_RESETTLE", null, TODAY.minusDays(60)).statusCode(201);
        LocalDate release = TODAY.plusYears(2);
        push(id, "CUSTODY_SENTENCE", TODAY.minusDays(5), Map.of("custodyMonths", 48, "expectedReleaseOn", release.toString())).statusCode(201);
        decide(id, "AMBER", null, null, TODAY.minusDays(3)).statusCode(201);
        given().auth().oauth2(Fixtures.COORDINATOR).contentType(ContentType.JSON)
                .body(Map.of("reviewedOn", TODAY.toString(), "outcome", "CONTINUE"))
                .post("/api/v1/offenders/{id}/reviews", id).then().statusCode(201)
                .body("nextReviewDue", equalTo(release.minusDays(28).toString())).body("nextReviewPreRelease", equalTo(true));
    }

    @Test
    void aPreventAndDeterMemberSentencedToMoreThanTenYearsGoesAmberNotRemoved() {
        var scheme = Fixtures.scheme();
        String id = Fixtures.youth(scheme.id());
        decide(id, "SELECT", "PREVENT_DETER", null, TODAY.minusDays(60)).statusCode(201);
        LocalDate release = TODAY.plusYears(7);
        push(id, "CUSTODY_SENTENCE", TODAY.minusDays(5), Map.of("custodyMonths", 144, "expectedReleaseOn", release.toString()))
                .statusCode(201).body("proposal", equalTo("AMBER_LIST"));
        decide(id, "AMBER", null, "CUSTODY_OVER_2_YEARS", TODAY.minusDays(1)).statusCode(201).body("resultingStatus", equalTo("AMBER"));
        person(id).body("nextReviewDue", equalTo(release.minusDays(28).toString())).body("nextReviewPreRelease", equalTo(true));
    }

    @Test
    void custodyEventsNameTheFieldTheyLack() {
        String id = Fixtures.adult(Fixtures.scheme().id());
        LocalDate on = TODAY.minusDays(3);
        push(id, "CUSTODY_SENTENCE", on, Map.of("custodyMonths", 36)).statusCode(400)
                .body("violations[0].field", equalTo("expectedReleaseOn"));
        push(id, "CUSTODY_SENTENCE", on, Map.of("custodyMonths", 36, "expectedReleaseOn", on.minusDays(1).toString())).statusCode(400)
                .body("violations[0].field", equalTo("expectedReleaseOn"));
        push(id, "CUSTODY_SENTENCE", on, Map.of("custodyMonths", 36, "expectedReleaseOn", on.plusMonths(36).plusDays(1).toString()))
                .statusCode(400).body("violations[0].field", equalTo("expectedReleaseOn"));
        push(id, "CUSTODY_SENTENCE", on, Map.of("custodyMonths", 36, "expectedReleaseOn", on.plusMonths(36).toString())).statusCode(201);
        push(id, "RECALL", on, Map.of()).statusCode(400).body("violations[0].field", equalTo("expectedReleaseOn"));
        push(id, "ARREST", on, Map.of("expectedReleaseOn", on.plusDays(5).toString())).statusCode(400)
                .body("violations[0].field", equalTo("expectedReleaseOn"));
        push(id, "ARREST", on, Map.of("prison", "HMP Lewes")).statusCode(400).body("violations[0].field", equalTo("prison"));
        push(id, "TRANSFER", on, Map.of()).statusCode(400).body("violations[0].field", equalTo("prison"));
        push(id, "TRANSFER", on, Map.of("prison", "<script>")).statusCode(400).body("violations[0].field", equalTo("prison"));
        // nobody in custody before the sentence: a transfer then is refused
        push(id, "TRANSFER", on.minusDays(1), Map.of("prison", "HMP Lewes")).statusCode(409);
        push(id, "TRANSFER", on.plusDays(1), Map.of("prison", "HMP Lewes")).statusCode(201);
    }

    @Test
    void theAmberListIsScopedAndItsRangeChecked() {
        var scheme = Fixtures.scheme();
        given().auth().oauth2(Fixtures.COORDINATOR).queryParam("releaseWithinDays", 732).get("/api/v1/schemes/{s}/amber-list", scheme.id())
                .then().statusCode(400).body("violations[0].field", equalTo("releaseWithinDays"));
        given().auth().oauth2(TestTokens.user("om").roles("offender-manager").schemes("ELSEWHERE").token())
                .get("/api/v1/schemes/{s}/amber-list", scheme.id()).then().statusCode(404);
        given().auth().oauth2(Fixtures.OFFICER).get("/api/v1/schemes/{s}/amber-list", scheme.id()).then().statusCode(403);
    }

    @Test
    void theSchemesPreReleaseDaysAreCheckedAndDefaultAsTheDatabaseDoes() {
        var scheme = Fixtures.scheme();
        given().auth().oauth2(Fixtures.ADMIN).get("/api/v1/schemes/{s}", scheme.id()).then()
                .body("preReleaseReviewDays", equalTo(Scheme.DEFAULT_PRE_RELEASE_REVIEW_DAYS));
        given().auth().oauth2(Fixtures.ADMIN).contentType(ContentType.JSON)
                .body(Map.of("name", "X", "district", "Hastings", "preReleaseReviewDays", 0))
                .put("/api/v1/schemes/{s}", scheme.id()).then().statusCode(400).body("violations[0].field", equalTo("preReleaseReviewDays"));
        Object dbDefault = em.createNativeQuery("SELECT column_default FROM information_schema.columns"
                + " WHERE table_name = 'scheme' AND column_name = 'pre_release_review_days'").getSingleResult();
        assertEquals(String.valueOf(Scheme.DEFAULT_PRE_RELEASE_REVIEW_DAYS), String.valueOf(dbDefault));
    }

    static void updateScheme(String schemeId, int days) {
        given().auth().oauth2(Fixtures.ADMIN).contentType(ContentType.JSON)
                .body(Map.of("name", "Amber scheme", "district", "Thurrock", "preReleaseReviewDays", days))
                .put("/api/v1/schemes/{s}", schemeId).then().statusCode(200).body("preReleaseReviewDays", equalTo(days));
    }
}
