package uk.ppo.scoring.matrix;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.Arc;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import uk.ppo.common.testing.OidcTestResource;
import uk.ppo.common.testing.PostgresTestResource;

import javax.sql.DataSource;
import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Matrix version 1 is seeded by a migration (V2) as a JSON literal, and {@link MatrixRules#homeOfficeDefault()}
 * is the same matrix in code (new drafts start from it). A migration never changes, so this test holds the two
 * together: the stored document, read back after migration, is compared in full (every category's points and
 * multiplier, impact levels and points, status weights, victim points, OASys/OGRS rule, both band lists,
 * look-back) with the code, key for key, so a misspelt or extra key in the seed fails here too.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "schema", value = "scoring"))
@QuarkusTestResource(OidcTestResource.class)
class SeededMatrixTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void seededVersionOneIsTheHomeOfficeDefaultInFull() throws Exception {
        Seeded seeded = seededVersionOne();
        MatrixRules expected = MatrixRules.homeOfficeDefault();

        JsonNode stored = JSON.readTree(seeded.rules());
        assertEquals(JSON.valueToTree(expected), stored, "the seeded version 1 document differs from MatrixRules.homeOfficeDefault()");
        assertEquals(expected, new RulesConverter().convertToEntityAttribute(seeded.rules()));
        assertEquals(expected.lookBackMonths(), seeded.lookBackMonths(), "look_back_months column of version 1");
        assertTrue(seeded.used(), "version 1 is in use from the start, so it can never change");
    }

    @Test
    void everyCategoryHasItsPointsMultiplierAndImpactLevelInTheSeed() throws Exception {
        JsonNode stored = JSON.readTree(seededVersionOne().rules());
        MatrixRules expected = MatrixRules.homeOfficeDefault();
        for (OffenceCategory category : OffenceCategory.values()) {
            MatrixRules.CategoryRule rule = expected.categories().get(category);
            JsonNode seeded = stored.path("categories").path(category.name());
            assertEquals(rule.points(), seeded.path("points").asInt(-1), category + " points");
            assertEquals(rule.multiplier(), seeded.path("multiplier").asInt(-1), category + " multiplier");
            assertEquals(expected.impactLevels().get(category).name(), stored.path("impactLevels").path(category.name()).asText(),
                    category + " impact level");
        }
    }

    record Seeded(String rules, int lookBackMonths, boolean used) {
    }

    private static Seeded seededVersionOne() throws SQLException {
        DataSource ds = Arc.container().instance(DataSource.class).get();
        try (var c = ds.getConnection();
             var s = c.prepareStatement("SELECT rules, look_back_months, used FROM matrix_version WHERE version_number = 1");
             var r = s.executeQuery()) {
            assertTrue(r.next(), "matrix version 1 is seeded");
            return new Seeded(r.getString(1), r.getInt(2), r.getBoolean(3));
        }
    }
}
