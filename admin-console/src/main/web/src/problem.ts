import type { Problem } from './api/types';

/** A failed call: the RFC 9457 problem details as the services send them, and where their messages go on a form. */
export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail ?? problem.title ?? `HTTP ${problem.status ?? 'error'}`);
  }
}

/**
 * Splits a problem's violations between the form's fields and a message for the whole form. A
 * violation names a field as the API sees it: "code", "attendingAgencies[1]",
 * "rows[2].weight"; it goes to the longest field name on the form that is a prefix of it at a
 * path boundary. Anything no field claims is shown at the top of the form, so no message is lost.
 * A violation of a named part inside a field ("categories.ROBBERY.multiplier") says which part, and
 * `parts` lists those parts per field so a grid can mark the very input.
 */
export function placeViolations(problem: Problem, formFields: string[]): { byField: Map<string, string[]>; general: string[]; parts: Map<string, string[]> } {
  const byField = new Map<string, string[]>();
  const parts = new Map<string, string[]>();
  const general: string[] = [];
  const sorted = [...formFields].sort((a, b) => b.length - a.length);
  for (const v of problem.violations ?? []) {
    const named = v.field ?? '';
    const message = v.message ?? 'is not valid';
    const field = sorted.find((f) => named === f || named.startsWith(f + '[') || named.startsWith(f + '.'));
    if (field) {
      const rest = named.slice(field.length);
      const part = rest.includes('.') ? rest.replace(/^\./, '') : '';
      if (part) parts.set(field, [...(parts.get(field) ?? []), part]);
      byField.set(field, [...(byField.get(field) ?? []), part ? `${partName(part)}: ${message}` : message]);
    } else {
      general.push(named ? `${named}: ${message}` : message);
    }
  }
  if (general.length === 0 && byField.size === 0) {
    general.push(problem.detail ?? problem.title ?? `The request failed (HTTP ${problem.status ?? 'error'})`);
  }
  return { byField, general, parts };
}

/** "ROBBERY.multiplier" -> "Robbery multiplier"; "[2].points" -> "#3 points". */
export function partName(path: string): string {
  const words = path.split(/\.|(?=\[)/).filter(Boolean).map((p) => {
    const index = p.match(/^\[(\d+)\]$/);
    if (index) return `#${Number(index[1]) + 1}`;
    return p.replace(/_/g, ' ').replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  });
  const text = words.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A failed call in one line: "Not found (404): no such plan"; anything else as it reads. */
export function problemMessage(e: unknown): string {
  return e instanceof ApiError ? `${e.problem.title ?? 'Error'} (${e.problem.status}): ${e.problem.detail ?? ''}` : String(e);
}
