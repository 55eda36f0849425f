import { get, post, request } from '../api';
import type { Body, Milestone, Plan, PlanAction, Progress, RecordProgress } from '../api/types';
import { h, label, replace, formatDate } from '../dom';
import { backLink, pageHeading, summaryList, table } from '../govuk';
import { apiForm } from '../form';
import { latestProgress, quarterOf, quartersOf } from '../plans';
import { can } from '../roles';
import { ragElement } from '../tags';
import { etagOf, ifMatch } from '../versioned';

const RAGS = [{ value: 'RED', label: 'Red' }, { value: 'AMBER', label: 'Amber' }, { value: 'GREEN', label: 'Green' }];

/** One action of a plan: its milestones, its quarterly progress with RAG, and recording a quarter's progress. */
export async function actionPage(main: HTMLElement, params: string[], roles: string[]): Promise<void> {
  const [planId, actionId] = params;
  const [plan, milestones] = await Promise.all([
    get<Plan>(`/api/v1/plans/${planId}`),
    get<Milestone[]>(`/api/v1/actions/${actionId}/milestones`),
  ]);
  const { body: action } = await request<PlanAction>('GET', `/api/v1/actions/${actionId}`);
  document.title = `${action.code ?? 'Action'} · ${plan.title ?? 'Plan'} · PPO admin console`;
  const progressTable = h('div', { 'data-testid': 'progress', 'aria-live': 'polite' });
  const latest = h('p.govuk-body', { 'data-testid': 'latest-rag' });
  const showProgress = (updates: Progress[]) => {
    const last = latestProgress(updates);
    replace(latest, 'Latest RAG: ', last ? [ragElement(last.rag), ` (${last.quarter ?? ''})`] : 'no update yet');
    replace(progressTable, table(['Quarter', 'RAG', 'Note', 'Recorded by', 'When'],
      updates.map((u) => [u.quarter, ragElement(u.rag), u.note, u.recordedBy, formatDate(u.recordedAt)]), 'Quarterly progress, oldest first'));
  };
  showProgress(await get<Progress[]>(`/api/v1/actions/${actionId}/progress`));

  const year = plan.financialYear ?? '';
  const current = quarterOf(new Date().toISOString().slice(0, 10));
  const form = can(roles, 'progress.record') && action.status === 'OPEN' && plan.status !== 'CLOSED' ? apiForm({
    id: 'progress-form',
    title: 'Record a quarter’s progress',
    submitLabel: 'Record progress',
    resetOnSuccess: true,
    fields: [
      { name: 'quarter', label: 'Quarter', type: 'select', required: true, value: quartersOf(year).includes(current) ? current : undefined,
        options: quartersOf(year).map((q) => ({ value: q, label: q })) },
      { name: 'rag', label: 'RAG', type: 'select', required: true, options: RAGS },
      { name: 'note', label: 'Progress note', type: 'textarea' },
    ],
    onSubmit: async (v) => {
      const fresh = await request<PlanAction>('GET', `/api/v1/actions/${actionId}`);
      const body: Body<RecordProgress> = { quarter: v.quarter ?? null, rag: v.rag ?? null, note: v.note };
      await post(`/api/v1/actions/${actionId}/progress`, body, ifMatch(etagOf(fresh.headers, fresh.body.version)));
      showProgress(await get<Progress[]>(`/api/v1/actions/${actionId}/progress`));
      return `Progress recorded for ${String(v.quarter)}`;
    },
  }) : null;

  replace(main,
    backLink(`#/plans/${planId}`, plan.title ?? 'Plan'),
    pageHeading(`${action.code ?? ''}: ${action.text ?? ''}`),
    summaryList([
      ['Priority', action.priorityCode],
      ['Lead', [action.lead?.jobTitle, action.lead?.organisation, action.lead?.reportingOfficer].filter(Boolean).join(', ')],
      ['Cost', action.cost?.amountPence != null ? `£${(action.cost.amountPence / 100).toLocaleString('en-GB', { minimumFractionDigits: 2 })}` : action.cost?.note],
      ['Complete by', action.completionDue],
      ['Status', `${label(action.status)}${action.completedOn ? ` on ${action.completedOn}` : ''}${action.withdrawnOn ? ` on ${action.withdrawnOn}: ${action.withdrawalReason ?? ''}` : ''}`],
    ]),
    h('h2.govuk-heading-m', {}, 'Milestones'),
    table(['Milestone', 'Due as stated', 'Due dates', 'Done'], milestones.map((m) => [m.text, m.due ? `${label(m.due.kind)} ${m.due.value ?? ''}` : '',
      (m.dueDates ?? []).map((d) => d.due).join(', '), m.doneOn ?? (m.dueDates ?? []).filter((d) => d.doneOn).map((d) => d.doneOn).join(', ')]), 'Milestones and their due dates'),
    h('h2.govuk-heading-m', {}, 'Progress'),
    latest,
    progressTable,
    form);
}
