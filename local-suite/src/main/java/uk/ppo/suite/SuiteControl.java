package uk.ppo.suite;

import java.time.Duration;
import java.util.Map;

/**
 * What the system tests do to a running suite to see how the rest copes (stop, kill or restart a service, stop and
 * start Keycloak or PostgreSQL, wait until everything is ready again) and what they read from it (URLs, process ids
 * for the benchmarks, a service's database roles). For tests only: the launcher ({@link Main}, {@code ./run.sh}) never
 * uses it. {@link Suite} implements it.
 */
public interface SuiteControl extends AutoCloseable {

    SuiteConfig config();

    String serviceUrl(Suite.Service service);

    /** Stops one service, every replica of it (the gateway then answers 503 for it). */
    void stopService(Suite.Service service);

    /** Kills one service, every replica of it, as a crash would. */
    void killService(Suite.Service service);

    /** Kills one replica (from 0) of a service as a crash would; the round-robin sends its callers to the others. */
    void killReplica(Suite.Service service, int replica);

    /** Where one replica (from 0) of a service answers itself, bypassing the round-robin. */
    String replicaUrl(Suite.Service service, int replica);

    /** Starts a stopped service (every replica) again and waits until it is ready. */
    void restartService(Suite.Service service);

    /** Stops Keycloak. */
    void stopKeycloak();

    /** Starts Keycloak again (its realm is already in its database) and waits until it is ready. */
    void startKeycloak();

    /** Stops PostgreSQL (fast shutdown: open connections are cut), leaving its data in place. */
    void stopPostgres();

    /** Starts PostgreSQL again on the same port with the same data; the services are not told. */
    void startPostgres();

    /** Waits until Keycloak, every service and the gateway answer ready (e.g. after an outage). */
    void awaitReady(Duration timeout);

    /** The process id of a running service's JVM, its first replica's (the benchmarks watch its JIT compiler threads). */
    long servicePid(Suite.Service service);

    /** The process id of one running replica (from 0) of a service. */
    long servicePid(Suite.Service service, int replica);

    /** The process id of the running gateway's JVM (the first replica's). */
    long gatewayPid();

    /**
     * JDBC URL and credentials of a service's runtime role ({@code user}, {@code password}), for tests that
     * check what is stored, and of its owner role ({@code owner}, {@code ownerPassword}), for tests that play
     * someone with the schema owner's rights tampering with the audit trail.
     */
    Map<String, String> databaseAccess(Suite.Service service);

    @Override
    void close();
}
