import { get, post } from '../api';
import { formatDate, fullName, h, label, LISTING_BASES, listedForName, replace, strandName, STRANDS } from '../dom';
import { breadcrumbs, pageHeading, summaryList, table } from '../govuk';
import { statusTag } from './cohort';
import { apiForm, options } from '../form';
import { can } from '../roles';
import { etagOf, ifMatch } from '../versioned';
import type {
  Agency, CurrentNeeds, Decision, DecisionType, IomCategory, NeedsAssessment, Nomination, Person, ReasonCode, Review, ReviewOutcome,
} from '../api/types';

/** "No fixed abode (on release)", "Class A, DIP": what an assessment says beyond its level. */
function needDetail(a: NeedsAssessment): string {
  const parts = [a.status ? label(a.status) : '', a.onRelease ? 'on release' : '', a.classAUse ? 'Class A use' : '', a.dipClient ? 'DIP client' : ''];
  return parts.filter((p) => p).join(', ');
}

export const AGENCIES: Agency[] = ['POLICE', 'PROBATION', 'YOS', 'COUNCIL', 'CPS', 'COURT', 'PRISON', 'DIP', 'HOUSING', 'HEALTH', 'FIRE', 'JOBCENTRE'];
const AGENCY_NAMES: Record<string, string> = { YOS: 'YOS', CPS: 'CPS', DIP: 'DIP' };
const agencyName = (a: string) => AGENCY_NAMES[a] ?? label(a);

/** The closed reason list, by the strands each applies to (offender-service ReasonCode). */
export const REASONS: Array<{ code: ReasonCode; text: string; strands: string[] }> = [
  { code: 'ASSET_BELOW_THRESHOLD', text: 'ASSET fell below 21 or RoSH removed', strands: ['PREVENT_DETER'] },
  { code: 'ESCALATED_TO_CATCH_CONVICT', text: 'Offending escalated; nominated for Catch and Convict', strands: ['PREVENT_DETER'] },
  { code: 'MOVED_OUT_OF_AREA', text: 'Moved out of the area', strands: Object.keys(STRANDS) },
  { code: 'DIED_OR_SERIOUS_ILLNESS', text: 'Died, or serious illness or injury', strands: Object.keys(STRANDS) },
  { code: 'STOPPED_OR_REDUCED_OFFENDING', text: 'Stopped or reduced offending and changed lifestyle', strands: Object.keys(STRANDS) },
  { code: 'CUSTODY_OVER_2_YEARS', text: 'Custodial sentence over 2 years (AMBER list)', strands: Object.keys(STRANDS) },
  { code: 'CUSTODY_OVER_10_YEARS', text: 'Custodial sentence over 10 years (removed in full)', strands: ['CATCH_CONVICT', 'REHABILITATE_RESETTLE'] },
  // a move from Catch and Convict to Rehabilitate and Resettle gives one of these (Thurrock strategy 5.3)
  { code: 'ENGAGING_WITH_INTERVENTIONS', text: 'To R&R: engaging with agencies and interventions (basic skills, DIP)', strands: ['CATCH_CONVICT'] },
  { code: 'WORKING', text: 'To R&R: working', strands: ['CATCH_CONVICT'] },
  { code: 'ON_LICENCE_OR_COMMUNITY_ORDER_NOT_IN_BREACH', text: 'To R&R: on licence or a community order, not in breach', strands: ['CATCH_CONVICT'] },
  { code: 'ON_BRIDGE_PROGRAMME', text: 'To R&R: on the Bridge programme', strands: ['CATCH_CONVICT'] },
  { code: 'IN_PRISON_RELEASE_ON_LICENCE_TO_SUITABLE_ACCOMMODATION', text: 'To R&R: in prison, likely released on licence to suitable accommodation', strands: ['CATCH_CONVICT'] },
  // leaving an IOM cohort other than PPO (IOM_EXIT)
  { code: 'NO_LONGER_MEETS_COHORT_CRITERIA', text: 'No longer meets the IOM cohort criteria', strands: [] },
];

