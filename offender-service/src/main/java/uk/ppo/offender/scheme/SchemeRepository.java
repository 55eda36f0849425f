package uk.ppo.offender.scheme;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class SchemeRepository implements PanacheRepositoryBase<Scheme, UUID> {

    public Optional<Scheme> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    List<Scheme> page(int page, int size) {
        return findAll(Sort.by("code")).page(page, size).list();
    }
}
