package uk.ppo.offender.scheme;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import uk.ppo.common.security.Scope;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class SchemeRepository implements PanacheRepositoryBase<Scheme, UUID> {

    public Optional<Scheme> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    /** One page of the schemes a scope covers, by code. */
    PanacheQuery<Scheme> visibleTo(Scope scope) {
        if (scope.coversEveryScheme()) {
            return findAll(Sort.by("code"));
        }
        return find("code in ?1", Sort.by("code"), scope.isEmpty() ? List.of("") : List.copyOf(scope.codes()));
    }
}
