import { filterForm } from '../filters';
import { get, post, request } from '../api';
import type {
  AgendaItem, AmberList, Body, CaseConference, ConferenceItem, CaseConferenceAgenda, CaseConferenceSummaryPage, CreateCaseConference, OpenRaisedActions,
  RecordConferenceItem, ReviewDue, SchemePage,
} from '../api/types';
import { agencyLabel, raisedActions, reasonText } from '../conference';
import { formatDate, h, label, replace, sortName, strandName } from '../dom';
import { pageHeading, table, tag } from '../govuk';
import { apiForm, options } from '../form';
import { hashQuery } from '../query';
import { etagOf, ifMatch } from '../versioned';
import { AGENCIES, PLAN_AREAS, planAreaName } from './person/codes';

const agencies = AGENCIES.map((a) => a.toLowerCase());
const today = () => new Date().toISOString().slice(0, 10);
const personLink = (id: string | undefined, name: string) => h('a.govuk-link', { href: `#/people/${id ?? ''}` }, name);

/**
 * Case conferences of a scheme: the conferences held, holding one (day and attendance), and the
 * scheme's amber list with the releases due and the reviews due, which the agenda draws on.
 */
export async function conferencesPage(main: HTMLElement, params: string[], roles: string[]): Promise<void> {
  document.title = 'Case conferences · PPO admin console';
  const schemes = (await get<SchemePage>('/api/v1/schemes?page=0&size=500')).items ?? [];
  const chosen = schemes.find((s) => s.id === hashQuery().get('scheme')) ?? schemes[0];
  if (!chosen) {
    replace(main, pageHeading('Case conferences'), h('p.govuk-body', {}, 'You may see no scheme.'));
    return;
  }
  const schemeSelect = h('select.govuk-select', { id: 'conference-scheme' },
    schemes.map((s) => h('option', { value: s.id, selected: s.id === chosen.id }, s.name ?? s.code)));
  const [held, amber, reviews] = await Promise.all([
    get<CaseConferenceSummaryPage>(`/api/v1/case-conferences?schemeCode=${encodeURIComponent(chosen.code ?? '')}&page=0&size=20`),
    get<AmberList>(`/api/v1/schemes/${chosen.id}/amber-list`),
    get<ReviewDue[]>(`/api/v1/schemes/${chosen.id}/reviews?withinDays=28`),
  ]);
  const holdForm = apiForm({
    id: 'conference-form',
    title: 'Hold a case conference',
    submitLabel: 'Open the agenda',
    fields: [
      { name: 'heldOn', label: 'Day', type: 'date', required: true, value: today() },
      { name: 'attendingAgencies', label: 'Agencies attending', type: 'checkboxes', required: true, options: options(agencies, agencyLabel) },
    ],
    onSubmit: async (v) => {
      const body: Body<CreateCaseConference> = { schemeCode: chosen.code, heldOn: v.heldOn ?? null, attendingAgencies: v.attendingAgencies };
      const created = await post<CaseConference>('/api/v1/case-conferences', body);
      location.hash = `#/case-conferences/${created.id}`;
      return 'Conference recorded';
    },
  });
  replace(main,
    pageHeading(`Case conferences: ${chosen.name ?? chosen.code}`),
    filterForm('Scheme', [['scheme', 'conference-scheme', 'Scheme', schemeSelect]], () => void conferencesPage(main, params, roles)),
    h('div.two-col', {},
      h('div', { 'data-testid': 'conferences' }, h('h2.govuk-heading-m', {}, 'Conferences held'),
        table(['Day', 'Agencies', 'People discussed'], (held.items ?? []).map((c) => [
          h('a.govuk-link', { href: `#/case-conferences/${c.id}` }, c.heldOn), (c.attendingAgencies ?? []).map(agencyLabel).join(', '), c.items]),
        'Latest first')),
      holdForm),
    h('h2.govuk-heading-m', {}, 'Amber list'),
    h('div', { 'data-testid': 'amber-list' }, table(['Person', 'Strand', 'Sentence', 'Prison', 'Expected release', 'Days to release', 'Next review'],
      (amber.members ?? []).map((m) => [personLink(m.personId, sortName(m)), strandName(m.strand), m.sentenceMonths != null ? `${m.sentenceMonths} months from ${m.sentencedOn ?? ''}` : '',
        m.prison, m.expectedReleaseOn, m.daysToRelease, `${m.nextReviewDue ?? ''}${m.preReleaseReview ? ' (pre-release)' : ''}${m.reviewOverdue ? ' overdue' : ''}`]),
      `Amber PPOs on ${amber.on ?? today()}; pre-release review ${amber.preReleaseReviewDays ?? ''} days before release`)),
    h('h2.govuk-heading-m', {}, 'Releases due'),
    h('div', { 'data-testid': 'releases-due' }, table(['Person', 'Strand', 'Status', 'Prison', 'Expected release', 'Days to release'],
      (amber.releasesDue ?? []).map((m) => [personLink(m.personId, sortName(m)), strandName(m.strand), label(m.status), m.prison, m.expectedReleaseOn, m.daysToRelease]),
      `Current PPOs in custody due for release within ${amber.releaseWithinDays ?? ''} days`)),
    h('h2.govuk-heading-m', {}, 'Reviews due'),
    h('div', { 'data-testid': 'reviews-due' }, table(['Person', 'PNC', 'Strand', 'Review due', 'Overdue'],
      reviews.map((r) => [personLink(r.personId, sortName(r)), r.pncId, strandName(r.strand), r.nextReviewDue, r.overdue ? h('strong', {}, `${r.daysOverdue ?? ''} days`) : 'No']),
      'Overdue or due within 28 days, soonest first')));
}

