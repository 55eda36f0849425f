package uk.ppo.scoring.run;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

@ApplicationScoped
public class BaselineRepository implements PanacheRepositoryBase<SchemeBaseline, UUID> {
}
