package uk.ppo.actionplan;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.ppo.common.testing.OidcTestResource;
import uk.ppo.common.testing.PostgresTestResource;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.ppo.actionplan.Fixtures.ANALYST;

/**
 * The local run's East Sussex Community Safety Agreement 2010/11 against its source, the published document as
 * text (docs/sources/001_1bd284bbf6da394a.txt, a copy of ../shared/sources/001): the action codes and texts are
 * read from the source's action tables here, not from a list kept beside the sample data.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "schema", value = "action_plan"))
@QuarkusTestResource(OidcTestResource.class)
class SourceAgreementTest {

    private static final String PLAN = "c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0001";
    private static final String SOURCE = "docs/sources/001_1bd284bbf6da394a.txt";

    /** An action table's code cell: AR1, L10, ASB 1, EP (a) (once written "EP (c )"). */
    private static final Pattern CODE_CELL = Pattern.compile("\t([A-Z]{1,3}\\d{1,2}|ASB \\d{1,2}|[A-Z]{2,3} \\([a-z] ?\\))\\s*");

    @Inject
    DataSource dataSource;

    @Test
    void everyActionOfTheSourceIsLoadedWithTheSourcesWords() throws IOException {
        Map<String, String> source = sourceActions(sourceLines());
        assertEquals(81, source.size(), "the parser finds every action table row of 001: " + source.keySet());
        assertEquals("Introduce an Integrated Offender Management model in East Sussex", source.get("AR1"));

        List<String> codes = given().auth().oauth2(ANALYST).queryParam("size", 500).get("/api/v1/plans/{id}/actions", PLAN)
                .then().statusCode(200).extract().path("items.code");
        List<String> texts = given().auth().oauth2(ANALYST).queryParam("size", 500).get("/api/v1/plans/{id}/actions", PLAN)
                .then().statusCode(200).extract().path("items.text");
        Map<String, String> loaded = new LinkedHashMap<>();
        for (int i = 0; i < codes.size(); i++) {
            loaded.put(codes.get(i), texts.get(i));
        }
        assertEquals(new java.util.TreeMap<>(source), new java.util.TreeMap<>(loaded));
    }

    @Test
    void everyMilestoneIsWordedAsTheSourceWordsIt() throws IOException, SQLException {
        String source = normalise(String.join(" ", sourceLines()));
        List<String> milestones = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT a.code, m.text FROM milestone m JOIN action a ON a.id = m.action_id WHERE a.plan_id = ?::uuid")) {
            statement.setString(1, PLAN);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    milestones.add(rows.getString(1) + ": " + rows.getString(2));
                    assertTrue(source.contains(normalise(rows.getString(2))), rows.getString(1) + " milestone not in the source: "
                            + rows.getString(2));
                }
            }
        }
        assertEquals(151, milestones.size());
    }

    @Test
    void leadsCostsAndDueDatesAreAsTheSourceWritesThem() {
        String ar1 = actionId("AR1");
        given().auth().oauth2(ANALYST).get("/api/v1/actions/{id}", ar1).then().statusCode(200)
                .body("lead.organisation", org.hamcrest.Matchers.equalTo("Surrey and Sussex Probation Trust"))
                .body("priorityCode", org.hamcrest.Matchers.equalTo("AR"))
                .body("completionDue", org.hamcrest.Matchers.equalTo("2010-09-30"));
        given().auth().oauth2(ANALYST).get("/api/v1/actions/{id}/milestones", ar1).then().statusCode(200)
                .body("text", org.hamcrest.Matchers.contains(
                        "Assessment of need produced by IOM Project Team and signed off by project board",
                        "IOM Project group to identify cohorts of offenders and priority wraparound services to be involved in IOM "
                                + "schemes and use this to map out the model for IOM in East Sussex"))
                .body("due.value", org.hamcrest.Matchers.contains("2010-09", "2010-09"));
        // CH1: costs "TBC"; the second and third milestones are led "TBC (following partnership review process)"
        given().auth().oauth2(ANALYST).get("/api/v1/actions/{id}", actionId("CH1")).then()
                .body("cost.note", org.hamcrest.Matchers.equalTo("TBC"))
                .body("lead.jobTitle", org.hamcrest.Matchers.equalTo("Performance and Resources Manager"));
        given().auth().oauth2(ANALYST).get("/api/v1/actions/{id}/milestones", actionId("CH1")).then()
                .body("due.kind", org.hamcrest.Matchers.contains("MONTH", "MONTH", "RECURRENCE"))
                .body("lead[0]", org.hamcrest.Matchers.nullValue())
                .body("lead[1].organisation", org.hamcrest.Matchers.equalTo("TBC (following partnership review process)"))
                .body("lead[2].organisation", org.hamcrest.Matchers.equalTo("TBC (following partnership review process)"));
        // CH2 is due "Quarter 3" of the plan's year; L5's first milestone "(Refer to Alcohol communications plan)": TBC
        given().auth().oauth2(ANALYST).get("/api/v1/actions/{id}/milestones", actionId("CH2")).then()
                .body("due.kind", org.hamcrest.Matchers.contains("PLAN_QUARTER"))
                .body("due.value", org.hamcrest.Matchers.contains("Quarter 3 Year 1"))
                .body("dueDates.due.flatten()", org.hamcrest.Matchers.contains("2010-12-31"));
        given().auth().oauth2(ANALYST).get("/api/v1/actions/{id}/milestones", actionId("L5")).then()
                .body("due.kind", org.hamcrest.Matchers.contains("TBC", "MONTH"))
                .body("dueDates[0]", org.hamcrest.Matchers.empty())
                .body("lead[1].jobTitle", org.hamcrest.Matchers.equalTo("Health Improvement Commissioning Manager"));
        given().auth().oauth2(ANALYST).get("/api/v1/actions/{id}", actionId("L5")).then()
                .body("cost.note", org.hamcrest.Matchers.equalTo("Approx. communications costs: £3k"));
        given().auth().oauth2(ANALYST).get("/api/v1/actions/{id}", actionId("VC3")).then()
                .body("cost.note", org.hamcrest.Matchers.equalTo("£500 (Incentive and reimbursement)"));
    }

    @Test
    void thePrioritiesHoldTheSourcesPages() {
        given().auth().oauth2(ANALYST).get("/api/v1/plans/{id}/priorities", PLAN).then().statusCode(200)
                .body("code", org.hamcrest.Matchers.contains("AR", "ASB", "CC", "CH", "D", "R/L", "RS", "SC", "VC", "YC"))
                .body("find { it.code == 'AR' }.title", org.hamcrest.Matchers.equalTo("Reducing Adult Re-Offending"))
                .body("find { it.code == 'AR' }.achievements", org.hamcrest.Matchers.containsString(
                        "reducing the offences from 366 to 197\u00a0- a 46% reduction"))
                .body("find { it.code == 'AR' }.plans", org.hamcrest.Matchers.startsWith(
                        "An overall Reducing Reoffending Board will be created."))
                .body("find { it.code == 'CH' }.achievements", org.hamcrest.Matchers.containsString("Operation Marble"));
    }

    private String actionId(String code) {
        return given().auth().oauth2(ANALYST).queryParam("size", 500).get("/api/v1/plans/{id}/actions", PLAN).then()
                .extract().path("items.find { it.code == '" + code + "' }.id");
    }

    /** Code to text of every action table row: the code cell, then the action cell up to the next cell. */
    static Map<String, String> sourceActions(List<String> lines) {
        Map<String, String> actions = new LinkedHashMap<>();
        for (int i = 0; i < lines.size() - 1; i++) {
            Matcher code = CODE_CELL.matcher(lines.get(i));
            if (!code.matches()) {
                continue;
            }
            StringBuilder text = new StringBuilder(lines.get(i + 1));
            for (int j = i + 2; j < lines.size() && !lines.get(j).startsWith("\t"); j++) {
                text.append(' ').append(lines.get(j));
            }
            actions.put(code.group(1).replaceAll("\\s+\\)", ")"), normalise(text.toString()));
        }
        return actions;
    }

    private static String normalise(String text) {
        return text.replaceAll("[\\s\u00a0]+", " ").strip();   // the PDF's text has no-break spaces among its spaces
    }

    private static List<String> sourceLines() throws IOException {
        Path path = Path.of("..").resolve(SOURCE);
        if (!Files.exists(path)) {
            path = Path.of(SOURCE);   // run from the repository root
        }
        return Files.readAllLines(path, StandardCharsets.UTF_8);
    }
}
