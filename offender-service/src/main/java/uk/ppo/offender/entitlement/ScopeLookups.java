package uk.ppo.offender.entitlement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import uk.ppo.common.problem.ProblemException;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
class ScopeLookups {

    private static final String SCHEMES = "select new uk.ppo.offender.entitlement.ScopeLookupRecords$SchemeScope(s.id, s.code) from Scheme s";

    private final EntityManager em;

    ScopeLookups(EntityManager em) {
        this.em = em;
    }

    @Transactional
    ScopeLookupRecords.PersonScope person(UUID personId) {
        return people(List.of(personId)).stream().findFirst()
                .orElseThrow(() -> ProblemException.notFound("No person " + personId));
    }

    @Transactional
    List<ScopeLookupRecords.PersonScope> people(List<UUID> ids) {
        return em.createQuery("select new uk.ppo.offender.entitlement.ScopeLookupRecords$PersonScope(p.id, s.id, s.code, p.restrictedAt is not null)"
                        + " from Person p join p.scheme s where p.id in :ids order by p.id", ScopeLookupRecords.PersonScope.class)
                .setParameter("ids", ids.stream().distinct().toList())
                .getResultList();
    }

    @Transactional
    ScopeLookupRecords.SchemeScope scheme(UUID schemeId) {
        return em.createQuery(SCHEMES + " where s.id = :id", ScopeLookupRecords.SchemeScope.class)
                .setParameter("id", schemeId).getResultStream().findFirst()
                .orElseThrow(() -> ProblemException.notFound("No scheme " + schemeId));
    }

    @Transactional
    List<ScopeLookupRecords.SchemeScope> schemes() {
        return em.createQuery(SCHEMES + " order by s.code", ScopeLookupRecords.SchemeScope.class).getResultList();
    }
}
