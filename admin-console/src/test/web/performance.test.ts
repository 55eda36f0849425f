import { describe, expect, it } from 'vitest';
import { chartRows } from '../../main/web/src/chartdata';
import { boardPackDay, cohortChart, financialYearOf, indicatorChart, latestSummary, onTrackText, ragWord } from '../../main/web/src/performance';

describe('performance as shown', () => {
  it('puts a day in the financial year that starts in April', () => {
    expect(financialYearOf('2010-03-31')).toBe('2009/10');
    expect(financialYearOf('2010-04-01')).toBe('2010/11');
    expect(financialYearOf('1999-12-01')).toBe('1999/00');
  });

  it('reads the board pack as of the year end, or today while the year runs', () => {
    expect(boardPackDay('2009/10', '2026-12-07')).toBe('2010-03-31');
    expect(boardPackDay('2026/27', '2026-12-07')).toBe('2026-12-07');
  });

  it('names a RAG and on-track as words', () => {
    expect(ragWord('AMBER')).toBe('Amber');
    expect(ragWord(undefined)).toBe('No update');
    expect(onTrackText(true)).toBe('On track');
    expect(onTrackText(false)).toBe('Off track');
    expect(onTrackText(undefined)).toBe('Not known yet');
  });

  it('charts a count indicator as actuals against the year to date and the pro-rata target', () => {
    const data = indicatorChart({
      indicator: { unit: 'proven offences' },
      periods: [
        { period: '2009/10 Q1', actual: 50, cumulative: 50, target: 53.25 },
        { period: '2009/10 Q2', actual: 60, cumulative: 110, target: 106.5 },
        { period: '2009/10 Q3', target: 159.75 },
      ],
    });
    expect(data.series.map((s) => s.label)).toEqual(['Actual', 'Year to date', 'Pro-rata target']);
    expect(chartRows(data)).toEqual({
      headers: ['Period', 'Actual', 'Year to date', 'Pro-rata target'],
      rows: [['2009/10 Q1', '50', '50', '53.25'], ['2009/10 Q2', '60', '110', '106.5'], ['2009/10 Q3', '', '', '159.75']],
    });
    expect(latestSummary(data)).toBe('2009/10 Q2: year to date 110 proven offences against a pro-rata target of 106.5.');
  });

  it('charts a rate indicator against its target when there is no year to date', () => {
    const data = indicatorChart({ periods: [{ period: '2009/10', actual: 6.99, target: 8.04 }] });
    expect(data.series.map((s) => s.label)).toEqual(['Actual', 'Target']);
    expect(latestSummary(data)).toBe('2009/10: actual 6.99 against a target of 8.04.');
  });

  it('charts an NI 30 cohort quarter by quarter, marking the quarter still running', () => {
    const data = cohortChart({
      quarters: [
        { quarter: 1, complete: true, offences: 40, cumulative: 40, proRataTarget: 53 },
        { quarter: 2, complete: false, offences: 12, cumulative: 52, proRataTarget: 107 },
      ],
    });
    expect(chartRows(data).rows).toEqual([['Q1', '40', '40', '53'], ['Q2 (so far)', '12', '52', '107']]);
    expect(latestSummary(data)).toBe('Q2 (so far): offences so far 52 proven offences against a pro-rata target of 107.');
  });

  it('says when nothing is recorded yet', () => {
    expect(latestSummary(cohortChart({ quarters: [] }))).toBe('No proven offences recorded yet.');
  });
});
