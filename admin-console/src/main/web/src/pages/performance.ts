import { filterForm } from '../filters';
import { get } from '../api';
import type { BoardPack, Indicator, IndicatorPage, IndicatorPerformance, PerformanceCohortReport } from '../api/types';
import { chartFigure } from '../charts';
import { formatNumber } from '../chartdata';
import { h, label, replace } from '../dom';
import { pageHeading, table, warningText } from '../govuk';
import { download } from '../download';
import { boardPackDay, cohortChart, financialYearOf, indicatorChart, latestSummary, onTrackText } from '../performance';
import { problemMessage } from '../problem';
import { hashQuery } from '../query';
import { can } from '../roles';
import { ragElement } from '../tags';

const today = () => new Date().toISOString().slice(0, 10);

const failure = (e: unknown) => h('div.govuk-inset-text', { role: 'alert' }, problemMessage(e));

function select(id: string, values: string[], chosen: string): HTMLSelectElement {
  return h('select.govuk-select', { id, name: id }, values.map((v) => h('option', { value: v, selected: v === chosen }, v))) as HTMLSelectElement;
}

/**
 * Performance: a partnership's NI 30 cohorts and every indicator for a financial year, each with a
 * chart of the actual against the (pro-rata) target, on-track and RAG, and the board pack to download.
 */
export async function performancePage(main: HTMLElement, _params: string[], roles: string[]): Promise<void> {
  document.title = 'Performance · PPO admin console';
  const indicators = (await get<IndicatorPage>('/api/v1/indicators?page=0&size=500')).items ?? [];
  const partnerships = [...new Set(indicators.map((i) => i.partnership ?? ''))].filter(Boolean).sort();
  if (partnerships.length === 0) {
    replace(main, pageHeading('Performance'), h('p.govuk-body', {}, 'No indicators are defined yet.'));
    return;
  }
  const query = hashQuery();
  const partnership = partnerships.includes(query.get('partnership') ?? '') ? query.get('partnership')! : partnerships[0];
  const ofPartnership = indicators.filter((i) => i.partnership === partnership);
  const years = [...new Set([financialYearOf(today()), ...ofPartnership.flatMap((i) => (i.targets ?? []).map((t) => t.financialYear ?? ''))])]
    .filter(Boolean).sort().reverse();
  const withTargets = years.filter((y) => ofPartnership.some((i) => (i.targets ?? []).some((t) => t.financialYear === y)));
  const year = years.includes(query.get('year') ?? '') ? query.get('year')! : withTargets[0] ?? years[0];

  const partnershipSelect = select('performance-partnership', partnerships, partnership);
  const yearSelect = select('performance-year', years, year);
  const asOf = boardPackDay(year, today());
  const [pack, sections] = await Promise.all([
    get<BoardPack>(`/api/v1/reports/partnership?partnership=${encodeURIComponent(partnership)}&asOf=${asOf}`).catch((e) => e as Error),
    Promise.all(ofPartnership.map((i) => indicatorSection(i, year, roles))),
  ]);
  const fileName = `board-pack-${partnership.replace(/\W+/g, '-').toLowerCase()}-${asOf}`;
  const packPath = `/api/v1/reports/partnership?partnership=${encodeURIComponent(partnership)}&asOf=${asOf}`;
  const downloadError = h('div', { role: 'alert' });
  const downloadButton = (text: string, accept: string, extension: string) => h('button.govuk-button.govuk-button--secondary', {
    type: 'button',
    'data-testid': `board-pack-${extension}`,
    onclick: () => {
      downloadError.replaceChildren();
      download(packPath, accept, `${fileName}.${extension}`).catch((e) => downloadError.replaceChildren(failure(e)));
    },
  }, text);

  replace(main,
    pageHeading(`Performance: ${partnership} ${year}`),
    filterForm('Partnership and year', [['partnership', 'performance-partnership', 'Partnership', partnershipSelect],
      ['year', 'performance-year', 'Financial year', yearSelect]], () => void performancePage(main, _params, roles)),
    h('h2.govuk-heading-m', {}, 'Board pack'),
    pack instanceof Error ? failure(pack) : boardPackSummary(pack),
    h('div.govuk-button-group', {}, downloadButton('Download the board pack (PDF)', 'application/pdf', 'pdf'),
      downloadButton('Download the board pack (CSV)', 'text/csv', 'csv')),
    downloadError,
    h('h2.govuk-heading-m', {}, 'NI 30 cohorts'),
    pack instanceof Error ? null : ni30Table(pack),
    h('h2.govuk-heading-m', {}, 'Indicators'),
    sections,
    pack instanceof Error ? null : exceptions(pack));
}

function boardPackSummary(pack: BoardPack): HTMLElement {
  return h('div', { 'data-testid': 'board-pack' },
    h('p.govuk-body', {}, `As of ${pack.asOf ?? ''}, ${pack.quarter ?? ''}: ${(pack.indicators ?? []).length} indicators, `
      + `${(pack.actions ?? []).length} red or amber actions, ${(pack.overdueMilestones ?? []).length} overdue milestones, `
      + `${(pack.risks ?? []).length} open risks.`),
    (pack.gaps ?? []).length ? warningText('Missing from the pack: ',
      h('ul.govuk-list.govuk-list--bullet', {}, (pack.gaps ?? []).map((g) => h('li', {}, g)))) : null);
}

