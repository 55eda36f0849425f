package uk.ppo.hotspot.threshold;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class RagThresholdRepository implements PanacheRepositoryBase<RagThreshold, UUID> {

    Optional<RagThreshold> findByPartnership(String code) {
        return find("partnershipCode", code).firstResultOptional();
    }
}
