package uk.ppo.offender.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import uk.ppo.common.audit.AuditTrail;
import uk.ppo.common.http.Versions;
import uk.ppo.common.problem.ProblemException;
import uk.ppo.common.security.Caller;
import uk.ppo.common.security.Entitlements;
import uk.ppo.common.security.Scope;
import uk.ppo.offender.audit.AuditAction;
import uk.ppo.offender.decision.Agency;
import uk.ppo.offender.event.ServiceStandardRecords.Amount;
import uk.ppo.offender.event.ServiceStandardRecords.LateItem;
import uk.ppo.offender.event.ServiceStandardRecords.ReportRow;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

import static uk.ppo.offender.NativeValues.instant;
import static uk.ppo.offender.NativeValues.localDate;

/**
 * The premium service measured: the service standards (data, see {@link ServiceStandard}), the England and
 * Wales bank holiday calendar their working days use, and compliance with them. Each standard's clocks come
 * from partner events; {@link StandardClock} decides each one.
 * <p>
 * Over 300 lines because the standards, their working-day calendar and the compliance report share one set of native
 * queries over partner events; the report is the part to move out when it grows.
 */
@ApplicationScoped
public class ServiceStandards {

    /** The original 7-day data recording standard, which {@code getServiceStandards} reports per recording agency. */
    static final String EVENTS_RECORDED = "EVENTS_RECORDED";
    /** The years the bank holiday calendar may hold. */
    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;
    static final String YEAR_MESSAGE = "must be between " + FIRST_YEAR + " and " + LAST_YEAR;

    // One row per clock of a standard: the start event, and what stopped it (its recording, or the first stop
    // event for the same person at or after it; null while it runs). Windowed on the start (or, for the
    // recording report, on the recording); only people of the caller's schemes; disposed people have no events.
    private static final String CLOCKS = """
            SELECT e.id, e.person_id, s.code, p.restricted_at IS NOT NULL, e.type, e.source_agency, e.occurred_at,
                   CASE WHEN CAST(:stop AS varchar) IS NULL THEN e.recorded_at
                        ELSE (SELECT min(x.occurred_at) FROM partner_event x
                               WHERE x.person_id = e.person_id AND x.type = CAST(:stop AS varchar)
                                 AND x.occurred_at >= e.occurred_at) END
              FROM partner_event e
              JOIN person p ON p.id = e.person_id
              JOIN scheme s ON s.id = p.scheme_id
             WHERE p.disposed_at IS NULL
               AND (CAST(:start AS varchar) IS NULL OR e.type = CAST(:start AS varchar))
               AND (CAST(:stop AS varchar) IS NOT NULL OR CAST(:agency AS varchar) IS NULL
                    OR e.source_agency = CAST(:agency AS varchar))
               AND CASE WHEN CAST(:byRecording AS boolean) THEN e.recorded_at ELSE e.occurred_at END >= :from
               AND CASE WHEN CAST(:byRecording AS boolean) THEN e.recorded_at ELSE e.occurred_at END < :to
               AND (CAST(:every AS boolean) OR s.code IN (:codes))
               AND (CAST(:anyone AS boolean) OR e.person_id IN (:people))
             ORDER BY e.occurred_at, e.id""";

    /** Far enough back to find every clock still due after a date (366 working days, with room). */
    private static final Duration LONGEST_CLOCK = Duration.ofDays(800);

    private record Clock(UUID eventId, UUID personId, String scheme, boolean restricted, EventType type,
                         Agency agency, Instant start, Instant stop) {
    }

    private record RowKey(String standard, Agency agency, String scheme, YearMonth month) {
    }

    private final EntityManager em;
    private final ServiceStandardRepository standards;
    private final AuditTrail audit;
    private final Caller caller;
    private final Entitlements entitlements;

    ServiceStandards(EntityManager em, ServiceStandardRepository standards, AuditTrail audit, Caller caller,
                     Entitlements entitlements) {
        this.em = em;
        this.standards = standards;
        this.audit = audit;
        this.caller = caller;
        this.entitlements = entitlements;
    }

    @Transactional
    List<ServiceStandard> list() {
        return standards.inOrder();
    }

