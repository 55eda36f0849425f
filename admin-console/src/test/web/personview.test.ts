import { describe, expect, it } from 'vitest';
import type { NeedsAssessment, PpoAction } from '../../main/web/src/api/types';
import { actionsInOrder, currentPlan, eventParticulars, explainedLines, needsOverTime, newestFirst, numberOrNull, scoreChanges, utcInstant } from '../../main/web/src/personview';

const AREAS = ['ACCOMMODATION', 'EMPLOYMENT', 'DRUGS'];

describe('needs over time', () => {
  const needs: NeedsAssessment[] = [
    { area: 'DRUGS', level: 'HIGH', classAUse: true, assessedOn: '2026-11-01' },
    { area: 'ACCOMMODATION', level: 'MEDIUM', status: 'UNSETTLED', assessedOn: '2026-11-01' },
    { area: 'ACCOMMODATION', level: 'HIGH', status: 'NO_FIXED_ABODE', onRelease: true, assessedOn: '2026-10-01' },
  ];

  it('puts each area on a row and each day assessed in a column, oldest first, with what the assessment said', () => {
    const grid = needsOverTime(needs, AREAS);
    expect(grid.days).toEqual(['2026-10-01', '2026-11-01']);
    expect(grid.rows.map((r) => r.area)).toEqual(['ACCOMMODATION', 'DRUGS']);
    expect(grid.rows[0].cells).toEqual(['High (No fixed abode, on release)', 'Medium (Unsettled)']);
    expect(grid.rows[1].cells).toEqual(['', 'High (Class A use)']);
  });

  it('says whether each area’s need fell, rose or stayed since the assessment before', () => {
    const grid = needsOverTime([...needs, { area: 'DRUGS', level: 'HIGH', assessedOn: '2026-11-20' }], AREAS);
    expect(grid.rows.map((r) => r.trend)).toEqual(['Lower need', 'No change']);
    expect(needsOverTime(needs.slice(0, 1), AREAS).rows[0].trend).toBe('One assessment');
  });

  it('reads two assessments of an area on one day as the one recorded later', () => {
    const grid = needsOverTime([
      { area: 'EMPLOYMENT', level: 'LOW', status: 'EMPLOYED', assessedOn: '2026-11-01', recordedAt: '2026-11-02T10:00:00Z' },
      { area: 'EMPLOYMENT', level: 'HIGH', status: 'UNEMPLOYED', assessedOn: '2026-11-01', recordedAt: '2026-11-01T10:00:00Z' },
    ], AREAS);
    expect(grid.rows[0].cells).toEqual(['Low (Employed)']);
  });
});

describe('a score explained', () => {
  it('lists the lines largest first, each with how it adds up', () => {
    const lines = explainedLines({
      total: 13,
      lines: [
        { rule: 'INTELLIGENCE_0_TO_28_DAYS', count: 1, points: 5, multiplier: 1, subtotal: 5 },
        { rule: 'BURGLARY_DWELLING', count: 2, points: 4, multiplier: 1, subtotal: 8 },
      ],
    });
    expect(lines).toEqual([
      { rule: 'Burglary dwelling', sum: '2 × 4 points × 1 = 8', subtotal: 8 },
      { rule: 'Intelligence 0 to 28 days', sum: '1 × 5 points × 1 = 5', subtotal: 5 },
    ]);
  });

  it('shows the history newest first with each score’s change from the one before', () => {
    const history = scoreChanges([
      { scoredAt: '2026-11-01T10:00:00Z', total: 30 },
      { scoredAt: '2026-09-01T10:00:00Z', total: 20 },
      { scoredAt: '2026-12-01T10:00:00Z', total: 30 },
      { scoredAt: '2026-10-01T10:00:00Z', total: 24 },
    ]);
    expect(history.map((s) => [s.total, s.change])).toEqual([[30, 'no change'], [30, '+6'], [24, '+4'], [20, 'first score']]);
    expect(scoreChanges([{ scoredAt: 'b', total: 10 }, { scoredAt: 'a', total: 12 }])[0].change).toBe('−2');
  });
});

describe('a person’s events and plan', () => {
  it('puts an event’s particulars in words, leaving out what it lacks', () => {
    expect(eventParticulars({ type: 'CUSTODY_SENTENCE', custodyMonths: 18, expectedReleaseOn: '2027-06-01', prison: 'HMP Lewes' }))
      .toBe('18 months in custody; release expected 2027-06-01; HMP Lewes');
    expect(eventParticulars({ type: 'INTELLIGENCE', grading: 'B2', detail: 'Seen with stolen satnavs' })).toBe('graded B2; Seen with stolen satnavs');
  });

  it('finds the plan in force and the plans it replaced, newest first', () => {
    const { active, replaced } = currentPlan([
      { id: 'a', status: 'REPLACED', createdAt: '2026-01-01T00:00:00Z' },
      { id: 'c', status: 'ACTIVE', createdAt: '2026-06-01T00:00:00Z' },
      { id: 'b', status: 'REPLACED', createdAt: '2026-03-01T00:00:00Z' },
    ]);
    expect(active?.id).toBe('c');
    expect(replaced.map((p) => p.id)).toEqual(['b', 'a']);
    expect(currentPlan([]).active).toBeUndefined();
  });

  it('orders actions open first by due day, undated open ones after, closed last; an open action past due is overdue', () => {
    const actions: PpoAction[] = [
      { id: 'done', status: 'ACHIEVED', due: '2026-01-01' },
      { id: 'undated', status: 'OPEN' },
      { id: 'later', status: 'OPEN', due: '2026-12-20' },
      { id: 'late', status: 'OPEN', due: '2026-11-01' },
    ];
    const ordered = actionsInOrder(actions, '2026-12-07');
    expect(ordered.map((a) => [a.id, a.overdue])).toEqual([['late', true], ['later', false], ['undated', false], ['done', false]]);
  });
});

describe('form values as the API takes them', () => {
  it('reads a date-and-time field as UTC and leaves anything else for the API to judge', () => {
    expect(utcInstant('2026-11-01T09:30')).toBe('2026-11-01T09:30:00Z');
    expect(utcInstant('yesterday')).toBe('yesterday');
    expect(utcInstant(undefined)).toBeUndefined();
  });

  it('sends a blank number as null and a typed one as a number', () => {
    expect(numberOrNull(undefined)).toBeNull();
    expect(numberOrNull('27')).toBe(27);
  });
});

describe('lists newest first', () => {
  it('orders by the date given, undated last', () => {
    expect(newestFirst([{ on: '2026-01-02' }, { on: undefined }, { on: '2026-03-01' }], (x) => x.on).map((x) => x.on))
      .toEqual(['2026-03-01', '2026-01-02', undefined]);
  });
});