/** The reasons an IOM exit takes (offender-service ReasonCode.IOM_EXIT). */
export const IOM_EXIT_REASONS: ReasonCode[] = ['MOVED_OUT_OF_AREA', 'DIED_OR_SERIOUS_ILLNESS', 'STOPPED_OR_REDUCED_OFFENDING', 'NO_LONGER_MEETS_COHORT_CRITERIA'];

/** The IOM cohorts beyond PPO a panel enters a person into (offender-service IomCategory). */
export const IOM_COHORTS: Record<IomCategory, string> = {
  PPO: 'PPO',
  SHORT_SENTENCE: 'Short sentence (custody under 12 months)',
  WOMEN_SHORT_SENTENCE: 'Women, custody under 12 months',
  DIP: 'Drug Intervention Programme',
  MAPPA: 'MAPPA-managed',
};

/** The decisions the panel form offers (not every decision type the API records; others show by their code). */
const DECISIONS: Partial<Record<DecisionType, string>> = {
  SELECT: 'Select onto a strand',
  MOVE: 'Move to another strand',
  AMBER: 'Put on the AMBER list',
  DESELECT: 'Deselect',
  REMOVE: 'Remove in full',
  IOM_ENTER: 'Enter an IOM cohort',
  IOM_EXIT: 'Leave an IOM cohort',
};

const OUTCOMES: Record<ReviewOutcome, string> = {
  CONTINUE: 'Continue on the strand',
  RECOMMEND_MOVE: 'Recommend a move of strand',
  RECOMMEND_AMBER: 'Recommend the AMBER list',
  RECOMMEND_DESELECT: 'Recommend deselection',
};

/** "Name (contact)": an officer the service names without a contact is shown by name alone. */
function officer(o: Person['leadOfficer']): string {
  return o ? (o.contact ? `${o.name} (${o.contact})` : o.name) : '';
}

const today = () => new Date().toISOString().slice(0, 10);

