import { describe, expect, it } from 'vitest';
import { latestProgress, quarterOf, quartersOf, ragCounts, reportDay } from '../../main/web/src/plans';

describe('plans as shown', () => {
  it('lists the quarters of a financial year', () => {
    expect(quartersOf('2010/11')).toEqual(['2010/11 Q1', '2010/11 Q2', '2010/11 Q3', '2010/11 Q4']);
  });

  it.each([
    ['2010-04-01', '2010/11 Q1'], ['2010-06-30', '2010/11 Q1'], ['2010-07-01', '2010/11 Q2'],
    ['2010-12-31', '2010/11 Q3'], ['2011-01-01', '2010/11 Q4'], ['2011-03-31', '2010/11 Q4'],
  ])('puts %s in %s', (day, quarter) => {
    expect(quarterOf(day)).toBe(quarter);
  });

  it('reads a report as of today within the plan’s year, else its nearest end', () => {
    expect(reportDay('2010/11', '2026-12-07')).toBe('2011-03-31');
    expect(reportDay('2026/27', '2026-12-07')).toBe('2026-12-07');
    expect(reportDay('2027/28', '2026-12-07')).toBe('2027-04-01');
  });

  it('takes the latest quarter’s update as the action’s RAG', () => {
    expect(latestProgress([
      { quarter: '2010/11 Q2', rag: 'GREEN' }, { quarter: '2010/11 Q3', rag: 'RED' }, { quarter: '2010/11 Q1', rag: 'AMBER' },
    ])?.rag).toBe('RED');
    expect(latestProgress([])).toBeUndefined();
  });

  it('counts actions by RAG in words', () => {
    expect(ragCounts({ RED: 3, AMBER: 1, GREEN: 5, NONE: 2 })).toBe('3 red, 1 amber, 5 green, 2 with no update');
    expect(ragCounts(undefined)).toBe('0 red, 0 amber, 0 green, 0 with no update');
  });
});
