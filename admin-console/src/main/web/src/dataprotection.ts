import type { DataProtectionStep, RetentionReviewDue, SubjectAccessBundle } from './api/types';

/**
 * How data-protection work is shown: a disposal's or subject-access request's progress over the
 * services, why a person is due for a retention review, and what a completed bundle holds.
 */

/** "2 of 4 services done, 1 failed (offender-service: timeout)"; a job still running is polled until it ends. */
export function stepsProgress(steps: DataProtectionStep[] | undefined): string {
  const all = steps ?? [];
  const done = all.filter((s) => s.state === 'DONE').length;
  const failed = all.filter((s) => s.state === 'FAILED');
  return `${done} of ${all.length} services done`
    + (failed.length ? `, ${failed.length} failed (${failed.map((s) => `${s.service}: ${s.lastError ?? 'no reason given'}`).join('; ')})` : '');
}

export function finished(status: string | undefined): boolean {
  return status === 'COMPLETED' || status === 'FAILED';
}

/** Every reason in one line: "Offences: 6 years from the last conviction (due 2026-11-30)". */
export function reviewReasons(due: Pick<RetentionReviewDue, 'reasons'>): string {
  return (due.reasons ?? []).map((r) => `${r.explanation ?? r.kind ?? ''}${r.dueOn ? ` (due ${r.dueOn})` : ''}`).join('; ');
}

/** Each service's section with how many records of each kind it holds: "offender-service: 1 person, 3 offence". */
export function bundleSections(bundle: SubjectAccessBundle): Array<{ service: string; records: number; kinds: string }> {
  return (bundle.sections ?? []).map((section) => {
    const counts = new Map<string, number>();
    for (const record of section.records ?? []) counts.set(record.kind ?? 'record', (counts.get(record.kind ?? 'record') ?? 0) + 1);
    return {
      service: section.service ?? '',
      records: (section.records ?? []).length,
      kinds: [...counts].map(([kind, n]) => `${n} ${kind}`).join(', '),
    };
  });
}
