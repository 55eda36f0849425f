package uk.ppo.offender.review;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

@ApplicationScoped
class ReviewRepository implements PanacheRepositoryBase<Review, UUID> {
}
