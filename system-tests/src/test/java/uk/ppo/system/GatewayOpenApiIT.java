package uk.ppo.system;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The suite's one API document, merged by the gateway from the four services: valid OpenAPI 3,
 * every operation secured by the one Keycloak scheme and documenting its problem responses, and the very
 * document committed as {@code api/ppo-suite.openapi.json} (from which the build lints, checks for breaking
 * changes and generates the Java client).
 */
@ExtendWith(RunningSuite.class)
class GatewayOpenApiIT {

    @Test
    void theMergedDocumentIsValidOpenApi3WithSecurityAndProblemsOnEveryOperation() throws Exception {
        String document = given().when().get("/q/openapi").then().statusCode(200).contentType("application/json")
                .extract().asString();
        committedDocumentIs(document);

        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(document, null, options);
        assertTrue(result.getMessages().isEmpty(), "not valid OpenAPI 3: " + result.getMessages());
        OpenAPI api = result.getOpenAPI();
        assertTrue(api.getOpenapi().startsWith("3."), api.getOpenapi());
        assertTrue(!document.contains("x-ppo-unavailable-services"), "a service's document is missing");

        assertEquals(List.of("keycloak"), new ArrayList<>(api.getComponents().getSecuritySchemes().keySet()));
        assertTrue(api.getComponents().getSecuritySchemes().get("keycloak").getOpenIdConnectUrl()
                .endsWith("/realms/ppo/.well-known/openid-configuration"));
        for (String path : List.of("/api/v1/schemes", "/api/v1/offenders/{id}", "/api/v1/scoring/matrices", "/api/v1/areas",
                "/api/v1/plans", "/api/v1/offenders/{id}/summary")) {
            assertNotNull(api.getPaths().get(path), path + " is missing");
        }
        List<String> problems = new ArrayList<>();
        int operations = 0;
        for (var path : api.getPaths().entrySet()) {
            for (var operation : path.getValue().readOperationsMap().entrySet()) {
                operations++;
                String name = operation.getKey() + " " + path.getKey();
                var op = operation.getValue();
                if (op.getSecurity() == null || op.getSecurity().stream().noneMatch(s -> s.containsKey("keycloak"))) {
                    problems.add(name + ": no security requirement");
                }
                if (op.getResponses() == null || op.getResponses().keySet().stream().noneMatch(s -> s.startsWith("4"))) {
                    problems.add(name + ": no 4xx response");
                } else if (!op.getResponses().containsKey("401") || !op.getResponses().containsKey("403")) {
                    problems.add(name + ": no 401/403");
                }
            }
        }
        assertTrue(problems.isEmpty(), problems.toString());
        assertTrue(operations > 50, operations + " operations");
        System.out.printf("Merged API document: %d paths, %d operations, %d schemas%n", api.getPaths().size(), operations,
                api.getComponents().getSchemas().size());
    }

    @Test
    void swaggerUiOffersTheMergedDocumentAndEachServicesOwn() {
        given().when().get("/q/swagger-ui/").then().statusCode(200);
        given().when().get("/openapi/scoring").then().statusCode(200);
    }

    /** The Keycloak URL in the committed document: each deployment serves its own. */
    static final String COMMITTED_KEYCLOAK = "https://keycloak.example.gov.uk/realms/ppo/.well-known/openid-configuration";

    /**
     * Fails, after writing the served document over {@code api/ppo-suite.openapi.json}, when the two differ: a change to
     * the API shows up in the build as a change to commit (and to lint, check and generate from).
     */
    private static void committedDocumentIs(String served) throws Exception {
        ObjectMapper json = new ObjectMapper();
        ObjectNode document = (ObjectNode) json.readTree(served);
        ((ObjectNode) document.at("/components/securitySchemes/keycloak")).put("openIdConnectUrl", COMMITTED_KEYCLOAK);
        Path committed = Path.of(System.getProperty("ppo.root", "..")).resolve("api/ppo-suite.openapi.json").toAbsolutePath().normalize();
        JsonNode before = Files.exists(committed) ? json.readTree(committed.toFile()) : null;
        if (!document.equals(before)) {
            Files.writeString(committed, json.writerWithDefaultPrettyPrinter().writeValueAsString(document) + "\n");
            fail("The gateway serves an API document that differs from the committed one; the served one is now written to "
                    + committed + ": review it (git diff), then commit it");
        }
    }
}
