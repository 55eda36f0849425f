import type { Problem } from './api/types';
import { ApiError } from './problem';

/**
 * Optimistic locking as the services do it: a record's ETag is its version ("3"); an update sends
 * it back in If-Match, and a record someone else changed since is 412. These helpers are pure (no
 * DOM, no fetch) so the edit pages share them and the unit tests cover them.
 */

/** The ETag to send back: the response's ETag header when the service sent one, else the body's version. */
export function etagOf(headers: Pick<Headers, 'get'> | null | undefined, version: number | null | undefined): string | null {
  const header = headers?.get('ETag')?.trim();
  if (header) return header;
  return version === null || version === undefined ? null : `"${version}"`;
}

export function ifMatch(etag: string | null): Record<string, string> {
  return etag ? { 'If-Match': etag } : {};
}

export function isStale(e: unknown): e is ApiError {
  return e instanceof ApiError && e.problem.status === 412;
}

/** The fields whose saved value differs from what the user typed (blank and absent are the same). */
export function changedFields(mine: Record<string, unknown>, theirs: Record<string, unknown>, fields: string[]): string[] {
  const norm = (v: unknown) => (v === null || v === undefined ? '' : String(v).trim());
  return fields.filter((f) => norm(mine[f]) !== norm(theirs[f]));
}

/**
 * The problem a form shows after a stale save: what happened, that nothing was saved, what the
 * record now holds where it differs from the user's input, and that the input is kept. The caller
 * takes the current ETag, so saving again replaces the other change on purpose.
 */
export function staleProblem(what: string, current: { version?: number } & Record<string, unknown>,
                             mine: Record<string, unknown>, labels: Record<string, string>): Problem {
  const differing = changedFields(mine, current, Object.keys(labels))
    .map((f) => `${labels[f]} is now “${current[f] ?? ''}”`);
  return {
    status: 412,
    title: 'Not saved',
    detail: `someone else changed ${what} after you opened it (it is now at version ${current.version ?? 'unknown'}`
      + (differing.length ? `: ${differing.join(', ')}` : '')
      + '). Your changes are kept in the form: save again to replace theirs with yours, or reload the page to start from theirs.',
  };
}
