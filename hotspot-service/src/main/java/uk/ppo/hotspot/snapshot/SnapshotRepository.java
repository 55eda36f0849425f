package uk.ppo.hotspot.snapshot;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class SnapshotRepository implements PanacheRepositoryBase<ReportSnapshot, UUID> {

    List<ReportSnapshot> page(int page, int size) {
        return findAll(Sort.descending("takenAt").and("id")).page(page, size).list();
    }

    Optional<ReportSnapshot> findWithAreas(UUID id) {
        return find("from ReportSnapshot s left join fetch s.areas where s.id = ?1", id).firstResultOptional();
    }
}