    @Transactional
    ServiceStandard get(String code) {
        // a code is upper-case letters, digits and '_': anything else names no standard (and never reaches the database)
        ServiceStandard standard = code == null || !code.matches("[A-Z0-9_]{1,40}") ? null : standards.findById(code);
        if (standard == null) {
            throw ProblemException.notFound("No such service standard");
        }
        return standard;
    }

    @Transactional
    ServiceStandard update(String code, Long expectedVersion, ServiceStandardRecords.UpdateStandard request) {
        ServiceStandard standard = get(code);
        Versions.check(expectedVersion, standard.version(), "The service standard");
        standard.redefine(request.name().strip(), request.source().strip(), request.agency(), request.startEvent(),
                request.stopEvent(), new StandardClock.Limit(request.limit().amount(), request.limit().unit()),
                caller.username(), Instant.now());
        standards.flush();
        audit.record(AuditAction.SERVICE_STANDARD_CHANGE, null, code + " version " + standard.version());
        return standard;
    }

    // --- the bank holiday calendar ---

    @Transactional
    List<ServiceStandardRecords.YearView> bankHolidays() {
        Map<Integer, List<ServiceStandardRecords.Holiday>> days = new HashMap<>();
        for (Object[] r : rows("SELECT year, holiday_on, name FROM bank_holiday ORDER BY holiday_on")) {
            days.computeIfAbsent(((Number) r[0]).intValue(), y -> new ArrayList<>())
                    .add(new ServiceStandardRecords.Holiday(localDate(r[1]), (String) r[2]));
        }
        List<ServiceStandardRecords.YearView> years = new ArrayList<>();
        for (Object[] r : rows("SELECT year, version, updated_at, updated_by FROM bank_holiday_year ORDER BY year")) {
            int year = ((Number) r[0]).intValue();
            years.add(new ServiceStandardRecords.YearView(year, ((Number) r[1]).longValue(), instant(r[2]),
                    (String) r[3], days.getOrDefault(year, List.of())));
        }
        return years;
    }

