package uk.ppo.offender.nomination;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import uk.ppo.offender.person.Strand;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class NominationRepository implements PanacheRepositoryBase<Nomination, UUID> {

    public List<Nomination> pendingFor(UUID personId, Strand strand) {
        return list("person.id = ?1 and strand = ?2 and status = ?3", personId, strand, Nomination.Status.PENDING);
    }

    List<Nomination> ofPerson(UUID personId) {
        return list("person.id", Sort.by("nominatedAt"), personId);
    }

    public List<Nomination> pendingInScheme(UUID schemeId) {
        return list("person.scheme.id = ?1 and status = ?2 and person.restrictedAt is null", Sort.by("nominatedAt"), schemeId, Nomination.Status.PENDING);
    }
}
