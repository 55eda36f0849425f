package uk.ppo.offender.event;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

@ApplicationScoped
class ServiceStandardRepository implements PanacheRepositoryBase<ServiceStandard, String> {

    List<ServiceStandard> inOrder() {
        return listAll(Sort.by("code"));
    }
}
