package uk.ppo.suite;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The settings the launcher gives each service and the gateway on its command line: its port, the suite's
 * PostgreSQL with the service's roles and passwords, Keycloak, the other services' URLs, the Keycloak client
 * secrets of the committed realm export and the launcher's own {@code quarkus.otel.*} system properties. Each
 * service's {@code %dev} profile names the same values, so {@code quarkus:dev} runs against a suite started by
 * {@code ./run.sh} (local-suite's {@code DevProfileTest} compares them).
 */
final class ServiceSettings {

    /** The scoring-service client's secret in the committed realm export: local runs only, never production. */
    static final String SCORING_CLIENT_LOCAL_SECRET = "scoring-service-local-secret";
    /** The action-plan-service client's secret in the committed realm export: local runs only, never production. */
    static final String ACTION_PLAN_CLIENT_LOCAL_SECRET = "action-plan-service-local-secret";
    /** The offender-service client's secret in the committed realm export: local runs only, never production. */
    static final String OFFENDER_CLIENT_LOCAL_SECRET = "offender-service-local-secret";
    /**
     * Tracing settings the launcher's JVM was given ({@code -Dquarkus.otel.sdk.disabled=false
     * -Dquarkus.otel.exporter.otlp.endpoint=…}), passed on to every service and the gateway (TracingIT's receiver).
     */
    static final String TRACING = "quarkus.otel.";

    private ServiceSettings() {
    }

    static Map<String, String> of(Suite.Service service, SuiteConfig config, SuiteSecrets secrets) {
        return of(service, 0, config, secrets);
    }

    /** The settings of one replica (from 0) of a service; replicas differ only in their port. */
    static Map<String, String> of(Suite.Service service, int replica, SuiteConfig config, SuiteSecrets secrets) {
        ServiceDatabase db = secrets.database(service);
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("quarkus.http.port", Integer.toString(config.replicaPort(service.port(config), replica)));
        // only the gateway faces the network in the local run
        properties.put("quarkus.http.host", "127.0.0.1");
        properties.put("quarkus.datasource.jdbc.url", LocalPostgres.jdbcUrl(config.postgresPort(), LocalPostgres.DATABASE));
        properties.put("quarkus.datasource.username", db.role());
        properties.put("quarkus.datasource.password", db.password());
        // Flyway migrates as the schema's owner; the service itself runs as the runtime role
        properties.put("quarkus.flyway.username", db.owner());
        properties.put("quarkus.flyway.password", db.ownerPassword());
        properties.put("quarkus.oidc.auth-server-url", config.issuer());
        if (config.sampleData()) {
            properties.put("ppo.sample-data.enabled", "true");
        }
        properties.putAll(givenToThisJvm(TRACING));
        switch (service) {
            case OFFENDER -> {
                // disposals and subject-access requests reach the other services that hold records about people
                properties.put("ppo.data-protection.scoring-service.url", serviceUrl(config, Suite.Service.SCORING));
                properties.put("ppo.data-protection.action-plan-service.url", serviceUrl(config, Suite.Service.ACTION_PLAN));
                // offender-service reads and disposes of a person's records in the other services (subject access,
                // disposal) as its own Keycloak client, with the realm export's local-development secret
                properties.put("quarkus.oidc-client.credentials.secret", OFFENDER_CLIENT_LOCAL_SECRET);
                // webhooks: a local partner's receiver may be plain http on this machine (production: https, public addresses)
                properties.put("ppo.webhooks.insecure-hosts", "localhost,127.0.0.1");
                // and whatever ppo.webhooks.* this JVM was given (the system tests shorten the retry intervals and the give-up)
                properties.putAll(givenToThisJvm("ppo.webhooks."));
            }
            case SCORING -> {
                // scoring-service reads offender-service as its own Keycloak client (client credentials)
                properties.put("quarkus.rest-client.offender-service.url", serviceUrl(config, Suite.Service.OFFENDER));
                properties.put("quarkus.oidc-client.credentials.secret", SCORING_CLIENT_LOCAL_SECRET);
            }
            case ACTION_PLAN -> {
                // action-plan-service looks up people's schemes at offender-service, and counts crimes at hotspot-service
                // for the indicators, as its own Keycloak client
                properties.put("quarkus.rest-client.offender-service.url", serviceUrl(config, Suite.Service.OFFENDER));
                properties.put("quarkus.rest-client.hotspot-service.url", serviceUrl(config, Suite.Service.HOTSPOT));
                properties.put("quarkus.oidc-client.credentials.secret", ACTION_PLAN_CLIENT_LOCAL_SECRET);
            }
            case HOTSPOT -> {
                // calls no other service
            }
        }
        return properties;
    }

    static Map<String, String> gateway(SuiteConfig config) {
        return gateway(0, config);
    }

    /**
     * The settings of one gateway replica (from 0). With more than one, the local balancer faces the network and each
     * gateway allows its share of every caller's rate limit.
     */
    static Map<String, String> gateway(int replica, SuiteConfig config) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("quarkus.http.port", Integer.toString(config.replicaPort(config.gatewayPort(), replica)));
        if (config.replicas() > 1) {
            properties.put("quarkus.http.host", "127.0.0.1");
            properties.put("ppo.gateway.rate-limit.replicas", Integer.toString(config.replicas()));
        }
        properties.put("quarkus.oidc.auth-server-url", config.issuer());
        for (Suite.Service service : Suite.Service.values()) {
            properties.put("ppo.gateway.services." + service.gatewayKey() + ".url", serviceUrl(config, service));
        }
        properties.putAll(givenToThisJvm(TRACING));
        return properties;
    }

    /** This JVM's system properties named {@code prefix…}, in name order. */
    private static Map<String, String> givenToThisJvm(String prefix) {
        Map<String, String> given = new TreeMap<>();
        System.getProperties().stringPropertyNames().stream().filter(name -> name.startsWith(prefix))
                .forEach(name -> given.put(name, System.getProperty(name)));
        return given;
    }

    static String serviceUrl(SuiteConfig config, Suite.Service service) {
        return "http://localhost:" + service.port(config);
    }
}
