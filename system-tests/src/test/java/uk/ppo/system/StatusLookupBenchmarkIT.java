package uk.ppo.system;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.ppo.suite.Suite;
import uk.ppo.suite.SuiteControl;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * The officers' status lookup under load: 100,000 people with 2 million offences, an open-loop
 * 500 requests/second for 30 s, straight to offender-service and through the gateway, each path
 * warmed to steady state by 30,000 closed-loop lookups and 5 s at the measured rate right before it is measured. Latency is measured from when each
 * request was due to be sent, so queueing counts; a run in which the host stole the VM's CPU is
 * measured again (see {@link OpenLoop#measure}). Not part of verify:
 * {@code ./mvnw -B verify -pl system-tests -Pbenchmark} (after an install). Prints its figures.
 */
@Tag("benchmark")
@ExtendWith(RunningSuite.class)
class StatusLookupBenchmarkIT {

    static final int PEOPLE = Integer.getInteger("ppo.benchmark.people", 100_000);
    static final int OFFENCES_PER_PERSON = 20;
    static final int RATE = Integer.getInteger("ppo.benchmark.rate", 500);
    static final int SECONDS = Integer.getInteger("ppo.benchmark.seconds", 30);

    @Test
    void statusLookupThroughTheGatewayAndDirect() throws Exception {
        SuiteControl suite = RunningSuite.suite();
        long loadStart = System.nanoTime();
        load(suite.databaseAccess(Suite.Service.OFFENDER));
        System.out.println("BENCHMARK load average before: " + OpenLoop.loadAverage());
        System.out.printf("BENCHMARK data: %,d people, %,d offences loaded in %.1f s%n",
                PEOPLE, (long) PEOPLE * OFFENCES_PER_PERSON, (System.nanoTime() - loadStart) / 1e9);

        Supplier<String> tokens = () -> RunningSuite.tokenFor("oscar.officer");
        try (OpenLoop direct = new OpenLoop(suite.serviceUrl(Suite.Service.OFFENDER), tokens);
             OpenLoop gateway = new OpenLoop(suite.config().gatewayUrl(), tokens)) {
            OpenLoop.Result directResult = direct.measure("direct", "direct to offender-service", RATE, SECONDS,
                    JitWatch.offenderService(suite),
                    StatusLookupBenchmarkIT::lookup);
            OpenLoop.Result gatewayResult = gateway.measure("gateway", "through the gateway", RATE, SECONDS,
                    JitWatch.gatewayAndOffenderService(suite),
                    StatusLookupBenchmarkIT::lookup);
            System.out.printf("BENCHMARK gateway cost: p50 %+.2f ms, p99 %+.2f ms; throughput ratio %.2f%n",
                    gatewayResult.p50() - directResult.p50(), gatewayResult.p99() - directResult.p99(),
                    gatewayResult.completed() / directResult.completed());
            System.out.printf("BENCHMARK status lookup through the gateway at %d req/s: p99 %.2f ms (target < 20 ms)%s%n", RATE,
                    gatewayResult.p99(), OpenLoop.Result.counted(gatewayResult));
            System.out.println("BENCHMARK load average after: " + OpenLoop.loadAverage());
        }
    }

    /** The status lookup of a random person (one in five a current PPO). */
    private static String lookup(int i) {
        int n = 1 + ThreadLocalRandom.current().nextInt(PEOPLE);
        return "/api/v1/status?pnc=2020/" + String.format("%07d", n) + "B";
    }

    /** 100,000 people (every fifth a current PPO) with 20 offences each, straight into the service's schema. */
    private static void load(Map<String, String> db) throws Exception {
        try (Connection c = DriverManager.getConnection(db.get("url"), db.get("user"), db.get("password"));
             Statement s = c.createStatement()) {
            s.execute("SET search_path = offender");
            s.execute("""
                    INSERT INTO person (id, pnc_id, first_name, last_name, date_of_birth, gender, ethnicity, scheme_id,
                                        lead_officer_name, lead_officer_contact, pnc_marker, flags, status, strand,
                                        selected_on, next_review_due, version, created_at, created_by)
                    SELECT md5('bench-' || n)::uuid, format('2020/%%s', lpad(n::text, 7, '0')) || 'B', 'Bench', 'Person ' || n,
                           date '1970-01-01' + (n %% 12000), 'MALE', 'WHITE', '6f1c2a52-8f0e-4c55-9d7b-0d5c8a1e0001',
                           'PC 1 Bench', '0300 555 0000', n %% 5 = 0, '',
                           CASE WHEN n %% 5 = 0 THEN 'ACTIVE' ELSE 'CANDIDATE' END,
                           CASE WHEN n %% 5 = 0 THEN 'CATCH_CONVICT' END,
                           CASE WHEN n %% 5 = 0 THEN current_date - 30 END,
                           CASE WHEN n %% 5 = 0 THEN current_date + 150 END, 0, now(), 'benchmark'
                      FROM generate_series(1, %d) n
                    ON CONFLICT DO NOTHING""".formatted(PEOPLE));
            s.execute("""
                    INSERT INTO offence (id, person_id, source_system, source_id, category, status, offence_date, victim_types,
                                         source_agency, recorded_at, recorded_by, updated_at, version)
                    SELECT md5('bench-offence-' || n || '-' || k)::uuid, md5('bench-' || n)::uuid, 'bench', n || '-' || k,
                           'SHOPLIFTING', 'CONVICTED', current_date - (k * 17 + n %% 300), '', 'POLICE', now(), 'benchmark', now(), 0
                      FROM generate_series(1, %d) n, generate_series(1, %d) k
                    ON CONFLICT DO NOTHING""".formatted(PEOPLE, OFFENCES_PER_PERSON));
            // what autovacuum would soon do after a bulk load (statistics, visibility map), now rather than
            // in the middle of the measured runs: with the faster load generator the warm-ups end within
            // a minute of the load, and autovacuum working through 2 million offences took the p99 to 459 ms
            s.execute("VACUUM (ANALYZE) person");
            s.execute("VACUUM (ANALYZE) offence");
        }
        // and write the load's dirty pages out now (the superuser's right: the local server trusts local
        // connections) instead of in a checkpoint during the measured runs, where the local run's fsync
        // made the audit records' commits wait behind it
        try (Connection c = DriverManager.getConnection(db.get("url"), "postgres", "");
             Statement s = c.createStatement()) {
            s.execute("CHECKPOINT");
        }
    }
}
