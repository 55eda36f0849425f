package uk.ppo.system;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import uk.ppo.suite.Suite;
import uk.ppo.suite.SuiteControl;
import uk.ppo.suite.SuiteConfig;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;

/**
 * Starts the suite once for all system tests (on ports 18080.. so a local ./run.sh can keep running)
 * and stops it when the test JVM ends. Tokens come from the real Keycloak with the committed realm.
 * {@code ppo.system-test.replicas} runs that many of each service and of the gateway (failsafe's {@code fleet}
 * execution: {@code FleetIT} in a JVM of its own).
 */
public final class RunningSuite implements BeforeAllCallback {

    private static SuiteControl suite;

    /** The system tests' webhook settings, passed to offender-service by the suite. */
    static final java.util.Map<String, String> WEBHOOKS = java.util.Map.of(
            "ppo.webhooks.poll", "1s",
            "ppo.webhooks.initial-interval", "1s",
            "ppo.webhooks.factor", "2",
            "ppo.webhooks.max-interval", "4s",
            "ppo.webhooks.give-up-after", "90s",
            "ppo.webhooks.timeout", "3s");

    @Override
    public void beforeAll(ExtensionContext context) {
        start();
    }

    static synchronized SuiteControl start() {
        if (suite == null) {
            Path root = Path.of(System.getProperty("ppo.root", "..")).toAbsolutePath().normalize();
            Path data = Path.of(System.getProperty("ppo.system-test.data", "target/suite-data"));
            deleteRecursively(data);
            int base = Integer.getInteger("ppo.system-test.port-base", 18080);
            // webhooks (WebhooksIT): a receiver that comes back is served within seconds, and a delivery still failing
            // 90 s after its first attempt is dead-lettered (production: 5 s doubling to 1 h, 24 h)
            WEBHOOKS.forEach((key, value) -> System.getProperties().putIfAbsent(key, value));
            traceToReceiver();
            int replicas = Integer.getInteger("ppo.system-test.replicas", 1);
            suite = Suite.start(SuiteConfig.onPortBlock(root, data, base, true).withReplicas(replicas));
            Runtime.getRuntime().addShutdownHook(new Thread(suite::close, "suite-stop"));
            RestAssured.baseURI = suite.config().gatewayUrl();
            RestAssured.port = suite.config().gatewayPort();
            RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        }
        return suite;
    }

    /**
     * Every process of the suite exports its spans to this JVM's {@link TraceReceiver} (TracingIT), passed on by the
     * launcher as {@code quarkus.otel.*} system properties; not for the benchmarks ({@code ppo.system-test.tracing=false}).
     */
    private static void traceToReceiver() {
        if ("false".equals(System.getProperty("ppo.system-test.tracing"))) {
            return;
        }
        try {
            String url = TraceReceiver.start().url();
            System.getProperties().putIfAbsent("quarkus.otel.sdk.disabled", "false");
            System.getProperties().putIfAbsent("quarkus.otel.exporter.otlp.traces.endpoint", url);
            System.getProperties().putIfAbsent("quarkus.otel.bsp.schedule.delay", "500ms");
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the trace receiver", e);
        }
    }

    static SuiteControl suite() {
        return start();
    }

    /** An access token for a sample user, by password grant on the local-only ppo-cli client. */
    static String tokenFor(String username) {
        return tokenFor(username, "ppo-cli");
    }

    /** An access token for a sample user by password grant on one of the realm's local-only public clients. */
    static String tokenFor(String username, String clientId) {
        return given().baseUri(suite().config().keycloakUrl()).port(suite().config().keycloakPort())
                .contentType(ContentType.URLENC)
                .formParam("grant_type", "password").formParam("client_id", clientId)
                .formParam("username", username).formParam("password", "ppo-local")
                .when().post("/realms/ppo/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }

    /** A token of Keycloak's own administrator (master realm, admin-cli), for Keycloak's admin API. */
    static String keycloakAdminToken() {
        return keycloak()
                .contentType(ContentType.URLENC)
                .formParam("grant_type", "password").formParam("client_id", "admin-cli")
                .formParam("username", "admin").formParam("password", "ppo-local")
                .when().post("/realms/master/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }

    /** A request to the suite's Keycloak (not the gateway). */
    static io.restassured.specification.RequestSpecification keycloak() {
        return given().baseUri(suite().config().keycloakUrl()).port(suite().config().keycloakPort());
    }

    /** A partner system's token, by client credentials. */
    static String clientToken(String clientId, String secret) {
        return given().baseUri(suite().config().keycloakUrl()).port(suite().config().keycloakPort())
                .contentType(ContentType.URLENC)
                .formParam("grant_type", "client_credentials")
                .formParam("client_id", clientId).formParam("client_secret", secret)
                .when().post("/realms/ppo/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Could not clear " + dir, e);
        }
    }
}
