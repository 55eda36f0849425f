package uk.ppo.actionplan;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.ppo.common.testing.OidcTestResource;
import uk.ppo.common.testing.PostgresTestResource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.ppo.actionplan.Fixtures.ANALYST;

/**
 * The local run's NI 30 delivery plan against its source: East Sussex LAA Delivery Plan for NI 30, version 1,
 * 8 May 2009 (source 000, a public document, copied to {@code src/test/resources/sources}). The source is a
 * conversion of a table, so a cell's words may be split by its neighbours' (or a page break): a loaded text
 * matches when its words run in the source word for word, or else appear there in order, each within {@value #GAP}
 * words of the one before.
 * Words the conversion lost are marked "…" in the sample; each part around them is matched on its own.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "schema", value = "action_plan"))
@QuarkusTestResource(OidcTestResource.class)
class DeliveryPlanSourceTest {

    private static final int GAP = 40;
    /** The people the source names; the sample replaces them by job titles. */
    private static final List<String> PEOPLE = List.of("Leighe Rogers", "Mark Ling", "Sue Dean", "Robin Smith", "Karen Burch");

    private static String source;
    private static List<String> sourceWords;

    @BeforeAll
    static void readSource() throws IOException {
        try (InputStream in = DeliveryPlanSourceTest.class.getResourceAsStream("/sources/000_8b799d7960d193d6.txt")) {
            source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        sourceWords = words(source.replaceAll("</?i>", " "));
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toList();
    }

    /**
     * Where the text's words start in the source at or after {@code from}: the first place they run there word for
     * word, else the first place they appear in order, each within GAP words of the one before; -1 when neither.
     */
    private static int foundAt(String text, int from) {
        List<String> wanted = words(text);
        int whole = Collections.indexOfSubList(sourceWords.subList(from, sourceWords.size()), wanted);
        if (whole >= 0) {
            return from + whole;
        }
        for (int start = from; start < sourceWords.size(); start++) {
            if (!sourceWords.get(start).equals(wanted.get(0))) {
                continue;
            }
            int at = start;
            boolean all = true;
            for (String word : wanted.subList(1, wanted.size())) {
                int next = -1;
                for (int i = at + 1; i <= Math.min(at + GAP, sourceWords.size() - 1); i++) {
                    if (sourceWords.get(i).equals(word)) {
                        next = i;
                        break;
                    }
                }
                if (next < 0) {
                    all = false;
                    break;
                }
                at = next;
            }
            if (all) {
                return start;
            }
        }
        return -1;
    }

    /** Each part of the text (around "…" and between "; ") is in the source at or after {@code from}; where the first is. */
    private static int assertInSource(String what, String text, int from) {
        int first = -1;
        for (String part : text.split("…|; ")) {
            if (words(part).isEmpty()) {
                continue;
            }
            int at = foundAt(part, from);
            assertTrue(at >= 0, what + " is not in source 000" + (from > 0 ? " after the one before" : "") + ": \"" + part + "\"");
            first = first < 0 ? at : first;
        }
        return first;
    }

    private static void assertInSource(String what, String text) {
        assertInSource(what, text, 0);
    }

    /** The texts are in the source in this order. */
    private static void assertInSourceOrder(String what, List<String> texts) {
        int previous = -1;
        for (int i = 0; i < texts.size(); i++) {
            previous = assertInSource(what + " " + (i + 1), texts.get(i), previous + 1);
        }
    }

    private static JsonPath plan() {
        return given().auth().oauth2(ANALYST).get("/api/v1/delivery-plans/{id}", SampleDataTest.NI30_DELIVERY_PLAN)
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void theRisksAreTheSourcesNumberedRisksWithTheirMitigatingActions() {
        // the source's risk rows: "1. PPOs fail ...", "2. Failure ...", "3.Failure ..." up to the mitigation column
        Matcher row = Pattern.compile("(?m)^\\s*(\\d)\\.\\s?([A-Z][^\\t\\n]+?)\\s*\\t").matcher(source);
        List<String> sourceRisks = new ArrayList<>();
        while (row.find()) {
            assertEquals(sourceRisks.size() + 1, Integer.parseInt(row.group(1)));
            sourceRisks.add(row.group(2).strip());
        }
        assertEquals(3, sourceRisks.size(), sourceRisks.toString());

        JsonPath plan = plan();
        assertEquals(List.of(1, 2, 3), plan.getList("risks.number"));
        assertEquals(sourceRisks, plan.getList("risks.risk"));
        List<Map<String, Object>> risks = plan.getList("risks");
        List<String> mitigations = new ArrayList<>();
        for (Map<String, Object> risk : risks) {
            @SuppressWarnings("unchecked")
            List<String> of = (List<String>) risk.get("mitigations");
            assertFalse(of.isEmpty(), risk.get("risk") + " has no mitigation");
            mitigations.addAll(of);
            assertFalse(((String) risk.get("owner")).isBlank());
        }
        assertEquals(8, mitigations.size());
        assertInSourceOrder("mitigation", mitigations);
    }

    @Test
    void theSubTargetsAreTheSourcesInItsOrder() {
        JsonPath plan = plan();
        List<String> subTargets = plan.getList("subTargets");
        assertEquals(5, subTargets.size());
        assertEquals(List.of(1, 2, 3, 4, 5), plan.getList("subTargetProgress.number"));
        assertInSourceOrder("sub-target", subTargets);
        // the four whole ones word for word, as the source's "Specific Sub Targets" cell runs
        String cell = source.substring(source.indexOf("Specific Sub"), source.indexOf("Links with Other Plans:")).replaceAll("\\s+", " ");
        subTargets.subList(0, 4).forEach(s -> assertTrue(cell.contains(s), s));
    }

    @Test
    void theActivitiesAreTheSourcesWithTimescaleMeasurePartnerAndAJobTitleForEachNamedContact() {
        JsonPath plan = plan();
        List<Map<String, Object>> activities = plan.getList("activities");
        assertEquals(3, activities.size());
        assertEquals(List.of(1, 2, 3), plan.getList("activities.number"));
        assertInSourceOrder("activity", plan.getList("activities.activity"));
        for (Map<String, Object> activity : activities) {
            String name = "activity " + activity.get("number");
            for (String field : List.of("timescale", "interimMeasure", "partner")) {
                assertInSource(name + " " + field, (String) activity.get(field));
            }
            // "named officer" stands in for a name the source gives without a job title
            assertInSource(name + " contact", ((String) activity.get("namedContact")).replace("named officer, ", ""));
            assertFalse(((String) activity.get("measuredHowOften")).isBlank(), name);
        }
        assertEquals("May 2009", activities.get(0).get("timescale"));
        assertEquals("Project Plan in Place by 30.6.09", activities.get(2).get("timescale"));
    }

    @Test
    void theLeadPartnersFiguresAndLinksAreTheSourcesAndNoPersonIsNamed() {
        JsonPath plan = plan();
        assertEquals(273, plan.getInt("baseline"));
        assertTrue(source.contains("273") && source.contains("213") && source.contains("-22%") && source.contains("-60%"));
        assertEquals(Arrays.asList(null, 213, null), plan.getList("targets.targetValue"));
        assertEquals("-60%", plan.getString("targets[0].note"));
        assertInSource("the indicator lead", plan.getString("indicatorLead"));
        assertInSourceOrder("statutory partner", plan.getList("statutoryPartners"));
        assertEquals(8, plan.getList("statutoryPartners").size());
        assertInSourceOrder("link", plan.getList("links"));
        assertInSource("resources", plan.getString("resources"));
        assertInSource("definition", plan.getString("definition"));

        String everything = given().auth().oauth2(ANALYST).get("/api/v1/delivery-plans/{id}", SampleDataTest.NI30_DELIVERY_PLAN).asString();
        for (String person : PEOPLE) {
            assertTrue(source.contains(person), person + " is not in the source");
            for (String name : person.split(" ")) {
                assertFalse(everything.contains(name), "the loaded plan names " + name);
            }
        }
        assertFalse(everything.contains("@"), "the loaded plan holds an e-mail address");
        assertFalse(everything.contains("227979"), "the loaded plan holds a phone number");
    }
}
