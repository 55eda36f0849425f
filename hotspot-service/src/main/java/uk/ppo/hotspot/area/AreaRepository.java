package uk.ppo.hotspot.area;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Areas come with their parent fetched, so its code can be shown after the transaction. */
@ApplicationScoped
class AreaRepository implements PanacheRepositoryBase<Area, UUID> {

    Optional<Area> findByCode(String code) {
        return find("from Area a left join fetch a.parent where a.code = ?1", code).firstResultOptional();
    }

    /** A page of areas by code, of one type or (null) of all types. */
    List<Area> page(AreaType type, int page, int size) {
        PanacheQuery<Area> query = type == null
                ? find("from Area a left join fetch a.parent order by a.code")
                : find("from Area a left join fetch a.parent where a.type = ?1 order by a.code", type);
        return query.page(page, size).list();
    }

    Map<String, UUID> idsByCode() {
        Map<String, UUID> ids = new java.util.HashMap<>();
        getEntityManager().createQuery("select a.code, a.id from Area a", Object[].class).getResultList()
                .forEach(row -> ids.put((String) row[0], (UUID) row[1]));
        return ids;
    }

    List<Area> listAllWithParents() {
        return find("from Area a left join fetch a.parent").list();
    }

    /** A page of areas matching the filters (each may be null): type, parent code, code or name containing q. */
    List<Area> search(AreaType type, String parentCode, String q, int page, int size) {
        return find("from Area a left join fetch a.parent p" + where(type, parentCode, q) + " order by a.code",
                params(type, parentCode, q)).page(page, size).list();
    }

    long countMatching(AreaType type, String parentCode, String q) {
        var query = getEntityManager().createQuery("select count(a) from Area a left join a.parent p"
                + where(type, parentCode, q), Long.class);
        params(type, parentCode, q).map().forEach(query::setParameter);
        return query.getSingleResult();
    }

    private static String where(AreaType type, String parentCode, String q) {
        List<String> clauses = new java.util.ArrayList<>();
        if (type != null) {
            clauses.add("a.type = :type");
        }
        if (parentCode != null) {
            clauses.add("p.code = :parent");
        }
        if (q != null) {
            clauses.add("(lower(a.name) like :q or lower(a.code) like :q)");
        }
        return clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
    }

    private static io.quarkus.panache.common.Parameters params(AreaType type, String parentCode, String q) {
        io.quarkus.panache.common.Parameters p = new io.quarkus.panache.common.Parameters();
        if (type != null) {
            p = p.and("type", type);
        }
        if (parentCode != null) {
            p = p.and("parent", parentCode);
        }
        if (q != null) {
            p = p.and("q", "%" + q.toLowerCase().replace("%", "").replace("_", "") + "%");
        }
        return p;
    }

    long count(AreaType type) {
        return type == null ? count() : count("type", type);
    }
}
