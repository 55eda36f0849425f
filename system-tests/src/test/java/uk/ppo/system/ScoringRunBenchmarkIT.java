package uk.ppo.system;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.ppo.suite.Suite;
import uk.ppo.suite.SuiteControl;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A full score run against the real offender-service: a scheme of {@code ppo.benchmark.scoring-people}
 * current PPOs (default 10,000) with 20 offences each, loaded straight into offender-service's schema,
 * then scored by scoring-service through the gateway (feed pages, scoring, one transaction for the
 * scores, the proposal and the audit). Not part of verify:
 * {@code ./mvnw -B verify -pl system-tests -Pbenchmark -Dit.test=ScoringRunBenchmarkIT} (after packaging). Prints people/s
 * and where the time went ({@link ScoreRunBreakdown}).
 */
@Tag("benchmark")
@ExtendWith(RunningSuite.class)
class ScoringRunBenchmarkIT {

    static final int PEOPLE = Integer.getInteger("ppo.benchmark.scoring-people", 10_000);
    static final int OFFENCES_PER_PERSON = 20;

    @Test
    void aFullScoreRunOfALargeScheme() throws Exception {
        SuiteControl suite = RunningSuite.suite();
        UUID scheme = UUID.randomUUID();
        long loadStart = System.nanoTime();
        load(suite.databaseAccess(Suite.Service.OFFENDER), scheme, PEOPLE, OFFENCES_PER_PERSON);
        System.out.printf("BENCHMARK scoring data: %,d people, %,d offences loaded in %.1f s%n",
                PEOPLE, (long) PEOPLE * OFFENCES_PER_PERSON, (System.nanoTime() - loadStart) / 1e9);

        String coordinator = RunningSuite.tokenFor("cora.coordinator");
        ScoreRunBreakdown breakdown = ScoreRunBreakdown.before(suite);
        long start = System.nanoTime();
        String runId = given().auth().oauth2(coordinator).contentType(ContentType.JSON)
                .body(Map.of("schemeId", scheme.toString(), "asOf", LocalDate.now(ZoneOffset.UTC).toString()))
                .post("/api/v1/scoring/runs").then().statusCode(202).extract().path("id");
        JsonPath run = null;
        long deadline = System.nanoTime() + Duration.ofMinutes(30).toNanos();
        while (System.nanoTime() < deadline) {
            run = given().auth().oauth2(RunningSuite.tokenFor("cora.coordinator")).get("/api/v1/scoring/runs/{id}", runId)
                    .then().statusCode(200).extract().jsonPath();
            if (List.of("COMPLETED", "FAILED").contains(run.getString("status"))) {
                break;
            }
            Thread.sleep(500);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals("COMPLETED", run.getString("status"), run.prettify());
        System.out.printf("BENCHMARK full score run: %,d people x %d offences in %.1f s = %,.0f people/s (cohort total %,d)%n",
                run.getInt("scored"), OFFENCES_PER_PERSON, seconds, run.getInt("scored") / seconds, run.getInt("cohortTotal"));
        breakdown.since(runId, seconds).forEach(System.out::println);
    }

    /** A scheme of {@code people} active C&amp;C members with {@code offences} offences each, straight into offender's schema. */
    static void load(Map<String, String> db, UUID scheme, int people, int offences) throws Exception {
        String code = "BENCH" + Integer.toString(Math.abs(scheme.hashCode()) % 100_000);
        try (Connection c = DriverManager.getConnection(db.get("url"), db.get("user"), db.get("password"));
             Statement s = c.createStatement()) {
            s.execute("SET search_path = offender");
            s.execute("INSERT INTO scheme (id, code, name, district, county, version, created_at, created_by) VALUES ('"
                    + scheme + "', '" + code + "', 'Scoring benchmark', 'Benchmark', 'Benchmark', 0, now(), 'benchmark')");
            s.execute("""
                    INSERT INTO person (id, pnc_id, first_name, last_name, date_of_birth, gender, ethnicity, scheme_id,
                                        lead_officer_name, lead_officer_contact, pnc_marker, flags, status, strand,
                                        selected_on, next_review_due, version, created_at, created_by)
                    SELECT md5('%1$s-' || n)::uuid, format('2016/%%s', lpad(n::text, 7, '0')) || 'S', 'Bench', 'Person ' || n,
                           date '1970-01-01' + (n %% 12000), 'MALE', 'WHITE', '%1$s',
                           'PC 1 Bench', '0300 555 0000', true, '', 'ACTIVE', 'CATCH_CONVICT',
                           current_date - 30, current_date + 150, 0, now(), 'benchmark'
                      FROM generate_series(1, %2$d) n""".formatted(scheme, people));
            s.execute("""
                    INSERT INTO offence (id, person_id, source_system, source_id, category, status, offence_date, victim_types,
                                         source_agency, recorded_at, recorded_by, updated_at, version)
                    SELECT md5('%1$s-offence-' || n || '-' || k)::uuid, md5('%1$s-' || n)::uuid, 'bench', '%1$s-' || n || '-' || k,
                           (ARRAY['BURGLARY_DWELLING','SHOPLIFTING','TWOC','ASSAULT','CRIMINAL_DAMAGE','ROBBERY'])[1 + (n + k) %% 6],
                           (ARRAY['CONVICTED','ADMITTED','SUSPECTED'])[1 + k %% 3],
                           current_date - (k * 23 + n %% 200), CASE WHEN k = 1 AND n %% 7 = 0 THEN 'ELDERLY' ELSE '' END,
                           'POLICE', now(), 'benchmark', now(), 0
                      FROM generate_series(1, %2$d) n, generate_series(1, %3$d) k""".formatted(scheme, people, offences));
        }
        // As autovacuum leaves a table that is mostly read: statistics current and its pages marked all-visible, so the
        // feed answers from the offence index alone. Run as the schema's owner: for anyone else PostgreSQL only warns.
        try (Connection c = DriverManager.getConnection(db.get("url"), db.get("owner"), db.get("ownerPassword"));
             Statement s = c.createStatement()) {
            s.execute("SET search_path = offender");
            s.execute("VACUUM (ANALYZE) person, offence");
        }
    }
}
