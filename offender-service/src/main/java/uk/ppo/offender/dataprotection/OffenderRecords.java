package uk.ppo.offender.dataprotection;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import uk.ppo.common.dataprotection.Disclosure;
import uk.ppo.common.dataprotection.HeldRecord;
import uk.ppo.common.dataprotection.PersonRecordsSection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static uk.ppo.offender.NativeValues.instant;

/**
 * offender-service's section of a subject-access bundle: every row it holds about the person, each with
 * its kind, source and dates and all its fields as stored, and the disclosure log (its audit trail for
 * the person). Intelligence is listed with {@code reviewBeforeDisclosure}: the DPO decides what of it is
 * disclosed (DPA 2018 s.45(4)), it is never left out silently.
 * <p>
 * The same {@link PersonRecordsSection} every other service answers with.
 */
@ApplicationScoped
public class OffenderRecords {

    public static final String SERVICE = "offender-service";
    private static final TypeReference<Map<String, Object>> ROW = new TypeReference<>() {
    };

    /** A kind of record: its table and how its person, id, source and dates read. Rows are filtered on recordedAt. */
    private record Kind(String kind, String table, String person, String source, String recordedAt, String updatedAt,
                        String intelligence) {

        Kind(String kind, String table, String source, String recordedAt, String updatedAt, String intelligence) {
            this(kind, table, "t.person_id", source, recordedAt, updatedAt, intelligence);
        }
    }

    private static final List<Kind> KINDS = List.of(
            new Kind("person", "person t", "t.id", "t.created_by", "t.created_at", "NULL", "false"),
            new Kind("offence", "offence t", "t.source_system || coalesce(' (' || t.source_agency || ')', '')",
                    "t.recorded_at", "t.updated_at", "false"),
            new Kind("event", "partner_event t", "t.source_system || ' (' || t.source_agency || ')'", "t.received_at",
                    "NULL", "t.type = 'INTELLIGENCE'"),
            new Kind("nomination", "nomination t", "t.agency || ': ' || t.nominated_by", "t.nominated_at", "NULL", "false"),
            new Kind("panel-decision", "panel_decision t", "t.recorded_by", "t.recorded_at", "NULL", "false"),
            new Kind("review", "review t", "t.recorded_by", "t.recorded_at", "NULL", "false"),
            new Kind("needs-assessment", "needs_assessment t", "t.agency || ': ' || t.recorded_by", "t.recorded_at", "NULL", "false"),
            new Kind("retention-decision", "retention_decision t", "t.decided_by", "t.decided_at", "NULL", "false"),
            new Kind("ni30-cohort-membership",
                    "performance_cohort_member m JOIN performance_cohort c ON c.id = m.cohort_id"
                            + " CROSS JOIN LATERAL (SELECT m.person_id, c.id, c.name, c.fixed_on, c.created_by, c.created_at) t",
                    "t.created_by", "t.created_at", "NULL", "false"),
            // events for partners: what the person's partners are (or were to be) sent about them
            new Kind("outbox-event", "outbox_event t", "t.subject", "'offender-service'", "t.created_at", "NULL", "false"));

    private final EntityManager em;
    private final ObjectMapper json;

    OffenderRecords(EntityManager em, ObjectMapper json) {
        this.em = em;
        this.json = json;
    }

    /** The section as JSON, records recorded (and disclosures made) between {@code from} and {@code to} inclusive. */
    @Transactional
    public String json(UUID personId, LocalDate from, LocalDate to) {
        List<HeldRecord> records = new ArrayList<>();
        for (Kind kind : KINDS) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("SELECT t.id::text, " + kind.source() + ", " + kind.recordedAt()
                            + ", " + kind.updatedAt() + ", " + kind.intelligence() + ", row_to_json(t)::text FROM " + kind.table()
                            + " WHERE " + kind.person() + " = :person"
                            + " AND " + kind.recordedAt() + " >= :from AND " + kind.recordedAt() + " < :until"
                            + " ORDER BY 3")
                    .setParameter("person", personId).setParameter("from", start(from)).setParameter("until", end(to))
                    .getResultList();
            for (Object[] r : rows) {
                records.add(new HeldRecord(kind.kind(), (String) r[0], (String) r[1], instant(r[2]), instant(r[3]),
                        read((String) r[5]), Boolean.TRUE.equals(r[4]) ? Boolean.TRUE : null));
            }
        }
        List<Disclosure> disclosures = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<Object[]> audit = em.createNativeQuery("""
                        SELECT at, username, client_id, agency, roles, action, detail, purpose, request_id
                          FROM audit_record
                         WHERE person_id = :person
                           AND at >= :from AND at < :until
                         ORDER BY at, id""")
                .setParameter("person", personId).setParameter("from", start(from)).setParameter("until", end(to))
                .getResultList();
        for (Object[] r : audit) {
            disclosures.add(new Disclosure(instant(r[0]), (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                    (String) r[5], (String) r[6], (String) r[7], (String) r[8]));
        }
        try {
            return json.writeValueAsString(new PersonRecordsSection(SERVICE, personId, Instant.now(), records, disclosures));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, Object> read(String row) {
        try {
            return json.readValue(row, ROW);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a row PostgreSQL rendered as JSON could not be read", e);
        }
    }

    /** The start of the period: the beginning of {@code from}, or of all records. */
    private static java.sql.Timestamp start(LocalDate from) {
        return java.sql.Timestamp.from((from == null ? LocalDate.of(1900, 1, 1) : from).atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
    }

    /** The end of the period, exclusive: the day after {@code to}, or far beyond any record. */
    private static java.sql.Timestamp end(LocalDate to) {
        return java.sql.Timestamp.from((to == null ? LocalDate.of(9999, 1, 1) : to.plusDays(1)).atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
    }

}