/** One conference: its attendance, the actions still open from earlier ones, and its agenda, each person's discussion recorded in turn. */
export async function conferencePage(main: HTMLElement, params: string[]): Promise<void> {
  const id = params[0];
  const conference = await get<CaseConference>(`/api/v1/case-conferences/${id}`);
  const schemes = (await get<SchemePage>('/api/v1/schemes?page=0&size=500')).items ?? [];
  const scheme = schemes.find((s) => s.code === conference.schemeCode);
  document.title = `Case conference ${conference.heldOn ?? ''} · PPO admin console`;
  const [agenda, open] = await Promise.all([
    get<CaseConferenceAgenda>(`/api/v1/case-conferences/agenda?schemeId=${scheme?.id ?? ''}&on=${conference.heldOn ?? ''}`),
    get<OpenRaisedActions>(`/api/v1/case-conferences/${id}/open-actions`),
  ]);
  const names = new Map((agenda.items ?? []).map((i) => [i.offenderId, sortName(i)]));
  let recorded = conference.items ?? [];
  const items = h('div', { 'data-testid': 'agenda' });
  // The discussion just recorded stays open with the focus on it, so its record is what the user sees next.
  const render = (justRecorded?: string) => {
    replace(items, (agenda.items ?? []).map((item) => agendaItem(id, item, recorded.find((r) => r.offenderId === item.offenderId), item.offenderId === justRecorded, (after) => {
      recorded = after.items ?? recorded;
      render(item.offenderId);
    })));
    items.querySelector<HTMLElement>('details[data-just-recorded] summary')?.focus();
  };
  render();
  replace(main,
    h('a.govuk-back-link', { href: `#/case-conferences?scheme=${scheme?.id ?? ''}` }, 'Case conferences'),
    pageHeading(`Case conference, ${scheme?.name ?? conference.schemeCode ?? ''}, ${conference.heldOn ?? ''}`),
    h('p.govuk-body', { 'data-testid': 'attendance' }, `Attending: ${(conference.attendingAgencies ?? []).map(agencyLabel).join(', ')}`
      + ((conference.attendees ?? []).length ? `; ${(conference.attendees ?? []).map((a) => `${a.name} (${a.role}, ${agencyLabel(a.agency ?? '')})`).join(', ')}` : '')),
    agenda.lastConferenceOn ? h('p.govuk-body', {}, `The last conference was on ${agenda.lastConferenceOn}.`) : null,
    h('h2.govuk-heading-m', {}, 'Actions still open from earlier conferences'),
    table(['Person', 'Raised on', 'Area', 'Agency', 'Action', 'Due'], (open.actions ?? []).map((a) => [
      personLink(a.offenderId, names.get(a.offenderId) ?? 'Person'), a.raisedOn, label(a.area), agencyLabel(a.agency ?? ''), a.text, a.due]), 'Open actions, by person'),
    h('h2.govuk-heading-m', {}, `Agenda: ${(agenda.items ?? []).length} people`),
    items);
}

