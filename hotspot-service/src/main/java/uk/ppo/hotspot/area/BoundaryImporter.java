package uk.ppo.hotspot.area;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.ppo.common.problem.Problem;
import uk.ppo.common.problem.ProblemException;
import uk.ppo.common.problem.ProblemType;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Loads area polygons from a GeoJSON FeatureCollection (CRS84, as the ONS publishes them). A feature is
 * matched to an area by its {@code code} property or an ONS code property (LSOA21CD, WD25CD, LAD25CD...,
 * the most detailed first). Polygon and MultiPolygon only. All or nothing.
 */
@ApplicationScoped
public class BoundaryImporter {

    private static final List<Pattern> CODE_PROPERTIES = List.of(Pattern.compile("code"),
            Pattern.compile("LSOA\\d{2}CD"), Pattern.compile("WD\\d{2}CD"), Pattern.compile("LAD\\d{2}CD"),
            Pattern.compile("(CTY|UTLA)\\d{2}CD"));

    private final EntityManager em;
    private final AreaRepository areas;
    private final ObjectMapper mapper;

    BoundaryImporter(EntityManager em, AreaRepository areas, ObjectMapper mapper) {
        this.em = em;
        this.areas = areas;
        this.mapper = mapper;
    }

    @Schema(name = "BoundaryImportResult", description = "What a boundary import did")
    public record Result(@Schema(description = "Features in the collection", example = "1650") int features,
                         @Schema(description = "Areas whose polygon was stored", example = "1650") int stored) {
    }

    @Transactional
    public Result importGeoJson(InputStream body) {
        JsonNode root;
        try {
            root = mapper.readTree(body);
        } catch (IOException e) {
            throw ProblemException.invalid("body", "is not valid JSON");
        }
        if (root == null || !"FeatureCollection".equals(root.path("type").asText()) || !root.path("features").isArray()) {
            throw ProblemException.invalid("type", "must be a GeoJSON FeatureCollection");
        }
        Map<String, java.util.UUID> ids = areas.idsByCode();
        List<Problem.Violation> violations = new ArrayList<>();
        List<Object[]> rows = new ArrayList<>();
        int index = 0;
        for (JsonNode feature : root.path("features")) {
            String field = "features[" + index++ + "]";
            String code = codeOf(feature.path("properties"));
            JsonNode geometry = feature.path("geometry");
            String geometryType = geometry.path("type").asText();
            if (code == null) {
                violations.add(new Problem.Violation(field + ".properties", "no code property (code, LSOA21CD, WD25CD...)"));
            } else if (!ids.containsKey(code)) {
                violations.add(new Problem.Violation(field + ".properties", "no area has code " + code));
            } else if (!geometryType.equals("Polygon") && !geometryType.equals("MultiPolygon")) {
                violations.add(new Problem.Violation(field + ".geometry", "must be a Polygon or MultiPolygon"));
            } else if (!geometry.path("coordinates").isArray()) {
                violations.add(new Problem.Violation(field + ".geometry", "has no coordinates"));
            } else {
                rows.add(new Object[] {ids.get(code), geometry.toString()});
            }
        }
        if (!violations.isEmpty()) {
            throw new ProblemException(ProblemType.INVALID_INPUT, violations.size() + " feature(s) cannot be stored,"
                    + " nothing was imported; first: " + violations.get(0).field() + " " + violations.get(0).message(),
                    violations.subList(0, Math.min(100, violations.size())));
        }
        for (Object[] row : rows) {
            em.createNativeQuery("INSERT INTO area_boundary (area_id, geometry, updated_at) VALUES (?1, ?2, now()) "
                            + "ON CONFLICT (area_id) DO UPDATE SET geometry = EXCLUDED.geometry, updated_at = now()")
                    .setParameter(1, row[0]).setParameter(2, row[1]).executeUpdate();
        }
        return new Result(index, rows.size());
    }

    private static String codeOf(JsonNode properties) {
        for (Pattern pattern : CODE_PROPERTIES) {
            for (Iterator<String> names = properties.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (pattern.matcher(name).matches() && properties.get(name).isTextual()) {
                    return properties.get(name).asText();
                }
            }
        }
        return null;
    }
}
