package uk.ppo.actionplan.project;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class ProjectRepository implements PanacheRepositoryBase<Project, UUID> {

    boolean exists(String partnership, String name) {
        return count("partnership = ?1 and lower(name) = lower(?2)", partnership, name) > 0;
    }

    List<Project> find(String partnership, ProjectStage stage, int page, int size) {
        return find(where(partnership, stage) + " order by partnership, name", params(partnership, stage)).page(page, size).list();
    }

    long count(String partnership, ProjectStage stage) {
        return count(where(partnership, stage), params(partnership, stage));
    }

    Optional<Project> findForChange(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    void record(ProjectChange change) {
        getEntityManager().persist(change);
    }

    List<ProjectChange> history(UUID projectId, int page, int size) {
        return getEntityManager().createQuery("from ProjectChange where projectId = :project order by at, version", ProjectChange.class)
                .setParameter("project", projectId).setFirstResult(page * size).setMaxResults(size).getResultList();
    }

    long countHistory(UUID projectId) {
        return getEntityManager().createQuery("select count(*) from ProjectChange where projectId = :project", Long.class)
                .setParameter("project", projectId).getSingleResult();
    }

    private static String where(String partnership, ProjectStage stage) {
        return "1 = 1" + (partnership == null ? "" : " and partnership = :partnership") + (stage == null ? "" : " and stage = :stage");
    }

    private static Parameters params(String partnership, ProjectStage stage) {
        Parameters params = new Parameters();
        if (partnership != null) {
            params.and("partnership", partnership);
        }
        if (stage != null) {
            params.and("stage", stage);
        }
        return params;
    }
}
