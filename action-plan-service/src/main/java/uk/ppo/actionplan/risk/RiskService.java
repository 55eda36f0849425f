package uk.ppo.actionplan.risk;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.ppo.actionplan.audit.AuditLog;
import uk.ppo.actionplan.history.ChangeView;
import uk.ppo.actionplan.history.FieldChanges;
import uk.ppo.common.http.Versions;
import uk.ppo.common.paging.Page;
import uk.ppo.common.problem.ProblemException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static uk.ppo.common.text.Text.blankToNull;

/**
 * The risk register. The board pack reads it through {@link #open(LocalDate)} and {@link #open(String, LocalDate)}:
 * every OPEN risk, highest score first, each flagged when its review is overdue on the day asked about.
 */
@ApplicationScoped
public class RiskService {

    private final RiskRepository risks;
    private final AuditLog audit;
    private final Clock clock = Clock.systemUTC();

    RiskService(RiskRepository risks, AuditLog audit) {
        this.risks = risks;
        this.audit = audit;
    }

    /** Every OPEN risk of every partnership as of {@code asOf}: by partnership, highest score first. */
    @Transactional
    public List<RiskRecords.RiskView> open(LocalDate asOf) {
        return open(null, asOf);
    }

    /** The OPEN risks of one partnership (null: all) as of {@code asOf}: highest score first, unassessed last. */
    @Transactional
    public List<RiskRecords.RiskView> open(String partnership, LocalDate asOf) {
        RiskRepository.Filter filter = new RiskRepository.Filter(partnership, RiskStatus.OPEN, null, null, asOf);
        return risks.find(filter, 0, Integer.MAX_VALUE).stream().map(r -> RiskRecords.RiskView.of(r, asOf)).toList();
    }

    @Transactional
    Risk create(RiskRecords.RiskBody body, String by) {
        Instant now = Instant.now(clock);
        Risk risk = new Risk(content(body, null), by, now);
        risks.persist(risk);
        risks.flush();
        Risk.Content c = risk.content();
        FieldChanges created = new FieldChanges().compare("risk", null, c.risk()).compare("status", null, c.status())
                .compare("likelihood", null, c.likelihood()).compare("impact", null, c.impact())
                .compare("reviewDate", null, c.reviewDate()).compare("link.id", null, c.linkId());
        risks.record(new RiskChange(risk.id(), risk.version(), now, by, "CREATED", created.list()));
        audit.change("RISK_CREATED", "risk", risk.id(), c.partnership() + ": " + c.risk());
        return risk;
    }

    @Transactional
    Risk update(UUID id, RiskRecords.RiskBody body, Long expectedVersion, String by) {
        Risk risk = risks.findForChange(id).orElseThrow(() -> notFound(id));
        Versions.check(expectedVersion, risk.version(), "The risk");
        RiskStatus was = risk.content().status();
        Instant now = Instant.now(clock);
        FieldChanges changes = risk.revise(content(body, risk.content().closedOn()), by, now);
        if (changes.isEmpty()) {
            return risk;
        }
        risks.flush();
        RiskStatus is = risk.content().status();
        String what = was == is ? "UPDATED" : is == RiskStatus.CLOSED ? "CLOSED" : "REOPENED";
        risks.record(new RiskChange(id, risk.version(), now, by, what, changes.list()));
        audit.change("RISK_" + what, "risk", id, changes.list().stream().map(c -> c.field()).toList().toString());
        return risk;
    }

    @Transactional
    Risk get(UUID id) {
        return risks.findByIdOptional(id).orElseThrow(() -> notFound(id));
    }

    @Transactional
    Page<Risk> list(RiskRepository.Filter filter, int page, int size) {
        return new Page<>(risks.find(filter, page, size), page, size, risks.count(filter));
    }

    /** Every change of the risk, oldest first: who, when, what, the fields before and after. */
    @Transactional
    Page<ChangeView> history(UUID id, int page, int size) {
        get(id);
        return new Page<>(risks.history(id, page, size).stream().map(RiskChange::view).toList(), page, size,
                risks.countHistory(id));
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * Checks what bean validation cannot (fields that go together, dates in order, the link) and builds the content.
     * A CLOSED risk sent without closedOn keeps the day it was closed ({@code closedBefore}), or today.
     */
    private Risk.Content content(RiskRecords.RiskBody b, LocalDate closedBefore) {
        if ((b.likelihood() == null) != (b.impact() == null)) {
            throw ProblemException.invalid(b.likelihood() == null ? "likelihood" : "impact",
                    "give likelihood and impact together, or neither while the risk is not yet assessed");
        }
        if (b.identifiedOn() != null && b.identifiedOn().isAfter(today())) {
            throw ProblemException.invalid("identifiedOn", "must not be in the future");
        }
        if (b.reviewDate() != null && b.identifiedOn() != null && b.reviewDate().isBefore(b.identifiedOn())) {
            throw ProblemException.invalid("reviewDate", "must not be before identifiedOn " + b.identifiedOn());
        }
        RiskStatus status = b.status() == null ? RiskStatus.OPEN : b.status();
        String closingNote = blankToNull(b.closingNote());
        LocalDate closedOn = null;
        if (status == RiskStatus.CLOSED) {
            if (closingNote == null) {
                throw ProblemException.invalid("closingNote", "a CLOSED risk needs a closing note saying why");
            }
            closedOn = b.closedOn() != null ? b.closedOn() : closedBefore != null ? closedBefore : today();
            if (closedOn.isAfter(today())) {
                throw ProblemException.invalid("closedOn", "must not be in the future");
            }
            if (b.identifiedOn() != null && closedOn.isBefore(b.identifiedOn())) {
                throw ProblemException.invalid("closedOn", "must not be before identifiedOn " + b.identifiedOn());
            }
        } else if (closingNote != null || b.closedOn() != null) {
            throw ProblemException.invalid(closingNote != null ? "closingNote" : "closedOn", "only a CLOSED risk has one");
        }
        if (b.link() != null && !risks.linkExists(b.link().kind(), b.link().id())) {
            throw ProblemException.invalid("link.id", "no " + b.link().kind() + " " + b.link().id());
        }
        RiskRecords.Owner owner = b.owner();
        return new Risk.Content(b.partnership().strip(), b.risk().strip(), blankToNull(b.cause()), blankToNull(b.effect()),
                owner == null ? null : blankToNull(owner.organisation()), owner == null ? null : owner.jobTitle().strip(),
                b.likelihood(), b.impact(), b.mitigations() == null ? List.of() : b.mitigations().stream().map(String::strip).toList(),
                status, b.identifiedOn(), b.reviewDate(), closedOn, closingNote,
                b.link() == null ? null : b.link().kind(), b.link() == null ? null : b.link().id());
    }

    private static ProblemException notFound(UUID id) {
        return ProblemException.notFound("No risk " + id);
    }
}
