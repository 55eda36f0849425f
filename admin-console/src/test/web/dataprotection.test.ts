import { describe, expect, it } from 'vitest';
import { bundleSections, finished, reviewReasons, stepsProgress } from '../../main/web/src/dataprotection';

describe('data-protection work as shown', () => {
  it('counts the services done and names the failures', () => {
    expect(stepsProgress([
      { service: 'offender-service', state: 'DONE' }, { service: 'scoring-service', state: 'PENDING' },
      { service: 'action-plan-service', state: 'FAILED', lastError: 'timeout' },
    ])).toBe('1 of 3 services done, 1 failed (action-plan-service: timeout)');
    expect(stepsProgress(undefined)).toBe('0 of 0 services done');
  });

  it('polls a job until it completes or fails', () => {
    expect(finished('PENDING')).toBe(false);
    expect(finished('COMPLETED')).toBe(true);
    expect(finished('FAILED')).toBe(true);
  });

  it('gives every reason for a review with its day', () => {
    expect(reviewReasons({ reasons: [
      { kind: 'OFFENCES', explanation: 'Offences: 6 years from the last conviction', dueOn: '2026-11-30' },
      { kind: 'PERSON' },
    ] })).toBe('Offences: 6 years from the last conviction (due 2026-11-30); PERSON');
  });

  it('sums up a bundle per service by kind of record', () => {
    expect(bundleSections({ sections: [
      { service: 'offender-service', records: [{ kind: 'person' }, { kind: 'offence' }, { kind: 'offence' }] },
      { service: 'scoring-service', records: [] },
    ] })).toEqual([
      { service: 'offender-service', records: 3, kinds: '1 person, 2 offence' },
      { service: 'scoring-service', records: 0, kinds: '' },
    ]);
  });
});
