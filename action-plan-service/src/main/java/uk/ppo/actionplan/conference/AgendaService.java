package uk.ppo.actionplan.conference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.ppo.actionplan.audit.AuditLog;
import uk.ppo.actionplan.offender.SchemeMembers;
import uk.ppo.actionplan.ppoplan.PpoPlanService;
import uk.ppo.common.security.Entitlements;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A scheme's case-conference agenda: every current member, from offender-service (status, strand, selection,
 * review, custody, late-recorded events), with this service's plans and conference history, and the reasons
 * {@link AgendaRules} gives. The caller must see the scheme (else 404, as for no scheme); each person listed is
 * audited.
 */
@ApplicationScoped
class AgendaService {

    private static final String SUBJECT = "case-conference-agenda";

    private final ConferenceRepository conferences;
    private final PpoPlanService plans;
    private final SchemeMembers members;
    private final Entitlements entitlements;
    private final AuditLog audit;

    AgendaService(ConferenceRepository conferences, PpoPlanService plans, SchemeMembers members, Entitlements entitlements,
                  AuditLog audit) {
        this.conferences = conferences;
        this.plans = plans;
        this.members = members;
        this.entitlements = entitlements;
        this.audit = audit;
    }

    @Transactional
    ConferenceRecords.Agenda agenda(UUID schemeId, LocalDate on) {
        String scheme = members.schemeCode(schemeId).orElse(null);
        entitlements.requireScheme(schemeId, scheme);
        Optional<CaseConference> last = conferences.before(scheme, on).stream().findFirst();
        LocalDate lastOn = last.map(CaseConference::heldOn).orElse(null);
        // late recording counted since the last conference, or over the discussion window when there was none
        List<SchemeMembers.Member> current = members.of(schemeId, lastOn != null ? lastOn : on.minusDays(AgendaRules.DISCUSSION_WINDOW_DAYS));
        Map<UUID, UUID> activePlans = plans.activePlansOf(current.stream().map(SchemeMembers.Member::personId).toList());
        Map<UUID, LocalDate> discussed = conferences.lastDiscussed(scheme, on);
        List<ConferenceRecords.AgendaItem> items = current.stream().map(m -> {
            LocalDate release = m.inCustody() ? m.expectedReleaseOn() : null;
            List<AgendaReason> reasons = AgendaRules.reasons(new AgendaRules.Member("AMBER".equals(m.status()), m.selectedOn(),
                    m.nextReviewDue(), release, activePlans.containsKey(m.personId()), discussed.get(m.personId()),
                    m.standardsMissed()), on, lastOn);
            return new ConferenceRecords.AgendaItem(m.personId(), m.pncId(), m.firstName(), m.lastName(), m.status(), m.strand(),
                    reasons, m.selectedOn(), m.nextReviewDue(), m.nextReviewPreRelease(), release, discussed.get(m.personId()),
                    activePlans.get(m.personId()), m.standardsMissed());
        }).toList();
        audit.personalEach("CONFERENCE_AGENDA_READ", SUBJECT, items.stream()
                .map(i -> new AuditLog.Listed(schemeId, i.offenderId())).toList(), "agenda " + scheme + " " + on);
        return new ConferenceRecords.Agenda(schemeId, scheme, on, last.map(CaseConference::id).orElse(null), lastOn,
                AgendaRules.RELEASE_WINDOW_DAYS, items);
    }
}
