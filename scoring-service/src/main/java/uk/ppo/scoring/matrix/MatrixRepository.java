package uk.ppo.scoring.matrix;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
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
}
