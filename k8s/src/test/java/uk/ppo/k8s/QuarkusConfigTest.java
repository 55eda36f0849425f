package uk.ppo.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;

class QuarkusConfigTest {

    @Test
    void envNamesFollowMicroProfileConfig() {
        assertEquals("PPO_GATEWAY_SERVICES_ACTION_PLAN_URL", QuarkusConfig.envName("ppo.gateway.services.action-plan.url"));
        assertEquals("QUARKUS_DATASOURCE_JDBC_URL", QuarkusConfig.envName("quarkus.datasource.jdbc.url"));
    }

    @Test
    void keysReadInCodeAreFoundFromLiteralsAndConfigMappings() {
        Set<String> keys = QuarkusConfig.keysInSource("""
                @ConfigMapping(prefix = "ppo.gateway.openapi")
                interface OpenApiConfig {
                    Optional<String> keycloakUrl();
                    Duration timeout();
                }
                class X { String s = config.getOptionalValue("ppo.admin-console.auth-server-url", String.class); }
                """);
        assertEquals(Set.of("PPO_GATEWAY_OPENAPI_KEYCLOAK_URL", "PPO_GATEWAY_OPENAPI_TIMEOUT",
                "PPO_ADMIN_CONSOLE_AUTH_SERVER_URL"), keys);
    }

    @Test
    void aMisspelledOrBuildTimeKeyIsNotAcceptedAsARunTimeSetting() {
        Set<String> own = QuarkusConfig.ownKeys(RealmImportTest.ROOT, "offender-service");
        assertTrue(own.contains("QUARKUS_DATASOURCE_USERNAME"));
        assertFalse(own.contains("QUARKUS_DATASOURCE_PASWORD"));
        assertFalse(QuarkusConfig.documented().containsKey("QUARKUS_DATASOURCE_PASWORD"));
        assertEquals("RUN_TIME", QuarkusConfig.documented().get("QUARKUS_DATASOURCE_PASSWORD").phase());
        assertEquals("BUILD_AND_RUN_TIME_FIXED", QuarkusConfig.documented().get("QUARKUS_DATASOURCE_DB_KIND").phase());
    }

    @Test
    void theGatewayReadsTheAdminConsolesSettings() {
        assertTrue(QuarkusConfig.modulesOf(RealmImportTest.ROOT, "gateway").containsAll(Set.of("gateway", "common", "admin-console")));
        assertTrue(QuarkusConfig.ownKeys(RealmImportTest.ROOT, "gateway").contains("PPO_ADMIN_CONSOLE_AUTH_SERVER_URL"));
    }
}
