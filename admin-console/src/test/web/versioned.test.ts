import { describe, expect, it } from 'vitest';
import { ApiError } from '../../main/web/src/problem';
import { changedFields, etagOf, ifMatch, isStale, staleProblem } from '../../main/web/src/versioned';
import { placeViolations } from '../../main/web/src/problem';

const headers = (etag?: string) => ({ get: (name: string) => (name === 'ETag' ? etag ?? null : null) });

describe('If-Match', () => {
  it('sends back the ETag the service gave, else the version read in the body', () => {
    expect(etagOf(headers('"4"'), 3)).toBe('"4"');
    expect(etagOf(headers(), 3)).toBe('"3"');
    expect(etagOf(null, 0)).toBe('"0"');
    expect(etagOf(headers(), undefined)).toBeNull();
  });

  it('sends no If-Match header without an ETag', () => {
    expect(ifMatch('"2"')).toEqual({ 'If-Match': '"2"' });
    expect(ifMatch(null)).toEqual({});
  });

  it('recognises a stale save (412) and nothing else', () => {
    expect(isStale(new ApiError({ status: 412, title: 'Precondition Failed' }))).toBe(true);
    expect(isStale(new ApiError({ status: 409 }))).toBe(false);
    expect(isStale(new Error('412'))).toBe(false);
  });
});

describe('a stale save', () => {
  it('lists the fields that differ between the input and the saved record, blank and absent alike', () => {
    expect(changedFields({ name: 'Mine', district: 'Hastings', county: undefined }, { name: 'Theirs', district: 'Hastings', county: null },
      ['name', 'district', 'county'])).toEqual(['name']);
    expect(changedFields({ name: ' Same ' }, { name: 'Same' }, ['name'])).toEqual([]);
  });

  it('tells the user nothing was saved, what the record now holds and that their input is kept, at the top of the form', () => {
    const problem = staleProblem('this scheme', { version: 2, name: 'Hastings and Rother PPO Scheme', district: 'Hastings' },
      { name: 'Hastings PPO', district: 'Hastings' }, { name: 'Name', district: 'District' });
    expect(problem.status).toBe(412);
    expect(problem.title).toBe('Not saved');
    expect(problem.detail).toContain('someone else changed this scheme after you opened it (it is now at version 2: Name is now “Hastings and Rother PPO Scheme”)');
    expect(problem.detail).toContain('Your changes are kept in the form');
    expect(problem.detail).not.toContain('District is now');
    // No field is blamed: the message goes above the form.
    expect(placeViolations(problem, ['name', 'district']).general).toEqual([problem.detail]);
  });
});
