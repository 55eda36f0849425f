package uk.ppo.hotspot.incident;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;

@ApplicationScoped
class IncidentRepository implements PanacheRepositoryBase<Incident, String> {

    Optional<Incident> findBySourceKey(String sourceKey) {
        return find("sourceKey", sourceKey).firstResultOptional();
    }
}
