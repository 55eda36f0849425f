import type { LatestScore, NeedsAssessment, PartnerEvent, PpoAction, PpoPlan, ScoreHistoryEntry } from './api/types';
import { label } from './dom';

/**
 * A person's record shaped for their page, with no DOM: needs as they changed over time, a score's
 * explained lines and its history with each change, an event's particulars in words, and which PPO
 * plan is current with its actions in the order they are worked.
 */

const LEVEL_RANK: Record<string, number> = { NONE: 0, LOW: 1, MEDIUM: 2, HIGH: 3 };

/** "No fixed abode, on release", "Class A use, DIP client": what an assessment says beyond its level. */
export function needDetail(a: NeedsAssessment): string {
  const parts = [a.status ? label(a.status) : '', a.onRelease ? 'on release' : '', a.classAUse ? 'Class A use' : '', a.dipClient ? 'DIP client' : ''];
  return parts.filter((p) => p).join(', ');
}

export interface NeedsOverTime {
  /** The days assessed, oldest first: the table's columns. */
  days: string[];
  /** One row per area assessed, in the order of the API's areas; a cell per day ('' where not assessed that day). */
  rows: Array<{ area: string; cells: string[]; trend: string }>;
}

/**
 * Every assessment as a grid of area by day ("High (No fixed abode)"), with each area's trend from its
 * previous level to its latest: "Lower need", "Higher need", "No change", or "One assessment".
 * Two assessments of an area on one day (by two agencies) read as the later recorded.
 */
export function needsOverTime(assessments: NeedsAssessment[], areaOrder: string[]): NeedsOverTime {
  const dated = assessments.filter((a) => a.area && a.assessedOn)
    .sort((a, b) => (a.assessedOn! + (a.recordedAt ?? '')).localeCompare(b.assessedOn! + (b.recordedAt ?? '')));
  const days = [...new Set(dated.map((a) => a.assessedOn!))];
  const areas = [...new Set(dated.map((a) => a.area!))]
    .sort((a, b) => rankIn(areaOrder, a) - rankIn(areaOrder, b));
  const rows = areas.map((area) => {
    const mine = dated.filter((a) => a.area === area);
    const cells = days.map((day) => {
      const last = mine.filter((a) => a.assessedOn === day).at(-1);
      if (!last) return '';
      const detail = needDetail(last);
      return `${label(last.level)}${detail ? ` (${detail})` : ''}`;
    });
    return { area, cells, trend: trendOf(mine.map((a) => a.level ?? '')) };
  });
  return { days, rows };
}

function rankIn(order: string[], value: string): number {
  const i = order.indexOf(value);
  return i < 0 ? order.length : i;
}

function trendOf(levels: string[]): string {
  if (levels.length < 2) return 'One assessment';
  const before = LEVEL_RANK[levels[levels.length - 2]] ?? 0;
  const now = LEVEL_RANK[levels[levels.length - 1]] ?? 0;
  return now < before ? 'Lower need' : now > before ? 'Higher need' : 'No change';
}

/** A score's lines, largest subtotal first, each with its sum in words: "2 × 4 points × 1 = 8". */
export function explainedLines(score: LatestScore): Array<{ rule: string; sum: string; subtotal: number }> {
  return [...(score.lines ?? [])]
    .sort((a, b) => (b.subtotal ?? 0) - (a.subtotal ?? 0))
    .map((l) => ({
      rule: label(l.rule),
      sum: `${l.count ?? 0} × ${l.points ?? 0} points × ${l.multiplier ?? 1} = ${l.subtotal ?? 0}`,
      subtotal: l.subtotal ?? 0,
    }));
}

/** The history newest first, each score with its change from the one before it ("+6", "−2", "first score"). */
export function scoreChanges(history: ScoreHistoryEntry[]): Array<ScoreHistoryEntry & { change: string }> {
  const oldestFirst = [...history].sort((a, b) => (a.scoredAt ?? '').localeCompare(b.scoredAt ?? ''));
  return oldestFirst.map((entry, i) => {
    if (i === 0) return { ...entry, change: 'first score' };
    const delta = (entry.total ?? 0) - (oldestFirst[i - 1].total ?? 0);
    return { ...entry, change: delta > 0 ? `+${delta}` : delta < 0 ? `−${-delta}` : 'no change' };
  }).reverse();
}

/** An event's particulars in words: custody length, release, prison, grading and the partner's detail. */
export function eventParticulars(e: PartnerEvent): string {
  return [
    e.custodyMonths ? `${e.custodyMonths} months in custody` : '',
    e.expectedReleaseOn ? `release expected ${e.expectedReleaseOn}` : '',
    e.prison ?? '',
    e.grading ? `graded ${e.grading}` : '',
    e.detail ?? '',
  ].filter((p) => p).join('; ');
}

/** The plan in force (the active one) and the plans it replaced, newest first. */
export function currentPlan(plans: PpoPlan[]): { active: PpoPlan | undefined; replaced: PpoPlan[] } {
  const byNewest = [...plans].sort((a, b) => (b.createdAt ?? '').localeCompare(a.createdAt ?? ''));
  return { active: byNewest.find((p) => p.status === 'ACTIVE'), replaced: byNewest.filter((p) => p.status !== 'ACTIVE') };
}

/** Open actions first by due day (undated last), then the closed ones; an open action past its due day is overdue. */
export function actionsInOrder(actions: PpoAction[], today: string): Array<PpoAction & { overdue: boolean }> {
  const key = (a: PpoAction) => `${a.status === 'OPEN' ? 0 : 1}${a.due ?? '9999-12-31'}`;
  return [...actions].sort((a, b) => key(a).localeCompare(key(b)))
    .map((a) => ({ ...a, overdue: a.status === 'OPEN' && Boolean(a.due) && a.due! < today }));
}

/** "2026-11-01T09:30" as the browser's date-and-time field gives it, read as UTC: "2026-11-01T09:30:00Z". */
export function utcInstant(local: unknown): string | undefined {
  if (typeof local !== 'string' || local === '') return undefined;
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(local) ? `${local}:00Z` : local;
}

/** A number field's value as the API takes it: absent is null (the API names the field it requires). */
export function numberOrNull(value: unknown): number | null {
  return value === undefined || value === null || value === '' ? null : Number(value);
}

/** The items by a date or time of theirs, newest first (undated last). */
export function newestFirst<T>(items: T[], when: (item: T) => string | null | undefined): T[] {
  return [...items].sort((a, b) => (when(b) ?? '').localeCompare(when(a) ?? ''));
}
