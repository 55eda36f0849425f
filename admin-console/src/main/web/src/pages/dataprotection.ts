import { filterForm } from '../filters';
import { api, get, post } from '../api';
import type {
  Body, Disposal, OffenderRestrictionRequest, RetentionDecision, RetentionDecisionRequest, RetentionReviewDue, RetentionReviewPage,
  SubjectAccessBundle, SubjectAccessRequest, SubjectAccessRequestCreate,
} from '../api/types';
import { bundleSections, finished, reviewReasons, stepsProgress } from '../dataprotection';
import { formatDate, h, label, replace, sortName } from '../dom';
import { backLink, pageHeading, table } from '../govuk';
import { apiForm } from '../form';
import { hashQuery } from '../query';

const today = () => new Date().toISOString().slice(0, 10);
const OUTCOMES = [{ value: 'RETAIN', label: 'Retain until a next review' }, { value: 'DISPOSE', label: 'Dispose of every record' }];

/**
 * Data protection (the DPO's page): the retention review queue with a decision and a restriction
 * per person, and starting a subject-access request.
 */
export async function dataProtectionPage(main: HTMLElement, params: string[], roles: string[]): Promise<void> {
  document.title = 'Data protection · PPO admin console';
  const asOf = /^\d{4}-\d{2}-\d{2}$/.test(hashQuery().get('asOf') ?? '') ? hashQuery().get('asOf')! : today();
  const queue = (await get<RetentionReviewPage>(`/api/v1/retention/reviews?asOf=${asOf}&page=0&size=100`)).items ?? [];
  const day = h('input.govuk-input', { id: 'review-day', type: 'date', value: asOf });
  const sar = apiForm({
    id: 'sar-form',
    title: 'Start a subject-access request',
    submitLabel: 'Start gathering',
    fields: [
      { name: 'pncId', label: 'PNC id', hint: 'Or give the person id below', type: 'text' },
      { name: 'personId', label: 'Person id', type: 'text' },
      { name: 'from', label: 'From (optional)', type: 'date' },
      { name: 'to', label: 'To (optional)', type: 'date' },
    ],
    onSubmit: async (v) => {
      const body: Body<SubjectAccessRequestCreate> = { pncId: v.pncId, personId: v.personId, from: v.from, to: v.to };
      const started = await post<SubjectAccessRequest>('/api/v1/subject-access-requests', body);
      location.hash = `#/data-protection/subject-access/${started.id}`;
      return 'Request started';
    },
  });
  replace(main,
    pageHeading('Data protection'),
    h('h2.govuk-heading-m', {}, 'Retention reviews due'),
    filterForm('Reviews due by a day', [['asOf', 'review-day', 'Due by', day]], () => void dataProtectionPage(main, params, roles)),
    h('div', { 'data-testid': 'review-queue' },
      table(['Person', 'PNC', 'Scheme', 'Status', 'Due', 'Why'], queue.map((p) => [sortName(p), p.pncId, p.scheme, `${label(p.status)}${p.restricted ? ' (restricted)' : ''}`,
        p.dueOn, reviewReasons(p)]), `${queue.length} people due for review by ${asOf}, earliest first`),
      queue.map((p) => reviewItem(p))),
    h('h2.govuk-heading-m', {}, 'Subject access'),
    sar);
}

function reviewItem(person: RetentionReviewDue): HTMLElement {
  const name = sortName(person);
  const decision = apiForm({
    id: `decide-${person.personId}`,
    title: `Decide on ${name}’s records`,
    submitLabel: 'Record the decision',
    fields: [
      { name: 'outcome', label: 'Outcome', type: 'select', required: true, options: OUTCOMES },
      { name: 'reason', label: 'Reason', type: 'textarea', required: true },
      { name: 'nextReviewOn', label: 'Next review (when retaining)', type: 'date' },
    ],
    onSubmit: async (v) => {
      const body: Body<RetentionDecisionRequest> = { outcome: v.outcome ?? null, reason: v.reason ?? null, nextReviewOn: v.nextReviewOn };
      const decided = await post<RetentionDecision>(`/api/v1/retention/reviews/${person.personId}/decisions`, body);
      if (decided.disposalId) location.hash = `#/data-protection/disposals/${decided.disposalId}`;
      return decided.outcome === 'RETAIN' ? `Retained until ${decided.nextReviewOn ?? 'the next review'}` : 'Disposal started';
    },
  });
  const restriction = apiForm({
    id: `restrict-${person.personId}`,
    title: person.restricted ? `Lift the restriction on ${name}` : `Restrict processing of ${name}’s data`,
    submitLabel: person.restricted ? 'Lift the restriction' : 'Restrict processing',
    fields: person.restricted ? [] : [{ name: 'reason', label: 'Why processing is restricted', type: 'textarea', required: true }],
    onSubmit: async (v) => {
      if (person.restricted) {
        await api('DELETE', `/api/v1/offenders/${person.personId}/restriction`);
        return 'Restriction lifted';
      }
      const body: Body<OffenderRestrictionRequest> = { reason: v.reason ?? null };
      await post(`/api/v1/offenders/${person.personId}/restriction`, body);
      return 'Processing restricted';
    },
  });
  return h('details.govuk-details', { 'data-person': name },
    h('summary.govuk-details__summary', {}, h('span.govuk-details__summary-text', {}, `Review ${name} (${person.pncId ?? ''})`)),
    h('div.govuk-details__text.two-col', {}, decision, restriction));
}

