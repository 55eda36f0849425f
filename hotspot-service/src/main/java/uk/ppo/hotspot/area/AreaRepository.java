package uk.ppo.hotspot.area;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
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

    long count(AreaType type) {
        return type == null ? count() : count("type", type);
    }
}
