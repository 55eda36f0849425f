import { get } from '../api';
import type { DeliveryPlanPage, MonitoringReport, Plan, PlanActionPage, PlanPage, Priority, RegisteredRiskPage } from '../api/types';
import { h, label, replace } from '../dom';
import { backLink, details, pageHeading, table } from '../govuk';
import { download } from '../download';
import { ragCounts, reportDay } from '../plans';
import { problemMessage } from '../problem';

const today = () => new Date().toISOString().slice(0, 10);

const failure = (e: unknown) => h('div.govuk-inset-text', { role: 'alert' }, problemMessage(e));

/** Evidence of progress: its words, linked where it names a document. */
const evidence = (e: { text: string; link?: string } | undefined) =>
  (e?.link && /^https?:\/\//.test(e.link) ? h('a.govuk-link', { href: e.link, rel: 'noopener' }, e.text) : e?.text);

/** Plans: the partnership's action plans, the indicator delivery plans and the risk register. */
export async function plansPage(main: HTMLElement): Promise<void> {
  document.title = 'Plans · PPO admin console';
  const [plans, deliveryPlans, risks] = await Promise.all([
    get<PlanPage>('/api/v1/plans?page=0&size=100'),
    get<DeliveryPlanPage>('/api/v1/delivery-plans?page=0&size=100'),
    get<RegisteredRiskPage>('/api/v1/risks?status=OPEN&page=0&size=100'),
  ]);
  replace(main,
    pageHeading('Plans'),
    h('h2.govuk-heading-m', {}, 'Action plans'),
    h('div', { 'data-testid': 'plans' }, table(['Plan', 'Partnership', 'Financial year', 'Status'],
      (plans.items ?? []).map((p) => [h('a.govuk-link', { href: `#/plans/${p.id}` }, p.title), p.partnership, p.financialYear, label(p.status)]),
      'Latest financial year first')),
    h('h2.govuk-heading-m', {}, 'Delivery plans'),
    h('div', { 'data-testid': 'delivery-plans' }, (deliveryPlans.items ?? []).length
      ? (deliveryPlans.items ?? []).map((d) => details(`${d.indicator ?? ''}: ${d.title ?? ''} (${d.partnership ?? ''})`,
          h('p.govuk-body', {}, `Baseline ${d.baseline ?? ''} (${d.baselinePeriod ?? ''}); lead ${d.indicatorLead ?? ''}; `
            + (d.targets ?? []).map((t) => `${t.financialYear}: ${t.targetValue ?? ''}${t.reductionPercent != null ? ` (−${t.reductionPercent} %)` : ''}`).join(', ')),
          table(['Activity', 'Timescale', 'Partner', 'Progress', 'As of', 'Evidence'], (d.activities ?? []).map((a) => [
            `${a.number}. ${a.activity ?? ''}`, a.timescale, a.partner, label(a.latestProgress?.status), a.latestProgress?.asOf, evidence(a.latestProgress?.evidence)]),
          `Activities of ${d.indicator ?? 'the plan'}, each with its latest progress`),
          table(['Sub-target', 'Progress', 'As of', 'Evidence'], (d.subTargetProgress ?? []).map((s) => [
            `${s.number}. ${s.text ?? ''}`, label(s.latestProgress?.status), s.latestProgress?.asOf, evidence(s.latestProgress?.evidence)]), 'Sub-targets'),
          table(['Risk', 'Mitigations', 'Owner'], (d.risks ?? []).map((r) => [`${r.number}. ${r.risk ?? ''}`, (r.mitigations ?? []).join('; '), r.owner]), 'Risks and barriers')))
      : h('p.govuk-body', {}, 'No delivery plans.')),
    h('h2.govuk-heading-m', {}, 'Risk register'),
    h('div', { 'data-testid': 'risks' }, table(['Risk', 'Partnership', 'Owner', 'Likelihood × impact', 'Rating', 'Review', 'Mitigations'],
      (risks.items ?? []).map((r) => [r.risk, r.partnership, [r.owner?.jobTitle, r.owner?.organisation].filter(Boolean).join(', '),
        `${r.likelihood ?? ''} × ${r.impact ?? ''} = ${r.score ?? ''}`, label(r.rating),
        r.reviewOverdue ? h('strong', {}, `${r.reviewDate ?? ''} (overdue)`) : r.reviewDate, (r.mitigations ?? []).join('; ')]),
      'Open risks, highest score first')));
}

/** A plan's monitoring report as of a day: per priority, actions by RAG, overdue milestones, actions not updated; and its actions. */
export async function planPage(main: HTMLElement, params: string[]): Promise<void> {
  const planId = params[0];
  const plan = await get<Plan>(`/api/v1/plans/${planId}`);
  document.title = `${plan.title ?? 'Plan'} · PPO admin console`;
  const asOf = reportDay(plan.financialYear ?? '', today());
  const [report, priorities, actions] = await Promise.all([
    get<MonitoringReport>(`/api/v1/plans/${planId}/report?asOf=${asOf}`),
    get<Priority[]>(`/api/v1/plans/${planId}/priorities`),
    get<PlanActionPage>(`/api/v1/plans/${planId}/actions?page=0&size=500`),
  ]);
  const downloadError = h('div', { role: 'alert' });
  const totals = report.totals ?? {};
  replace(main,
    backLink('#/plans', 'Plans'),
    pageHeading(plan.title ?? ''),
    h('p.govuk-body', {}, `${plan.partnership ?? ''}, ${plan.financialYear ?? ''}: ${label(plan.status)}`),
    h('h2.govuk-heading-m', {}, `Monitoring report, ${report.quarter ?? ''} (as of ${report.asOf ?? asOf})`),
    h('ul.ppo-figures', { 'data-testid': 'report-totals' },
      h('li', {}, h('strong', {}, totals.actions ?? 0), 'actions'),
      h('li', {}, h('strong', {}, totals.actionsByRag?.RED ?? 0), 'red'),
      h('li', {}, h('strong', {}, totals.completed ?? 0), 'completed'),
      h('li', {}, h('strong', {}, totals.overdueMilestones ?? 0), 'overdue milestones'),
      h('li', {}, h('strong', {}, totals.noUpdateThisQuarter ?? 0), 'not updated this quarter')),
    h('button.govuk-button.govuk-button--secondary', {
      type: 'button',
      'data-testid': 'report-csv',
      onclick: () => {
        downloadError.replaceChildren();
        download(`/api/v1/plans/${planId}/report?asOf=${report.asOf ?? asOf}`, 'text/csv', `monitoring-report-${asOf}.csv`)
          .catch((e) => downloadError.replaceChildren(failure(e)));
      },
    }, 'Download the monitoring report (CSV)'),
    downloadError,
    (report.priorities ?? []).map((p) => {
      const detail = priorities.find((x) => x.code === p.code);
      const ofPriority = (actions.items ?? []).filter((a) => a.priorityCode === p.code);
      return h('section', { 'data-testid': `priority-${p.code}` },
        h('h3.govuk-heading-s', {}, `${p.code}: ${p.title ?? detail?.title ?? ''}`),
        h('p.govuk-body', {}, `${p.actions ?? 0} actions: ${ragCounts(p.actionsByRag)}; ${p.completed ?? 0} completed.`
          + ((p.noUpdateThisQuarter ?? []).length ? ` Not updated this quarter: ${(p.noUpdateThisQuarter ?? []).join(', ')}.` : '')),
        table(['Action', 'Lead', 'Due', 'Status'], ofPriority.map((a) => [
          h('a.govuk-link', { href: `#/plans/${planId}/actions/${a.id}` }, `${a.code ?? ''}: ${a.text ?? ''}`),
          [a.lead?.jobTitle, a.lead?.organisation].filter(Boolean).join(', '), a.completionDue, label(a.status)]), `Actions of ${p.code}`),
        (p.overdueMilestones ?? []).length ? table(['Action', 'Milestone', 'Due', 'Days late', 'Lead'],
          (p.overdueMilestones ?? []).map((m) => [m.actionCode, m.milestone, m.due, h('strong', {}, m.daysLate), m.lead]), `Overdue milestones of ${p.code}`) : null,
        (p.withdrawn ?? []).length ? table(['Action', 'Withdrawn on', 'Reason'], (p.withdrawn ?? []).map((w) => [w.actionCode, w.withdrawnOn, w.reason]),
          `Withdrawn actions of ${p.code}`) : null);
    }),
    (report.priorities ?? []).length ? null : h('p.govuk-body', {}, 'The plan has no priorities yet.'));
}