/** Polls a job every two seconds while its page is open and it runs. */
function poll<T extends { status?: string }>(path: string, hash: string, show: (job: T) => Promise<void> | void): Promise<void> {
  const tick = async () => {
    if (location.hash !== hash) return;
    const job = await get<T>(path);
    await show(job);
    if (!finished(job.status)) setTimeout(() => void tick(), 2000);
  };
  return tick();
}

function stepsTable(steps: Disposal['services']): HTMLElement {
  return table(['Service', 'State', 'Attempts', 'Done', 'Last error'], (steps ?? []).map((s) => [s.service, label(s.state), s.attempts, formatDate(s.doneAt), s.lastError]),
    'Each service’s part');
}

/** A disposal's progress over the services, until it completes or fails. */
export async function disposalPage(main: HTMLElement, params: string[]): Promise<void> {
  document.title = 'Disposal · PPO admin console';
  const hash = location.hash;
  await poll<Disposal>(`/api/v1/retention/disposals/${params[0]}`, hash, (d) => replace(main,
    backLink('#/data-protection', 'Data protection'),
    pageHeading('Disposal of a person’s records'),
    h('p.govuk-body', { 'data-testid': 'disposal-status', role: 'status' }, `${label(d.status)}: ${stepsProgress(d.services)}`),
    h('p.govuk-body-s', {}, `Requested by ${d.requestedBy ?? ''}, ${formatDate(d.requestedAt)}${d.completedAt ? `; completed ${formatDate(d.completedAt)}` : ''}`),
    stepsTable(d.services)));
}

/** A subject-access request's progress, then its bundle: a section per service and the disclosure log. */
export async function subjectAccessPage(main: HTMLElement, params: string[]): Promise<void> {
  document.title = 'Subject access · PPO admin console';
  const hash = location.hash;
  await poll<SubjectAccessRequest>(`/api/v1/subject-access-requests/${params[0]}`, hash, async (r) => {
    const bundle = r.status === 'COMPLETED' ? await get<SubjectAccessBundle>(`/api/v1/subject-access-requests/${params[0]}/bundle`) : null;
    replace(main,
      backLink('#/data-protection', 'Data protection'),
      pageHeading('Subject-access request'),
      h('p.govuk-body', { 'data-testid': 'sar-status', role: 'status' }, `${label(r.status)}: ${stepsProgress(r.services)}`),
      stepsTable(r.services),
      bundle ? [
        h('h2.govuk-heading-m', {}, 'The bundle'),
        h('div', { 'data-testid': 'bundle' }, table(['Service', 'Records', 'Of each kind'], bundleSections(bundle).map((s) => [s.service, s.records, s.kinds]),
          `Everything held${bundle.from || bundle.to ? ` from ${bundle.from ?? 'the start'} to ${bundle.to ?? 'now'}` : ''}`)),
        h('button.govuk-button.govuk-button--secondary', {
          type: 'button',
          'data-testid': 'bundle-download',
          onclick: () => {
            const link = h('a', { href: URL.createObjectURL(new Blob([JSON.stringify(bundle, null, 2)], { type: 'application/json' })), download: `subject-access-${params[0]}.json` });
            link.click();
          },
        }, 'Download the bundle (JSON)'),
        h('h2.govuk-heading-m', {}, 'Disclosure log'),
        table(['When', 'Service', 'Who', 'Agency', 'Action', 'Purpose'], (bundle.disclosureLog ?? []).map((d) => [formatDate(d.at), d.service, d.username ?? d.client, d.agency, d.action, d.purpose]),
          'Every read or change of the person’s data'),
      ] : null);
  });
}
