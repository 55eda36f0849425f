import type { ActionsByRag, Progress } from './api/types';
import { financialYearOf } from './performance';

/**
 * How plans are shown: the quarters of a plan's financial year (Q1 is April to June), the quarter a
 * day falls in, the day a monitoring report is read as of, and an action's latest RAG from its updates.
 */

/** "2010/11" → ["2010/11 Q1", …, "2010/11 Q4"] */
export function quartersOf(financialYear: string): string[] {
  return [1, 2, 3, 4].map((q) => `${financialYear} Q${q}`);
}

/** "2010-08-15" → "2010/11 Q2"; January to March is Q4 of the year that began the April before. */
export function quarterOf(isoDate: string): string {
  const month = Number(isoDate.slice(5, 7));
  return `${financialYearOf(isoDate)} Q${Math.floor(((month + 8) % 12) / 3) + 1}`;
}

/** A plan is reported as of today while its year runs, else as of its last day. */
export function reportDay(financialYear: string, today: string): string {
  const end = `${Number(financialYear.slice(0, 4)) + 1}-03-31`;
  const start = `${financialYear.slice(0, 4)}-04-01`;
  return today < start ? start : today > end ? end : today;
}

/** The update of the latest quarter (the last recorded of it when a quarter was updated twice). */
export function latestProgress(updates: Progress[]): Progress | undefined {
  return updates.reduce<Progress | undefined>((latest, u) => (!latest || (u.quarter ?? '') >= (latest.quarter ?? '') ? u : latest), undefined);
}

/** "3 red, 1 amber, 5 green, 2 not updated" */
export function ragCounts(counts: ActionsByRag | undefined): string {
  const c = counts ?? {};
  return `${c.RED ?? 0} red, ${c.AMBER ?? 0} amber, ${c.GREEN ?? 0} green, ${c.NONE ?? 0} with no update`;
}