function agendaItem(conferenceId: string, item: AgendaItem, done: ConferenceItem | undefined, justRecorded: boolean,
  onRecorded: (conference: CaseConference) => void): HTMLElement {
  const name = sortName(item);
  const facts = [strandName(item.strand), label(item.status), item.nextReviewDue ? `review due ${item.nextReviewDue}${item.nextReviewPreRelease ? ' (pre-release)' : ''}` : '',
    item.expectedReleaseOn ? `release expected ${item.expectedReleaseOn}` : '', item.lastDiscussedOn ? `last discussed ${item.lastDiscussedOn}` : 'not discussed before',
    item.activePlanId ? 'has an active plan' : ''].filter(Boolean).join(' · ');
  const reasons = (item.reasons ?? []).map((r) => tag(reasonText(r), 'blue'));
  const body = done
    ? h('div', { 'data-testid': 'discussed' }, h('p.govuk-body', {}, h('strong', {}, 'Discussed: '), done.discussion ?? ''),
      (done.raisedActions ?? []).length ? h('p.govuk-body', {}, `Actions raised: ${(done.raisedActions ?? []).length}`) : null,
      h('p.govuk-body-s', {}, `Recorded by ${done.recordedBy ?? ''}, ${formatDate(done.recordedAt)}`))
    : discussionForm(conferenceId, item, name, onRecorded);
  return h('details.govuk-details', { open: !done || justRecorded, 'data-person': name, 'data-just-recorded': justRecorded },
    h('summary.govuk-details__summary', {}, h('span.govuk-details__summary-text', {}, `${name}${done ? ' (discussed)' : ''}`)),
    h('div.govuk-details__text', {}, h('p.govuk-body', {}, personLink(item.offenderId, 'Open the person’s record'), ` · ${facts}`),
      reasons.length ? h('p.govuk-body', {}, reasons) : null, body));
}

function discussionForm(conferenceId: string, item: AgendaItem, name: string, onRecorded: (conference: CaseConference) => void): HTMLFormElement {
  const key = item.offenderId ?? '';
  const select = (part: string, text: string, values: string[], nameOf: (v: string) => string) => h('div.govuk-form-group', {},
    h('label.govuk-label', { for: `${key}-${part}` }, text),
    h('select.govuk-select', { id: `${key}-${part}`, name: `[0].${part}` }, h('option', { value: '' }, '(none)'), values.map((v) => h('option', { value: v }, nameOf(v)))));
  const action = h('div', {},
    h('div.govuk-form-group', {}, h('label.govuk-label', { for: `${key}-text` }, 'Action to raise into their plan (optional)'),
      h('input.govuk-input', { id: `${key}-text`, name: '[0].text', type: 'text' })),
    select('area', 'Area', PLAN_AREAS, planAreaName),
    select('agency', 'Agency', agencies, agencyLabel),
    h('div.govuk-form-group', {}, h('label.govuk-label', { for: `${key}-due` }, 'Due'), h('input.govuk-input', { id: `${key}-due`, name: '[0].due', type: 'date' })));
  const part = (p: string) => action.querySelector<HTMLInputElement>(`[name="[0].${p}"]`)!.value;
  return apiForm({
    id: `item-${key}`,
    title: `Discussion of ${name}`,
    submitLabel: 'Record the discussion',
    fields: [
      { name: 'discussion', label: 'Discussion', type: 'textarea', required: true },
      { name: 'actions', label: 'Action', type: 'custom', element: action, read: () => raisedActions({ area: part('area'), agency: part('agency'), text: part('text'), due: part('due') }) },
    ],
    onSubmit: async (v) => {
      const fresh = await request<CaseConference>('GET', `/api/v1/case-conferences/${conferenceId}`);
      const body: Body<RecordConferenceItem> = { offenderId: item.offenderId, discussion: v.discussion ?? null, actions: v.actions };
      onRecorded(await post<CaseConference>(`/api/v1/case-conferences/${conferenceId}/items`, body, ifMatch(etagOf(fresh.headers, fresh.body.version))));
      return `Discussion of ${name} recorded`;
    },
  });
}
