import { filterForm } from '../filters';
import { get } from '../api';
import type { Area, PatternReport } from '../api/types';
import { chartFigure } from '../charts';
import { backLink, pageHeading } from '../govuk';
import { formatNumber } from '../chartdata';
import { h, replace } from '../dom';
import { busiestHours, hourOfWeekChart, peakMonths, seasonalChart, trendChart, trendSummary } from '../patterns';
import { ApiError } from '../problem';
import { hashQuery } from '../query';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/**
 * A ward's analysis: the monthly trend, the seasonal profile and the hour-of-week pattern of its
 * incidents over a window of months, each a chart with its figures as a table.
 */
export async function wardPage(main: HTMLElement, params: string[], roles: string[]): Promise<void> {
  const code = params[0];
  const query = hashQuery();
  const from = MONTH.test(query.get('from') ?? '') ? query.get('from')! : '2025-01';
  const to = MONTH.test(query.get('to') ?? '') ? query.get('to')! : '2025-06';
  const area = await get<Area>(`/api/v1/areas/${encodeURIComponent(code)}`);
  const name = area.name ?? code;
  document.title = `${name} · Hotspots · PPO admin console`;

  const fromInput = h('input.govuk-input', { id: 'ward-from', name: 'from', type: 'month', value: from });
  const toInput = h('input.govuk-input', { id: 'ward-to', name: 'to', type: 'month', value: to });
  const windowForm = filterForm('Window of months', [['from', 'ward-from', 'From', fromInput], ['to', 'ward-to', 'To', toInput]],
    () => void wardPage(main, params, roles));
  const header = [
    backLink('#/hotspots', 'Hotspots'),
    pageHeading(`${name}: patterns`),
    windowForm,
  ];

  let report: PatternReport;
  try {
    report = await get<PatternReport>(`/api/v1/hotspots/patterns?area=${encodeURIComponent(code)}&from=${from}&to=${to}`);
  } catch (e) {
    const problem = e instanceof ApiError ? e.problem : { title: String(e) };
    replace(main, header, h('div.govuk-error-summary', { role: 'alert', tabindex: -1 },
      h('h2.govuk-error-summary__title', {}, 'The patterns could not be shown'),
      h('ul.govuk-list.govuk-error-summary__list', {}, [problem.detail ?? problem.title ?? '',
        ...(problem.violations ?? []).map((v) => `${v.field}: ${v.message}`)].filter(Boolean).map((m) => h('li', {}, m)))));
    return;
  }
  const monthly = report.monthly ?? [];
  const total = monthly.reduce((sum, m) => sum + (m.count ?? 0), 0);
  const peaks = peakMonths(report);
  replace(main, header,
    h('ul.ppo-figures', { 'data-testid': 'ward-figures' },
      h('li', {}, h('strong', {}, formatNumber(total)), `incidents, ${report.from ?? from} to ${report.to ?? to}`),
      h('li', {}, h('strong', {}, formatNumber(report.timedIncidents)), 'with a time of day'),
      h('li', {}, h('strong', {}, `${formatNumber(report.nightTimeShare)} %`), 'at night (20:00–04:00)')),
    (report.crimeTypes ?? []).length ? h('p.govuk-body', {}, `Crime types: ${(report.crimeTypes ?? []).join(', ')}`) : null,
    h('h2.govuk-heading-m', {}, 'Trend'),
    chartFigure('Incidents per month', trendChart(report),
      trendSummary(report),
      { testId: 'ward-trend' }),
    h('h2.govuk-heading-m', {}, 'Seasonality'),
    chartFigure('Average incidents by calendar month', seasonalChart(report),
      peaks.length ? `The peak months by seasonal index: ${peaks.join(' and ')}.` : 'The window is too short for a seasonal profile.',
      { testId: 'ward-seasonal' }),
    h('h2.govuk-heading-m', {}, 'Hour of the week'),
    chartFigure('Incidents by hour, a line per day', hourOfWeekChart(report), `Busiest hours: ${busiestHours(report)}.`,
      { testId: 'ward-hours' }));
}
