package uk.ppo.offender.scoringfeed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import uk.ppo.common.audit.AuditTrail;
import uk.ppo.offender.audit.AuditAction;
import uk.ppo.offender.offence.OffenceCategory;
import uk.ppo.offender.offence.OffenceStatus;
import uk.ppo.offender.offence.VictimType;
import uk.ppo.offender.person.PersonStatus;
import uk.ppo.offender.person.Strand;
import uk.ppo.offender.scheme.SchemeAccess;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static uk.ppo.offender.NativeValues.localDate;

/**
 * Reads a page of scoring inputs with four set-based queries (people, nominations, offences, intelligence), by page
 * number or, for reading a whole scheme, after the previous page's last person (keyset), optionally within an id range.
 */
@ApplicationScoped
class ScoringFeedService {

    private static final String IN_SCOPE = """
            p.scheme_id = :scheme and p.restricted_at is null and p.disposed_at is null and (p.status in ('ACTIVE', 'AMBER')
              or exists (select 1 from nomination n where n.person_id = p.id and n.status = 'PENDING'))""";

    private final EntityManager em;
    private final AuditTrail audit;
    private final SchemeAccess schemes;

    ScoringFeedService(EntityManager em, AuditTrail audit, SchemeAccess schemes) {
        this.em = em;
        this.audit = audit;
        this.schemes = schemes;
    }

    @Transactional
    ScoringFeedRecords.Feed page(UUID schemeId, LocalDate asOf, LocalDate from, int page, int size, UUID after, UUID until,
                                 boolean count) {
        String code = schemes.visible(schemeId).code();
        long total = count ? inScope(schemeId) : ScoringFeedRecords.UNCOUNTED;
        List<Object[]> rows = people(schemeId, page, size, after, until);
        Map<UUID, Object[]> people = new LinkedHashMap<>();
        for (Object[] r : rows) {
            people.put((UUID) r[0], r);
        }
        Map<UUID, List<Strand>> pending = new HashMap<>();
        Map<UUID, List<ScoringFeedRecords.Offence>> offences = new HashMap<>();
        Map<UUID, List<LocalDate>> intelligence = new HashMap<>();
        if (!people.isEmpty()) {
            List<UUID> ids = List.copyOf(people.keySet());
            for (Object r : em.createNativeQuery("select person_id, strand from nomination where status = 'PENDING' and person_id in (:ids) order by nominated_at")
                    .setParameter("ids", ids).getResultList()) {
                Object[] n = (Object[]) r;
                pending.computeIfAbsent((UUID) n[0], k -> new ArrayList<>()).add(Strand.valueOf((String) n[1]));
            }
            for (Object r : em.createNativeQuery("select person_id, category, status, offence_date, victim_types from offence "
                            + "where person_id in (:ids) and offence_date between :from and :asOf order by offence_date, id")
                    .setParameter("ids", ids).setParameter("from", from).setParameter("asOf", asOf).getResultList()) {
                Object[] o = (Object[]) r;
                String victims = (String) o[4];
                offences.computeIfAbsent((UUID) o[0], k -> new ArrayList<>()).add(new ScoringFeedRecords.Offence(
                        OffenceCategory.valueOf((String) o[1]), OffenceStatus.valueOf((String) o[2]), localDate(o[3]),
                        victims == null || victims.isEmpty() ? List.of() : Arrays.stream(victims.split(",")).map(VictimType::valueOf).toList()));
            }
            for (Object r : em.createNativeQuery("select person_id, occurred_at from partner_event where type = 'INTELLIGENCE' "
                            + "and person_id in (:ids) and occurred_at >= :from and occurred_at < :until order by occurred_at")
                    .setParameter("ids", ids)
                    .setParameter("from", Timestamp.from(from.atStartOfDay(ZoneOffset.UTC).toInstant()))
                    .setParameter("until", Timestamp.from(asOf.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()))
                    .getResultList()) {
                Object[] e = (Object[]) r;
                intelligence.computeIfAbsent((UUID) e[0], k -> new ArrayList<>()).add(instantDate(e[1]));
            }
        }
        List<ScoringFeedRecords.Person> out = new ArrayList<>(people.size());
        for (Object[] r : people.values()) {
            UUID id = (UUID) r[0];
            out.add(new ScoringFeedRecords.Person(id, (String) r[1], localDate(r[2]), (String) r[3], PersonStatus.valueOf((String) r[4]),
                    r[5] == null ? null : Strand.valueOf((String) r[5]), pending.getOrDefault(id, List.of()), (Boolean) r[6],
                    oasysHigh((String) r[7]), offences.getOrDefault(id, List.of()), intelligence.getOrDefault(id, List.of())));
        }
        // one record per person returned, written by one statement
        audit.recordEach(AuditAction.OFFENCE_READ, out.stream().map(ScoringFeedRecords.Person::personId).toList(),
                "scoring-inputs scheme=" + code + " asOf=" + asOf);
        return new ScoringFeedRecords.Feed(schemeId, code, asOf, from, page, size, total, out);
    }

    private long inScope(UUID schemeId) {
        return ((Number) em.createNativeQuery("select count(*) from person p where " + IN_SCOPE)
                .setParameter("scheme", schemeId).getSingleResult()).longValue();
    }

    /**
     * The page's people in id order, up to {@code until} when given: those after {@code after} when given (keyset),
     * else the {@code page}th page.
     */
    @SuppressWarnings("unchecked")
    private List<Object[]> people(UUID schemeId, int page, int size, UUID after, UUID until) {
        String select = "select p.id, p.pnc_id, p.date_of_birth, p.gender, p.status, p.strand, p.pnc_marker, p.flags from person p where "
                + IN_SCOPE + (after == null ? "" : " and p.id > :after") + (until == null ? "" : " and p.id <= :until") + " order by p.id";
        var query = em.createNativeQuery(select).setParameter("scheme", schemeId).setMaxResults(size);
        if (after != null) {
            query.setParameter("after", after);
        } else {
            query.setFirstResult(page * size);
        }
        if (until != null) {
            query.setParameter("until", until);
        }
        return query.getResultList();
    }

    /** The OASys high-risk finding is carried as the person flag {@code OASYS_HIGH} (any case, spaces or underscores). */
    static boolean oasysHigh(String flags) {
        if (flags == null) {
            return false;
        }
        for (String flag : flags.split("\\|")) {
            if (flag.strip().toUpperCase(Locale.ROOT).replace(' ', '_').equals("OASYS_HIGH")) {
                return true;
            }
        }
        return false;
    }


    private static LocalDate instantDate(Object value) {
        if (value instanceof Timestamp t) {
            return t.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.atZoneSameInstant(ZoneOffset.UTC).toLocalDate();
        }
        return ((java.time.Instant) value).atZone(ZoneOffset.UTC).toLocalDate();
    }
}
