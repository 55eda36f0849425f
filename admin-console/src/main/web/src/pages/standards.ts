import { filterForm } from '../filters';
import { get } from '../api';
import type { ServiceStandardReport } from '../api/types';
import { formatNumber } from '../chartdata';
import { formatDate, h, label, replace } from '../dom';
import { pageHeading, table } from '../govuk';
import { hashQuery } from '../query';
import { lastTwelveMonths } from '../standards';

const amount = (a: { amount?: number; unit?: string } | undefined) => (a ? `${a.amount ?? ''} ${label(a.unit).toLowerCase()}` : '');

/** Service standards: compliance per standard, agency, scheme and month, and every late item, as the API reports them. */
export async function standardsPage(main: HTMLElement, params: string[], roles: string[]): Promise<void> {
  document.title = 'Service standards · PPO admin console';
  const query = hashQuery();
  const [first, last] = lastTwelveMonths(new Date());
  const [fromMonth, toMonth] = [['from', first], ['to', last]].map(([k, fallback]) => (/^\d{4}-\d{2}$/.test(query.get(k) ?? '') ? query.get(k)! : fallback));
  const report = await get<ServiceStandardReport>(`/api/v1/performance/service-standards/report?${new URLSearchParams({ from: fromMonth, to: toMonth })}`);
  const from = h('input.govuk-input.govuk-input--width-10', { id: 'standards-from', type: 'month', value: fromMonth });
  const to = h('input.govuk-input.govuk-input--width-10', { id: 'standards-to', type: 'month', value: toMonth });
  replace(main,
    pageHeading('Service standards'),
    filterForm('Months the clocks started in', [['from', 'standards-from', 'From (month)', from], ['to', 'standards-to', 'To (month)', to]],
      () => void standardsPage(main, params, roles)),
    (report.missingCalendarYears ?? []).length ? h('div.govuk-inset-text', {},
      `No bank holidays are set for ${(report.missingCalendarYears ?? []).join(', ')}: working days there count every weekday.`) : null,
    h('h2.govuk-heading-m', {}, 'Compliance by agency'),
    h('div', { 'data-testid': 'standards' }, table(['Standard', 'Agency', 'Scheme', 'Month', 'Due', 'Within the standard', 'Late', 'Pending', 'Unmeasured', 'Compliance %'],
      (report.rows ?? []).map((r) => [r.standard, label(r.agency), r.scheme, r.month, r.due, r.withinStandard, r.late, r.pending, r.unmeasured, formatNumber(r.compliancePercent)]),
      `As of ${formatDate(report.asOf)}`)),
    h('h2.govuk-heading-m', {}, 'Late items'),
    h('div', { 'data-testid': 'late-items' }, table(['Standard', 'Agency', 'Scheme', 'Event', 'Clock started', 'Stopped', 'Limit', 'Due by', 'Late by'],
      (report.lateItems ?? []).map((l) => [l.standard, label(l.agency), l.scheme, label(l.event), formatDate(l.clockStart), formatDate(l.clockStop),
        amount(l.limit), formatDate(l.dueBy), h('strong', {}, amount(l.lateBy))]),
      'Open clocks past their limit included')));
}
