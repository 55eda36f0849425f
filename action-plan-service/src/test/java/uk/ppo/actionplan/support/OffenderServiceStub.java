package uk.ppo.actionplan.support;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.Admin;
import com.github.tomakehurst.wiremock.extension.Extension;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

/**
 * offender-service's scope look-ups and Keycloak's token endpoint as WireMock stubs on a random port. Tests
 * register people one by one ({@code GET /api/v1/entitlements/people/{id}}, see {@link Offender}) and schemes
 * by id; the batch look-up and the scheme list answer from those stubs, so the three always agree (a
 * transfer re-registers one person and every look-up sees it). Tests reach the stubs through WireMock's HTTP
 * admin API at {@code ppo.test.offender-stub.port} (test resources and tests live in different class loaders).
 */
public class OffenderServiceStub implements QuarkusTestResourceLifecycleManager {

    public static final String SERVICE_TOKEN = "action-plan-service-token";
    static final String PEOPLE = "/api/v1/entitlements/people";
    static final String SCHEMES = "/api/v1/entitlements/schemes";

    private WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(wireMockConfig().dynamicPort()
                .extensions(services -> List.<Extension>of(new FromSingleLookups(services.getAdmin()))));
        server.start();
        server.stubFor(post(urlEqualTo("/realms/ppo/protocol/openid-connect/token")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json")
                .withBody("{\"access_token\":\"" + SERVICE_TOKEN + "\",\"token_type\":\"Bearer\",\"expires_in\":300}")));
        server.stubFor(get(urlPathEqualTo(PEOPLE)).willReturn(aResponse().withTransformers(FromSingleLookups.NAME)));
        server.stubFor(get(urlPathEqualTo(SCHEMES)).willReturn(aResponse().withTransformers(FromSingleLookups.NAME)));
        for (String code : List.of("HASTINGS", "EASTBOURNE", "THURROCK")) {
            String id = java.util.UUID.nameUUIDFromBytes(code.getBytes()).toString();
            server.stubFor(get(urlEqualTo(SCHEMES + "/" + id))
                    .willReturn(okJson("{\"schemeId\":\"" + id + "\",\"schemeCode\":\"" + code + "\"}")));
        }
        String base = "http://localhost:" + server.port();
        return Map.of(
                "quarkus.rest-client.offender-service.url", base,
                // hotspot-service's indicator counts are stubbed on the same server (tests register them)
                "quarkus.rest-client.hotspot-service.url", base,
                "quarkus.oidc-client.auth-server-url", base + "/realms/ppo",
                "quarkus.oidc-client.discovery-enabled", "false",
                "quarkus.oidc-client.token-path", "/protocol/openid-connect/token",
                "quarkus.oidc-client.credentials.secret", "test-secret",
                "ppo.test.offender-stub.port", Integer.toString(server.port()));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    /**
     * Answers the batch look-up ({@code ?id=…&id=…}) with the people whose single look-up currently answers
     * 200, and the scheme list with every scheme registered by id.
     */
    static final class FromSingleLookups implements ResponseDefinitionTransformerV2 {

        static final String NAME = "from-single-lookups";
        private static final Pattern SCHEME_BY_ID = Pattern.compile(Pattern.quote(SCHEMES) + "/[^/?]+");

        private final Admin admin;

        FromSingleLookups(Admin admin) {
            this.admin = admin;
        }

        @Override
        public String getName() {
            return NAME;
        }

        @Override
        public boolean applyGlobally() {
            return false;
        }

        @Override
        public ResponseDefinition transform(ServeEvent event) {
            List<StubMapping> mappings = admin.listAllStubMappings().getMappings();
            if (event.getRequest().getUrl().startsWith(SCHEMES)) {
                String schemes = mappings.stream()
                        .filter(m -> m.getRequest().getUrl() != null && SCHEME_BY_ID.matcher(m.getRequest().getUrl()).matches())
                        .collect(Collectors.groupingBy(m -> m.getRequest().getUrl())).values().stream()
                        .map(FromSingleLookups::newest).flatMap(Optional::stream)
                        .collect(Collectors.joining(","));
                return okJson("{\"schemes\":[" + schemes + "]}").build();
            }
            var ids = event.getRequest().queryParameter("id");
            String people = (ids.isPresent() ? ids.values() : List.<String>of()).stream()
                    .map(id -> newest(mappings.stream().filter(m -> (PEOPLE + "/" + id).equals(m.getRequest().getUrl())).toList()))
                    .flatMap(Optional::stream)
                    .collect(Collectors.joining(","));
            return okJson("{\"people\":[" + people + "]}").build();
        }

        /** The body of the newest of these stubs, if it answers 200 (a person registered as unknown or failing is left out). */
        private static Optional<String> newest(List<StubMapping> stubs) {
            return stubs.stream().max(Comparator.comparingLong(StubMapping::getInsertionIndex))
                    .filter(m -> m.getResponse().getStatus() == 200)
                    .map(m -> m.getResponse().getBody())
                    .filter(Objects::nonNull);
        }
    }
}