function ni30Table(pack: BoardPack): HTMLElement {
  return h('div', { 'data-testid': 'ni30' }, table(
    ['Cohort', 'People', 'Baseline offences', 'Target offences', 'Pro-rata target', 'Offences so far', 'Reduction %', 'On track', 'Target met'],
    (pack.ni30 ?? []).map((c) => [c.name, c.people, c.baselineOffences, c.targetOffences, formatNumber(c.proRataTarget), c.offencesSoFar,
      formatNumber(c.reductionPercent), onTrackText(c.onTrack), c.targetMet == null ? 'Not known yet' : c.targetMet ? 'Yes' : 'No']),
    'NI 30: proven offences of each fixed cohort against its baseline'));
}

async function indicatorSection(indicator: Indicator, year: string, roles: string[]): Promise<HTMLElement> {
  const heading = h('h3.govuk-heading-s', {}, `${indicator.code ?? ''}: ${indicator.title ?? ''}`);
  const facts = h('p.govuk-body-s', {}, [
    indicator.lead ? `Lead: ${indicator.lead.jobTitle}, ${indicator.lead.organisation}` : '',
    indicator.polarity ? label(indicator.polarity) : '', indicator.frequency ? label(indicator.frequency) : '',
    indicator.baselineValue != null ? `baseline ${formatNumber(indicator.baselineValue)} (${indicator.baselinePeriod ?? ''})` : '',
  ].filter(Boolean).join(' · '));
  let performance: IndicatorPerformance;
  try {
    performance = await get<IndicatorPerformance>(`/api/v1/indicators/${indicator.id}/performance?financialYear=${encodeURIComponent(year)}`);
  } catch (e) {
    return h('section', { 'data-testid': `indicator-${indicator.code}` }, heading, facts, failure(e));
  }
  const data = indicatorChart(performance);
  const periods = performance.periods ?? [];
  const periodTable = table(['Period', 'Actual', 'Year to date', 'Target', 'On track', 'RAG', 'Last year'],
    periods.map((p) => [p.period, formatNumber(p.actual), formatNumber(p.cumulative), formatNumber(p.target), onTrackText(p.onTrack),
      p.actual == null ? '' : ragElement(p.rag), p.lastYear?.actual == null ? '' : `${formatNumber(p.lastYear.actual)} (${formatNumber(p.lastYear.changePercent)} %)`]),
    `${indicator.code}: ${year}, year target ${formatNumber(performance.yearTarget)}${performance.yearStretchTarget != null ? `, stretch ${formatNumber(performance.yearStretchTarget)}` : ''}`);
  const cohortId = indicator.source?.type === 'NI30_COHORT' ? indicator.source.cohortId : undefined;
  const cohort = cohortId && can(roles, 'ni30.view') ? await cohortFigure(cohortId) : null;
  return h('section', { 'data-testid': `indicator-${indicator.code}` }, heading, facts,
    periods.length ? chartFigure(`${indicator.code}: actual against target`, data, latestSummary(data), { alternative: periodTable })
      : h('p.govuk-body', {}, `No periods for ${year}.`),
    cohort);
}

async function cohortFigure(cohortId: string): Promise<HTMLElement> {
  try {
    const report = await get<PerformanceCohortReport>(`/api/v1/performance/cohorts/${cohortId}`);
    const data = cohortChart(report);
    return chartFigure(`${report.name ?? 'NI 30 cohort'}: offences against the pro-rata line`, data,
      `${report.members ?? 0} people; baseline ${report.baselineOffences ?? ''} offences, target at most ${report.targetOffences ?? ''}. ${latestSummary(data)} ${onTrackText(report.onTrack)}.`,
      { testId: 'ni30-chart' });
  } catch (e) {
    return failure(e);
  }
}

function exceptions(pack: BoardPack): HTMLElement {
  return h('section', { 'data-testid': 'exceptions' },
    h('h2.govuk-heading-m', {}, 'Exceptions'),
    table(['Plan', 'Action', 'Lead', 'RAG'], (pack.actions ?? []).map((a) => [a.plan, `${a.actionCode ?? ''} ${a.action ?? ''}`, a.lead, ragElement(a.rag)]),
      'Red and amber actions of the agreed plans'),
    table(['Plan', 'Action', 'Milestone', 'Due', 'Days late'], (pack.overdueMilestones ?? []).map((m) => [m.plan, m.actionCode, m.milestone, m.due, m.daysLate]),
      'Overdue milestones'),
    table(['Risk', 'Owner', 'Score', 'Rating', 'Review on'], (pack.risks ?? []).map((r) => [r.risk, r.owner, `${r.score ?? ''} (${r.likelihood ?? ''}×${r.impact ?? ''})`, r.rating,
      `${r.reviewOn ?? ''}${r.reviewOverdue ? ' (overdue)' : ''}`]), 'Open risks'));
}
