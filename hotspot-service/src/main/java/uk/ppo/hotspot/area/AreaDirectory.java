package uk.ppo.hotspot.area;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the analyses may know about areas, without reaching into the area package's entity. */
@ApplicationScoped
public class AreaDirectory {

    private final AreaRepository areas;
    private final EntityManager em;

    AreaDirectory(AreaRepository areas, EntityManager em) {
        this.areas = areas;
        this.em = em;
    }

    /** An area as the analyses see it. */
    public record AreaRef(String code, String name, AreaType type, String parentCode, Integer population,
                          Double latitude, Double longitude) {
    }

    @Transactional
    public Optional<AreaRef> find(String code) {
        return areas.findByCode(code).map(a -> new AreaRef(a.code(), a.name(), a.type(), a.parentCode(),
                a.population(), a.latitude(), a.longitude()));
    }

    /** Areas of one type at or under {@code withinCode} (null: everywhere). */
    @Transactional
    public List<AreaRef> within(AreaType type, String withinCode) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                WITH RECURSIVE scope AS (
                    SELECT id FROM area WHERE (CAST(?1 AS varchar) IS NULL AND parent_id IS NULL) OR code = ?1
                    UNION ALL
                    SELECT a.id FROM area a JOIN scope s ON a.parent_id = s.id
                )
                SELECT a.code, a.name, a.type, p.code, a.population, a.latitude, a.longitude
                FROM area a JOIN scope s ON s.id = a.id LEFT JOIN area p ON p.id = a.parent_id
                WHERE a.type = ?2 ORDER BY a.code
                """).setParameter(1, withinCode).setParameter(2, type.name()).getResultList();
        return rows.stream().map(r -> new AreaRef((String) r[0], (String) r[1], AreaType.valueOf((String) r[2]),
                (String) r[3], r[4] == null ? null : ((Number) r[4]).intValue(),
                r[5] == null ? null : ((Number) r[5]).doubleValue(),
                r[6] == null ? null : ((Number) r[6]).doubleValue())).toList();
    }

    /** Stored polygons (GeoJSON geometry text, CRS84) of the areas named that have one. */
    @Transactional
    public Map<String, String> geometries(Collection<String> codes) {
        Map<String, String> result = new HashMap<>();
        if (codes.isEmpty()) {
            return result;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT a.code, b.geometry FROM area a JOIN area_boundary b"
                + " ON b.area_id = a.id WHERE a.code IN (?1)").setParameter(1, codes).getResultList();
        rows.forEach(r -> result.put((String) r[0], (String) r[1]));
        return result;
    }

    /**
     * Map features for the areas named, in the order given, each with its properties: the polygon where
     * boundaries are loaded, the centroid otherwise (codes no longer known get a null geometry).
     */
    @Transactional
    public List<uk.ppo.hotspot.geo.GeoJson.Feature> features(List<String> codes, java.util.function.Function<String, Object> properties) {
        Map<String, Object[]> places = new HashMap<>();
        if (!codes.isEmpty()) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("SELECT a.code, b.geometry, a.latitude, a.longitude FROM area a"
                    + " LEFT JOIN area_boundary b ON b.area_id = a.id WHERE a.code IN (?1)")
                    .setParameter(1, new java.util.HashSet<>(codes)).getResultList();
            rows.forEach(r -> places.put((String) r[0], r));
        }
        List<uk.ppo.hotspot.geo.GeoJson.Feature> features = new java.util.ArrayList<>(codes.size());
        for (String code : codes) {
            Object[] place = places.get(code);
            features.add(new uk.ppo.hotspot.geo.GeoJson.Feature(code, place == null ? null : (String) place[1],
                    place == null || place[2] == null ? null : ((Number) place[2]).doubleValue(),
                    place == null || place[3] == null ? null : ((Number) place[3]).doubleValue(), properties.apply(code)));
        }
        return features;
    }
}