    /** Sets (adds or replaces) a year's bank holidays: the year is then in the calendar. */
    @Transactional
    ServiceStandardRecords.YearView setBankHolidays(int year, Long expectedVersion, ServiceStandardRecords.SetYear request) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw ProblemException.invalid("year", YEAR_MESSAGE);
        }
        Set<LocalDate> seen = new HashSet<>();
        for (int i = 0; i < request.holidays().size(); i++) {
            LocalDate date = request.holidays().get(i).date();
            if (date.getYear() != year) {
                throw ProblemException.invalid("holidays[" + i + "].date", "must be in " + year);
            }
            if (!seen.add(date)) {
                throw ProblemException.invalid("holidays[" + i + "].date", "is listed twice");
            }
        }
        @SuppressWarnings("unchecked")
        List<Number> current = em.createNativeQuery("SELECT version FROM bank_holiday_year WHERE year = :year FOR UPDATE")
                .setParameter("year", year).getResultList();
        if (current.isEmpty()) {
            em.createNativeQuery("INSERT INTO bank_holiday_year (year, version, updated_at, updated_by) VALUES (:year, 0, now(), :by)")
                    .setParameter("year", year).setParameter("by", caller.username()).executeUpdate();
        } else {
            Versions.check(expectedVersion, current.get(0).longValue(), "The bank holidays of " + year);
            em.createNativeQuery("UPDATE bank_holiday_year SET version = version + 1, updated_at = now(), updated_by = :by WHERE year = :year")
                    .setParameter("year", year).setParameter("by", caller.username()).executeUpdate();
            em.createNativeQuery("DELETE FROM bank_holiday WHERE year = :year").setParameter("year", year).executeUpdate();
        }
        for (ServiceStandardRecords.HolidayInput h : request.holidays()) {
            em.createNativeQuery("INSERT INTO bank_holiday (holiday_on, year, name) VALUES (:on, :year, :name)")
                    .setParameter("on", h.date()).setParameter("year", year).setParameter("name", h.name().strip())
                    .executeUpdate();
        }
        audit.record(AuditAction.BANK_HOLIDAYS_CHANGE, null, year + ": " + request.holidays().size() + " days");
        return bankHolidays().stream().filter(y -> y.year() == year).findFirst().orElseThrow();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    WorkingDayCalendar calendar() {
        Set<LocalDate> holidays = new HashSet<>();
        for (Object[] r : rows("SELECT holiday_on, year FROM bank_holiday")) {
            holidays.add(localDate(r[0]));
        }
        Set<Integer> years = new HashSet<>();
        for (Object[] r : rows("SELECT year, version FROM bank_holiday_year")) {
            years.add(((Number) r[0]).intValue());
        }
        return new WorkingDayCalendar(holidays, years);
    }

    // --- compliance ---

    /**
     * Compliance per standard, agency, scheme (people's current scheme, within the caller's scope) and month of
     * clock start (UK), at this moment, and every late item; each person in the late list is audited. With a
     * fixed cohort's members, only their clocks (still within the caller's scope).
     */
    @Transactional
    ServiceStandardRecords.Report report(YearMonth from, YearMonth to, Set<UUID> cohort) {
        Instant asOf = Instant.now();
        WorkingDayCalendar calendar = calendar();
        Instant start = StandardClock.ukStartOf(from.atDay(1));
        Instant end = StandardClock.ukStartOf(to.plusMonths(1).atDay(1));
        Map<RowKey, long[]> counts = new LinkedHashMap<>();
        List<LateItem> late = new ArrayList<>();
        Set<Integer> missingYears = new TreeSet<>();
        boolean mayReachRestricted = entitlements.mayReachRestricted();
        for (ServiceStandard standard : standards.inOrder()) {
            for (Clock clock : clocks(standard, start, end, false, caller.scope(), cohort)) {
                StandardClock.Measure m = StandardClock.measure(standard.limit(), clock.start(), clock.stop(), asOf, calendar);
                RowKey key = new RowKey(standard.code(), clock.agency(), clock.scheme(), YearMonth.from(StandardClock.ukDate(clock.start())));
                long[] c = counts.computeIfAbsent(key, k -> new long[4]);
                c[m.outcome().ordinal()]++;
                if (m.missingYear() != null) {
                    missingYears.add(m.missingYear());
                }
                if (m.late() && (!clock.restricted() || mayReachRestricted)) {
                    late.add(lateItem(standard, clock, m));
                }
            }
        }
        List<ReportRow> rows = new ArrayList<>();
        counts.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<RowKey, long[]> e) -> e.getKey().standard())
                        .thenComparing(e -> e.getKey().agency()).thenComparing(e -> e.getKey().scheme())
                        .thenComparing(e -> e.getKey().month()))
                .forEach(e -> rows.add(row(e.getKey(), e.getValue())));
        late.sort(Comparator.comparing(LateItem::standard).thenComparing(LateItem::clockStart).thenComparing(LateItem::eventId));
        audit.recordEach(AuditAction.PERFORMANCE_READ, new LinkedHashSet<>(late.stream().map(LateItem::personId).toList()),
                "service standards late items " + from + ".." + to);
        return new ServiceStandardRecords.Report(from.toString(), to.toString(), asOf, rows, late, List.copyOf(missingYears));
    }

    /**
     * The late items of these people whose standard was missed since {@code since}: clocks due at or after it that
     * stopped late or are still open past their limit, and every clock still open past its limit. For the
     * case-conference agenda ("service standard missed"). No entitlement check and no audit here: pass only people
     * the caller may see (scope, restriction) and audit what is shown. People with none are absent from the map.
     */
    @Transactional
    public Map<UUID, List<LateItem>> lateFor(Set<UUID> people, Instant since) {
        Map<UUID, List<LateItem>> late = new LinkedHashMap<>();
        if (people.isEmpty()) {
            return late;
        }
        Instant asOf = Instant.now();
        WorkingDayCalendar calendar = calendar();
        for (ServiceStandard standard : standards.inOrder()) {
            for (Clock clock : clocks(standard, since.minus(LONGEST_CLOCK), asOf.plusSeconds(1), false, Scope.all(), people)) {
                StandardClock.Measure m = StandardClock.measure(standard.limit(), clock.start(), clock.stop(), asOf, calendar);
                if (m.late() && (clock.stop() == null || !m.dueBy().isBefore(since))) {
                    late.computeIfAbsent(clock.personId(), p -> new ArrayList<>()).add(lateItem(standard, clock, m));
                }
            }
        }
        return late;
    }

    /**
     * The original report: events each agency recorded in a month (UTC) and how many within the
     * {@value #EVENTS_RECORDED} standard, for people of the caller's schemes.
     */
    @Transactional
    List<ServiceStandardRecords.Compliance> recordingCompliance(YearMonth from, YearMonth to) {
        ServiceStandard standard = get(EVENTS_RECORDED);
        Instant asOf = Instant.now();
        WorkingDayCalendar calendar = calendar();
        Map<String, long[]> counts = new TreeMap<>();
        for (Clock clock : clocks(standard, from.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC),
                to.plusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC), true, caller.scope(), null)) {
            StandardClock.Measure m = StandardClock.measure(standard.limit(), clock.start(), clock.stop(), asOf, calendar);
            long[] c = counts.computeIfAbsent(clock.agency() + " " + YearMonth.from(clock.stop().atZone(ZoneOffset.UTC)), k -> new long[2]);
            c[0]++;
            c[1] += m.outcome() == StandardClock.Outcome.WITHIN ? 1 : 0;
        }
        List<ServiceStandardRecords.Compliance> result = new ArrayList<>();
        counts.forEach((key, c) -> result.add(new ServiceStandardRecords.Compliance(Agency.valueOf(key.split(" ")[0]),
                key.split(" ")[1], c[0], c[1], percent(c[1], c[0]))));
        return result;
    }

    private List<Clock> clocks(ServiceStandard standard, Instant from, Instant to, boolean byRecording, Scope scope,
                               Collection<UUID> people) {
        List<Clock> clocks = new ArrayList<>();
        for (Object[] r : rows(em.createNativeQuery(CLOCKS)
                .setParameter("start", standard.startEvent() == null ? null : standard.startEvent().name())
                .setParameter("stop", standard.stopEvent() == null ? null : standard.stopEvent().name())
                .setParameter("agency", standard.agency() == null ? null : standard.agency().name())
                .setParameter("byRecording", byRecording)
                .setParameter("from", Timestamp.from(from))
                .setParameter("to", Timestamp.from(to))
                .setParameter("every", scope.coversEveryScheme())
                .setParameter("codes", scope.isEmpty() ? List.of("") : List.copyOf(scope.codes()))
                .setParameter("anyone", people == null)
                .setParameter("people", people == null ? List.of(new UUID(0, 0)) : List.copyOf(people)))) {
            Agency agency = standard.agency() != null ? standard.agency() : Agency.valueOf((String) r[5]);
            clocks.add(new Clock((UUID) r[0], (UUID) r[1], (String) r[2], (Boolean) r[3], EventType.valueOf((String) r[4]),
                    agency, instant(r[6]), instant(r[7])));
        }
        return clocks;
    }

    private static LateItem lateItem(ServiceStandard standard, Clock clock, StandardClock.Measure m) {
        return new LateItem(clock.personId(), clock.scheme(), standard.code(), clock.agency(), clock.eventId(), clock.type(),
                clock.start(), clock.stop(), Amount.of(standard.limit()), m.dueBy(),
                new Amount(m.lateBy(), standard.limit().unit()));
    }

    private static ReportRow row(RowKey key, long[] c) {
        long within = c[StandardClock.Outcome.WITHIN.ordinal()];
        long late = c[StandardClock.Outcome.LATE.ordinal()];
        long unmeasured = c[StandardClock.Outcome.UNMEASURED.ordinal()];
        long due = within + late + unmeasured;
        return new ReportRow(key.standard(), key.agency(), key.scheme(), key.month().toString(), due, within, late,
                unmeasured, c[StandardClock.Outcome.PENDING.ordinal()], due == 0 ? null : percent(within, due));
    }

    private static BigDecimal percent(long part, long whole) {
        return BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    private List<Object[]> rows(String sql) {
        return rows(em.createNativeQuery(sql));
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(jakarta.persistence.Query query) {
        return query.getResultList();
    }
}