/** A person's page: who they are, their history (nominations, decisions, reviews) and the panel's actions. */
export async function personPage(main: HTMLElement, [personId]: string[], roles: string[]): Promise<void> {
  const base = `/api/v1/offenders/${encodeURIComponent(personId)}`;
  const [person, nominations, decisions, reviews, needs] = await Promise.all([
    get<Person>(base),
    get<Nomination[]>(`${base}/nominations`),
    get<Decision[]>(`${base}/decisions`),
    get<Review[]>(`${base}/reviews`),
    get<CurrentNeeds>(`${base}/needs/current`),
  ]);
  const name = fullName(person);
  document.title = `${name} · PPO admin console`;
  const reload = () => personPage(main, [personId], roles);
  const pending = nominations.find((n) => n.status === 'PENDING');
  const currentStrand = person.strand ?? pending?.strand ?? '';
  const bases = Object.entries(LISTING_BASES).map(([value, l]) => ({ value, label: l }));

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
        options: (needs.areas ?? []).filter((a) => a.id).map((a) => ({ value: a.id ?? '', label: `${label(a.area)}: ${label(a.level)}${needDetail(a) ? ' — ' + needDetail(a) : ''} (${a.assessedOn ?? 'undated'})` })),
      },
    ],
    onSubmit: async (v) => {
      await post(`${base}/decisions`, v, ifMatch(etagOf(null, person.version)));
      await reload();
    },
  }) : null;

  const reviewForm = can(roles, 'review.record') && (person.status === 'ACTIVE' || person.status === 'AMBER') ? apiForm({
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

  const nominationForm = can(roles, 'nomination.create') && !(person.status === 'ACTIVE' || person.status === 'AMBER') ? apiForm({
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

  const facts: Array<[string, string | HTMLElement]> = [
    ['PNC ID', person.pncId ?? ''],
    ['Date of birth', person.dateOfBirth ?? ''],
    ['Scheme', person.scheme?.code ?? ''],
    ['Status', statusTag(person.status)],
    ['Strand', strandName(person.strand)],
    ['Listed for', person.strand ? listedForName(person.listedFor) : ''],
    ['Selected on', person.selectedOn ?? ''],
    ['Next review due', person.nextReviewDue ?? ''],
    ['IOM cohort', person.iom?.cohort ? `${IOM_COHORTS[person.iom.cohort] ?? person.iom.cohort} since ${person.iom.since ?? '?'}` : ''],
    ['MAPPA', person.iom?.mappaManaged ? `Managed since ${person.iom.mappaSince ?? '?'}` : ''],
    ['Lead officer', officer(person.leadOfficer)],
    ['Offender manager', officer(person.offenderManager)],
    ['Flags', person.flags?.join(', ') ?? ''],
  ];

  const forms = [decisionForm, reviewForm, nominationForm].filter((f): f is HTMLFormElement => f !== null);
  const history = h('div', {},
    h('h2.govuk-heading-m', {}, 'Panel decisions'),
    table(['Decided', 'Decision', 'Strand', 'Listed for', 'Reason', 'Result', 'Rationale', 'Agencies', 'Recorded by'],
      decisions.map((d) => [d.decidedOn, d.type ? DECISIONS[d.type] ?? d.type : '', strandName(d.strand), listedForName(d.listedFor, d.type === 'SELECT'), REASONS.find((r) => r.code === d.reasonCode)?.text ?? '',
        `${d.previousStatus ?? '?'} → ${d.resultingStatus ?? '?'}${d.resultingStrand ? ' (' + strandName(d.resultingStrand) + ')' : ''}`,
        d.rationale, (d.attendingAgencies ?? []).map(agencyName).join(', '), d.recordedBy]), 'Panel decisions, oldest first'),
    h('h2.govuk-heading-m', {}, 'Nominations'),
    table(['Nominated', 'Strand', 'Listed for', 'Reason', 'Agency', 'Status'],
      nominations.map((n) => [formatDate(n.nominatedAt), strandName(n.strand), listedForName(n.listedFor), n.reason, n.agency ? agencyName(n.agency) : '', label(n.status)]), 'Nominations'),
    h('h2.govuk-heading-m', {}, 'Current needs'),
    table(['Area', 'Level', 'Detail', 'Assessed', 'Agency', 'Note'],
      (needs.areas ?? []).map((a) => [label(a.area), label(a.level), needDetail(a), a.assessedOn, a.agency ? agencyName(a.agency) : '', a.note ?? '']),
      needs.notAssessed?.length ? `Not assessed: ${needs.notAssessed.map(label).join(', ')}` : 'Current needs'),
    h('h2.govuk-heading-m', {}, 'Reviews'),
    table(['Reviewed', 'Outcome', 'Strand', 'Next due', 'Notes', 'Recorded by'],
      reviews.map((r) => [r.reviewedOn, r.outcome ? OUTCOMES[r.outcome] ?? r.outcome : '', strandName(r.strand), r.nextReviewDue, r.notes ?? '', r.recordedBy]), 'Reviews'));

  replace(main,
    breadcrumbs([
      ['Schemes', '#/schemes'],
      person.scheme ? [person.scheme.code, `#/schemes/${person.scheme.id}`] : ['?'],
      [name],
    ]),
    pageHeading(name, person.pncId ? `PNC ID ${person.pncId}` : undefined),
    h('div.govuk-grid-row', {}, h('div.govuk-grid-column-two-thirds', {},
      summaryList(facts, { 'data-testid': 'person-facts' }))),
    forms.length
      ? h('div.govuk-grid-row', {},
        h('div.govuk-grid-column-two-thirds', {}, history),
        h('div.govuk-grid-column-one-third', {}, forms))
      : history);
}
