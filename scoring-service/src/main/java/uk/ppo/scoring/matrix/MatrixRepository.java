package uk.ppo.scoring.matrix;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
class MatrixRepository implements PanacheRepositoryBase<MatrixVersion, UUID> {

    /**
     * The number the next version gets. Takes a lock held until the transaction ends, so two
     * concurrent drafts cannot both be given the same number; readers are not blocked.
     */
    int nextVersionNumber() {
        getEntityManager().createNativeQuery("LOCK TABLE matrix_version IN EXCLUSIVE MODE").executeUpdate();
        Integer highest = getEntityManager()
                .createQuery("select max(m.versionNumber) from MatrixVersion m", Integer.class)
                .getSingleResult();
        return highest == null ? 1 : highest + 1;
    }

    List<MatrixVersion> page(int page, int size) {
        return findAll(Sort.by("versionNumber")).page(page, size).list();
    }

    Optional<MatrixVersion> byNumber(int versionNumber) {
        return find("versionNumber", versionNumber).firstResultOptional();
    }

    /** The newest activation for the scheme, or the newest global one when schemeId is null. */
    Optional<MatrixActivation> currentActivation(UUID schemeId) {
        String where = schemeId == null ? "schemeId is null" : "schemeId = ?1";
        var query = getEntityManager().createQuery("from MatrixActivation a where a." + where
                + " order by a.activatedAt desc, a.id", MatrixActivation.class).setMaxResults(1);
        if (schemeId != null) {
            query.setParameter(1, schemeId);
        }
        return query.getResultStream().findFirst();
    }

    void addActivation(MatrixActivation activation) {
        getEntityManager().persist(activation);
    }

    /** Ids of the versions currently active in some scope (the newest activation per scope). */
    Set<UUID> activeSomewhere() {
        List<UUID> ids = getEntityManager().createQuery("""
                select a.matrixId from MatrixActivation a
                where a.activatedAt = (select max(b.activatedAt) from MatrixActivation b
                                       where (b.schemeId = a.schemeId) or (b.schemeId is null and a.schemeId is null))""", UUID.class)
                .getResultList();
        return Set.copyOf(ids);
    }
}
