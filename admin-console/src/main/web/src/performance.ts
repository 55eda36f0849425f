import type { IndicatorPerformance, PerformanceCohortReport } from './api/types';
import type { ChartData } from './chartdata';

/**
 * How performance is shown: an indicator's periods and an NI 30 cohort's quarters as chart data
 * (actual against the pro-rata target line), on-track and RAG as words, and the
 * financial year (April to March) a day falls in. The figures themselves are the API's.
 */

export type Rag = 'RED' | 'AMBER' | 'GREEN' | 'NONE';

const RAG_WORDS: Record<Rag, string> = { RED: 'Red', AMBER: 'Amber', GREEN: 'Green', NONE: 'No update' };

/** A RAG in words (its tag's colour is never the only sign). */
export function ragWord(rag: string | null | undefined): string {
  return RAG_WORDS[(rag ?? 'NONE') as Rag] ?? RAG_WORDS.NONE;
}

/** On track, off track, or not known yet (no actual for the period). */
export function onTrackText(onTrack: boolean | null | undefined): string {
  if (onTrack === null || onTrack === undefined) return 'Not known yet';
  return onTrack ? 'On track' : 'Off track';
}

/** "2026/27" for any day from 1 April 2026 to 31 March 2027. */
export function financialYearOf(isoDate: string): string {
  const [year, month] = isoDate.split('-').map(Number);
  const start = month >= 4 ? year : year - 1;
  return `${start}/${String((start + 1) % 100).padStart(2, '0')}`;
}

/** The last day of a financial year: "2009/10" → "2010-03-31". */
export function financialYearEnd(financialYear: string): string {
  return `${Number(financialYear.slice(0, 4)) + 1}-03-31`;
}

/** The board pack's day for a year: its last day, or today while the year runs. */
export function boardPackDay(financialYear: string, today: string): string {
  const end = financialYearEnd(financialYear);
  return today < end ? today : end;
}

/** An indicator's periods: the actual as bars, the year to date and the target (pro rata for counts) as lines. */
export function indicatorChart(performance: IndicatorPerformance): ChartData {
  const periods = performance.periods ?? [];
  const hasCumulative = periods.some((p) => p.cumulative != null);
  return {
    category: 'Period',
    labels: periods.map((p) => p.period ?? ''),
    unit: performance.indicator?.unit ?? '',
    series: [
      { label: 'Actual', kind: 'bar', values: periods.map((p) => p.actual ?? null) },
      ...(hasCumulative ? [{ label: 'Year to date', kind: 'line' as const, values: periods.map((p) => p.cumulative ?? null) }] : []),
      { label: hasCumulative ? 'Pro-rata target' : 'Target', kind: 'line', dashed: true, values: periods.map((p) => p.target ?? null) },
    ],
  };
}

/** An NI 30 cohort's follow-up quarters: offences per quarter, the running total and the pro-rata target line. */
export function cohortChart(report: PerformanceCohortReport): ChartData {
  const quarters = report.quarters ?? [];
  return {
    category: 'Follow-up quarter',
    labels: quarters.map((q) => `Q${q.quarter ?? ''}${q.complete ? '' : ' (so far)'}`),
    unit: 'proven offences',
    series: [
      { label: 'Offences in the quarter', kind: 'bar', values: quarters.map((q) => q.offences ?? null) },
      { label: 'Offences so far', kind: 'line', values: quarters.map((q) => q.cumulative ?? null) },
      { label: 'Pro-rata target', kind: 'line', dashed: true, values: quarters.map((q) => q.proRataTarget ?? null) },
    ],
  };
}

/** One sentence a chart's reader gets first: where the latest period stands against its target. */
export function latestSummary(data: ChartData): string {
  const actual = data.series.find((s) => s.kind === 'line' && !s.dashed) ?? data.series[0];
  const target = data.series.find((s) => s.dashed);
  let i = actual.values.length - 1;
  while (i >= 0 && actual.values[i] == null) i--;
  if (i < 0) return `No ${data.unit || 'figures'} recorded yet.`;
  const against = target?.values[i] != null ? ` against a ${target.label.toLowerCase()} of ${target.values[i]}` : '';
  return `${data.labels[i]}: ${[actual.label.toLowerCase(), actual.values[i], data.unit].filter((part) => part !== '').join(' ')}${against}.`;
}
