import { describe, expect, it } from 'vitest';
import { chartRows } from '../../main/web/src/chartdata';
import { busiestHours, hourOfWeekChart, monthLabel, peakMonths, seasonalChart, trendChart, trendSummary } from '../../main/web/src/patterns';

const report = {
  monthly: [{ month: '2025-01', count: 30 }, { month: '2025-02', count: 25 }],
  seasonal: [
    { month: 'JANUARY' as const, monthsInWindow: 1, average: 30, index: 1.09 },
    { month: 'FEBRUARY' as const, monthsInWindow: 1, average: 25, index: 0.91 },
    { month: 'MARCH' as const, monthsInWindow: 0 },
  ],
  hourOfWeek: [
    { day: 'FRIDAY' as const, hour: 22, count: 14 },
    { day: 'SATURDAY' as const, hour: 23, count: 14 },
    { day: 'MONDAY' as const, hour: 9, count: 2 },
  ],
};

describe('a ward’s patterns as shown', () => {
  it('labels months in words', () => {
    expect(monthLabel('2025-03')).toBe('Mar 2025');
  });

  it('charts the monthly trend', () => {
    expect(chartRows(trendChart(report)).rows).toEqual([['Jan 2025', '30'], ['Feb 2025', '25']]);
  });

  it('sums up the trend with its busiest month', () => {
    expect(trendSummary(report)).toBe('55 incidents over 2 months; the most in Jan 2025 (30).');
    expect(trendSummary({ monthly: [] })).toBe('No incidents in the window.');
  });

  it('charts the seasonal averages and index, a month outside the window left blank', () => {
    expect(chartRows(seasonalChart(report)).rows).toEqual([['January', '30', '1.09'], ['February', '25', '0.91'], ['March', '', '']]);
  });

  it('charts every hour of every day, an empty hour as 0', () => {
    const data = hourOfWeekChart(report);
    expect(data.labels).toHaveLength(24);
    expect(data.series.map((s) => s.label)).toEqual(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);
    expect(data.series[4].values[22]).toBe(14);
    expect(data.series[0].values[9]).toBe(2);
    expect(data.series[0].values[10]).toBe(0);
  });

  it('names the busiest hours, ties in day order, and the peak months', () => {
    expect(busiestHours(report, 2)).toBe('Friday 22:00 (14), Saturday 23:00 (14)');
    expect(busiestHours({ hourOfWeek: [] })).toBe('No incidents with a time of day.');
    expect(peakMonths(report)).toEqual(['January', 'February']);
  });
});
