package uk.ppo.scoring.dataprotection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.ppo.common.audit.AuditEntry;
import uk.ppo.common.audit.AuditTrail;
import uk.ppo.common.dataprotection.Disclosure;
import uk.ppo.common.dataprotection.DisposalReceipt;
import uk.ppo.common.dataprotection.HeldRecord;
import uk.ppo.common.dataprotection.PersonRecordsSection;
import uk.ppo.common.dataprotection.RecordPeriod;
import uk.ppo.common.paging.Page;
import uk.ppo.scoring.audit.AuditAction;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * scoring-service's part of offender-service's subject access and disposal jobs (DPA 2018 Part 3): every record
 * about one person ({@link ScoringKind}), read whole or deleted in one transaction, each job audited in the
 * person's trail. No scheme check: the caller is offender-service's own client, which owns people and has checked.
 * <p>
 * Disposal keeps the person's audit records ({@code audit_record}), for their own retention period: the person id
 * is a random surrogate whose only link to an identity is offender-service's person row, which offender-service
 * deletes, so what the trail keeps becomes a pseudonym's history.
 */
@ApplicationScoped
class DataProtectionService {

    static final String SERVICE = "scoring-service";
    private static final int AUDIT_PAGE = 500;

    private final PersonRecordsRepository records;
    private final AuditTrail audit;

    DataProtectionService(PersonRecordsRepository records, AuditTrail audit) {
        this.records = records;
        this.audit = audit;
    }

    /** Every record about the person dated within the period, and every disclosure of them made within it. */
    @Transactional
    PersonRecordsSection section(UUID personId, RecordPeriod period) {
        List<HeldRecord> held = new ArrayList<>();
        for (ScoringKind kind : ScoringKind.values()) {
            for (Map<String, Object> row : records.rows(kind, personId)) {
                if (period.contains((LocalDate) row.get(kind.dateField()))) {
                    held.add(new HeldRecord(kind.kind(), String.valueOf(row.get("id")), kind.source(row),
                            (Instant) row.get(kind.recordedAtField()), null, row));
                }
            }
        }
        List<Disclosure> disclosures = disclosures(personId, period);
        audit.record(AuditAction.SUBJECT_ACCESS, personId, "records=" + held.size() + " disclosures=" + disclosures.size()
                + (period.from() == null ? "" : " from=" + period.from()) + (period.to() == null ? "" : " to=" + period.to()));
        return new PersonRecordsSection(SERVICE, personId, Instant.now(), held, disclosures);
    }

    /** Deletes every record about the person; the counts are zeros when there was nothing (left) to delete. */
    @Transactional
    DisposalReceipt dispose(UUID personId) {
        Map<String, Integer> disposed = new LinkedHashMap<>();
        records.markDisposed(personId);
        for (ScoringKind kind : ScoringKind.values()) {
            disposed.put(kind.kind(), records.delete(kind, personId));
        }
        audit.record(AuditAction.DISPOSAL, personId, disposed.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(" ")));
        return new DisposalReceipt(SERVICE, personId, disposed);
    }

    private List<Disclosure> disclosures(UUID personId, RecordPeriod period) {
        List<Disclosure> disclosures = new ArrayList<>();
        for (int page = 0; ; page++) {
            Page<AuditEntry> entries = audit.search(personId, null, period.fromInstant(), period.untilInstant(), page, AUDIT_PAGE);
            entries.items().forEach(e -> disclosures.add(new Disclosure(e.at(), e.user(), e.client(), e.agency(), e.roles(),
                    e.action(), e.detail(), e.purpose(), e.requestId())));
            if (entries.items().size() < AUDIT_PAGE) {
                return disclosures;
            }
        }
    }
}
