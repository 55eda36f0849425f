package uk.ppo.offender.person;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import uk.ppo.common.security.Scope;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class PersonRepository implements PanacheRepositoryBase<Person, UUID> {

    /**
     * A scheme's current PPOs (ACTIVE and AMBER), by strand and name. Restricted people are left out of every
     * cohort list: their processing is restricted.
     */
    public List<Person> currentMembers(UUID schemeId) {
        return list("scheme.id = ?1 and status in ?2 and restrictedAt is null",
                Sort.by("strand").and("lastName").and("firstName"), schemeId, List.of(PersonStatus.ACTIVE, PersonStatus.AMBER));
    }

    public Optional<Person> findByPnc(String canonicalPnc) {
        return find("pncId", canonicalPnc).firstResultOptional();
    }

    Optional<Person> findByCro(String cro) {
        return find("croNumber", cro).firstResultOptional();
    }

    /**
     * Search criteria; null fields do not restrict. {@code scope} always does: the caller's schemes; and
     * restricted people are found only when {@code includeRestricted} (the data protection officer, auditors).
     */
    record Criteria(String pncId, String croNumber, String firstName, String lastName, LocalDate dateOfBirth,
                    UUID schemeId, Strand strand, PersonStatus status, Scope scope, boolean includeRestricted) {

        /** Does anything but the scope narrow the search? */
        boolean narrows() {
            return pncId != null || croNumber != null || firstName != null || lastName != null || dateOfBirth != null
                    || schemeId != null || strand != null || status != null;
        }
    }

    PanacheQuery<Person> search(Criteria c) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (c.pncId() != null) {
            where.add("pncId = :pnc");
            params.and("pnc", c.pncId());
        }
        if (c.croNumber() != null) {
            where.add("croNumber = :cro");
            params.and("cro", c.croNumber());
        }
        if (c.lastName() != null) {
            where.add("lower(lastName) = :lastName");
            params.and("lastName", c.lastName().strip().toLowerCase());
        }
        if (c.firstName() != null) {
            where.add("lower(firstName) = :firstName");
            params.and("firstName", c.firstName().strip().toLowerCase());
        }
        if (c.dateOfBirth() != null) {
            where.add("dateOfBirth = :dob");
            params.and("dob", c.dateOfBirth());
        }
        if (c.schemeId() != null) {
            where.add("scheme.id = :schemeId");
            params.and("schemeId", c.schemeId());
        }
        if (c.strand() != null) {
            where.add("strand = :strand");
            params.and("strand", c.strand());
        }
        if (c.status() != null) {
            where.add("status = :status");
            params.and("status", c.status());
        }
        if (!c.scope().coversEveryScheme()) {
            where.add("scheme.code in :codes");
            params.and("codes", c.scope().isEmpty() ? Set.of("") : c.scope().codes());
        }
        if (!c.includeRestricted()) {
            where.add("restrictedAt is null");
        }
        String query = where.isEmpty() ? "1 = 1" : String.join(" and ", where);
        return find(query, Sort.by("lastName").and("firstName").and("pncId"), params);
    }
}
