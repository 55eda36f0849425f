import type { PatternReport } from './api/types';
import type { ChartData } from './chartdata';

/**
 * A ward's patterns as chart data: the monthly trend, the seasonal index per calendar month and the
 * hour-of-week profile (a line per day over the 24 hours), with the busiest hours named in words.
 */

const DAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'] as const;

const title = (code: string) => code.charAt(0) + code.slice(1).toLowerCase();

/** "2025-03" → "Mar 2025" */
export function monthLabel(month: string): string {
  const [year, m] = month.split('-').map(Number);
  return `${new Date(Date.UTC(year, m - 1, 1)).toLocaleString('en-GB', { month: 'short', timeZone: 'UTC' })} ${year}`;
}

export function trendChart(report: PatternReport): ChartData {
  const months = report.monthly ?? [];
  return {
    category: 'Month',
    labels: months.map((m) => monthLabel(m.month ?? '')),
    unit: 'incidents',
    series: [{ label: 'Incidents', kind: 'line', values: months.map((m) => m.count ?? 0) }],
  };
}

/** The seasonal index (1 is an average month) and each calendar month's average count. */
export function seasonalChart(report: PatternReport): ChartData {
  const months = report.seasonal ?? [];
  return {
    category: 'Calendar month',
    labels: months.map((m) => title(m.month ?? '')),
    unit: 'incidents a month on average',
    series: [
      { label: 'Average incidents', kind: 'bar', values: months.map((m) => m.average ?? null) },
      { label: 'Seasonal index (1 = an average month)', kind: 'line', values: months.map((m) => m.index ?? null) },
    ],
  };
}

/** Hours 00–23 along the bottom, a line per day of the week. */
export function hourOfWeekChart(report: PatternReport): ChartData {
  const counts = new Map((report.hourOfWeek ?? []).map((b) => [`${b.day}-${b.hour}`, b.count ?? 0]));
  return {
    category: 'Hour',
    labels: Array.from({ length: 24 }, (_, hour) => `${String(hour).padStart(2, '0')}:00`),
    unit: 'incidents',
    series: DAYS.map((day) => ({
      label: title(day),
      kind: 'line' as const,
      values: Array.from({ length: 24 }, (_, hour) => counts.get(`${day}-${hour}`) ?? 0),
    })),
  };
}

/** "Friday 22:00 (14), Saturday 23:00 (12), …": the busiest hours of the week, most first, ties by day order. */
export function busiestHours(report: PatternReport, how = 3): string {
  const bins = (report.hourOfWeek ?? []).filter((b) => (b.count ?? 0) > 0)
    .map((b) => ({ ...b, order: DAYS.indexOf(b.day as (typeof DAYS)[number]) * 24 + (b.hour ?? 0) }))
    .sort((a, b) => (b.count ?? 0) - (a.count ?? 0) || a.order - b.order)
    .slice(0, how);
  if (bins.length === 0) return 'No incidents with a time of day.';
  return bins.map((b) => `${title(b.day ?? '')} ${String(b.hour).padStart(2, '0')}:00 (${b.count})`).join(', ');
}

/** The peak calendar months by seasonal index, or nothing when the window is too short to say. */
export function peakMonths(report: PatternReport, how = 2): string[] {
  return [...(report.seasonal ?? [])].filter((m) => m.index != null && (m.monthsInWindow ?? 0) > 0)
    .sort((a, b) => (b.index ?? 0) - (a.index ?? 0)).slice(0, how).map((m) => title(m.month ?? ''));
}

/** "150 incidents over 6 months; the most in Mar 2025 (31)." */
export function trendSummary(report: PatternReport): string {
  const months = report.monthly ?? [];
  if (months.length === 0) return 'No incidents in the window.';
  const total = months.reduce((sum, m) => sum + (m.count ?? 0), 0);
  const busiest = months.reduce((best, m) => ((m.count ?? 0) > (best.count ?? 0) ? m : best));
  return `${total.toLocaleString('en-GB')} incidents over ${months.length} months; the most in ${monthLabel(busiest.month ?? '')} (${busiest.count ?? 0}).`;
}
