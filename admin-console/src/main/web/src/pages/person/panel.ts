import { get, post } from '../../api';
import type { Decision, NeedsAssessment, Nomination, Person, Review } from '../../api/types';
import { formatDate, h, label, LISTING_BASES, listedForName, strandName, STRANDS } from '../../dom';
import { apiForm, options } from '../../form';
import { table } from '../../govuk';
import { needDetail } from '../../personview';
import { can } from '../../roles';
import { etagOf, ifMatch } from '../../versioned';
import { AGENCIES, agencyName, DECISIONS, IOM_COHORTS, IOM_EXIT_REASONS, OUTCOMES, REASONS } from './codes';
import { today, type PersonContext } from './section';

/** The panel's forms a role may use on this person: a decision, a review outcome, a nomination. */
export function panelForms(person: Person, nominations: Nomination[], current: NeedsAssessment[], ctx: PersonContext, reload: () => Promise<void>): HTMLFormElement[] {
  const { base, roles } = ctx;
  const pending = nominations.find((n) => n.status === 'PENDING');
  const currentStrand = person.strand ?? pending?.strand ?? '';
  const bases = Object.entries(LISTING_BASES).map(([value, l]) => ({ value, label: l }));
  const member = person.status === 'ACTIVE' || person.status === 'AMBER';

  const decisionForm = can(roles, 'decision.record') ? apiForm({
    id: 'panel-decision',
    title: 'Record a panel decision',
    submitLabel: 'Record decision',
    fields: [
      { name: 'type', label: 'Decision', type: 'select', required: true, options: Object.entries(DECISIONS).map(([value, l]) => ({ value, label: l })), value: person.status === 'CANDIDATE' ? 'SELECT' : undefined },
      { name: 'strand', label: 'Strand (select or move)', type: 'select', options: Object.entries(STRANDS).map(([value, l]) => ({ value, label: l })), value: currentStrand },
      {
        name: 'reasonCode', label: 'Reason (deselect, remove, amber, or a move to R&R)', type: 'select',
        optionsFor: (v) => {
          if (v.type === 'IOM_EXIT') {
            return REASONS.filter((r) => IOM_EXIT_REASONS.includes(r.code)).map((r) => ({ value: r.code, label: r.text }));
          }
          const strand = person.strand ?? (v.strand as string | undefined);
          return REASONS.filter((r) => !strand || r.strands.includes(strand)).map((r) => ({ value: r.code, label: r.text }));
        },
      },
      // required by a selection, restated (or left) on a move; the pending nomination's basis is the starting point
      { name: 'listedFor', label: 'Listed for (select, or restated on a move)', type: 'select', options: bases, value: person.strand ? undefined : pending?.listedFor ?? undefined },
      { name: 'iomCategory', label: 'IOM cohort (enter or leave)', type: 'select', options: Object.entries(IOM_COHORTS).filter(([value]) => value !== 'PPO').map(([value, l]) => ({ value, label: l })) },
      { name: 'decidedOn', label: 'Decided on', type: 'date', required: true, value: today() },
      { name: 'rationale', label: 'Rationale', type: 'textarea', required: true },
      { name: 'attendingAgencies', label: 'Agencies at the panel', type: 'checkboxes', required: true, options: options(AGENCIES, agencyName) },
      {
        name: 'needsAssessmentIds', label: 'Needs assessments weighed', type: 'checkboxes',
        options: current.filter((a) => a.id).map((a) => ({ value: a.id ?? '', label: `${label(a.area)}: ${label(a.level)}${needDetail(a) ? ' — ' + needDetail(a) : ''} (${a.assessedOn ?? 'undated'})` })),
      },
    ],
    onSubmit: async (v) => {
      await post(`${base}/decisions`, v, ifMatch(etagOf(null, person.version)));
      await reload();
    },
  }) : null;

  const reviewForm = can(roles, 'review.record') && member ? apiForm({
    id: 'review-outcome',
    title: 'Record a review outcome',
    submitLabel: 'Record review',
    fields: [
      { name: 'reviewedOn', label: 'Reviewed on', type: 'date', required: true, value: today() },
      { name: 'outcome', label: 'Outcome', type: 'select', required: true, options: Object.entries(OUTCOMES).map(([value, l]) => ({ value, label: l })) },
      { name: 'notes', label: 'Notes', type: 'textarea' },
    ],
    onSubmit: async (v) => {
      await post(`${base}/reviews`, v);
      await reload();
    },
  }) : null;

  const nominationForm = can(roles, 'nomination.create') && !member ? apiForm({
    id: 'nominate',
    title: 'Nominate for a panel',
    submitLabel: 'Nominate',
    fields: [
      { name: 'strand', label: 'Strand', type: 'select', required: true, options: Object.entries(STRANDS).map(([value, l]) => ({ value, label: l })) },
      { name: 'listedFor', label: 'Listed for', type: 'select', required: true, options: bases },
      { name: 'agency', label: 'Nominating agency', type: 'select', required: true, options: options(AGENCIES, agencyName) },
      { name: 'reason', label: 'Reason', type: 'textarea', required: true },
    ],
    onSubmit: async (v) => {
      await post(`${base}/nominations`, v);
      await reload();
    },
  }) : null;

  return [decisionForm, reviewForm, nominationForm].filter((f): f is HTMLFormElement => f !== null);
}

/** The panel's record of the person: decisions, nominations and reviews, oldest first. */
export async function panelHistory(ctx: PersonContext, nominations: Nomination[]): Promise<HTMLElement> {
  const [decisions, reviews] = await Promise.all([get<Decision[]>(`${ctx.base}/decisions`), get<Review[]>(`${ctx.base}/reviews`)]);
  return h('div', {},
    h('h3.govuk-heading-s', {}, 'Panel decisions'),
    table(['Decided', 'Decision', 'Strand', 'Listed for', 'Reason', 'Result', 'Rationale', 'Agencies', 'Recorded by'],
      decisions.map((d) => [d.decidedOn, d.type ? DECISIONS[d.type] ?? d.type : '', strandName(d.strand), listedForName(d.listedFor, d.type === 'SELECT'), REASONS.find((r) => r.code === d.reasonCode)?.text ?? '',
        `${d.previousStatus ?? '?'} → ${d.resultingStatus ?? '?'}${d.resultingStrand ? ' (' + strandName(d.resultingStrand) + ')' : ''}`,
        d.rationale, (d.attendingAgencies ?? []).map(agencyName).join(', '), d.recordedBy]), 'Panel decisions, oldest first'),
    h('h3.govuk-heading-s', {}, 'Nominations'),
    table(['Nominated', 'Strand', 'Listed for', 'Reason', 'Agency', 'Status'],
      nominations.map((n) => [formatDate(n.nominatedAt), strandName(n.strand), listedForName(n.listedFor), n.reason, n.agency ? agencyName(n.agency) : '', label(n.status)]), 'Nominations'),
    h('h3.govuk-heading-s', {}, 'Reviews'),
    table(['Reviewed', 'Outcome', 'Strand', 'Next due', 'Notes', 'Recorded by'],
      reviews.map((r) => [r.reviewedOn, r.outcome ? OUTCOMES[r.outcome] ?? r.outcome : '', strandName(r.strand), r.nextReviewDue, r.notes ?? '', r.recordedBy]), 'Reviews'));
}
