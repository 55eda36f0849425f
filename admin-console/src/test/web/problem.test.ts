import { describe, expect, it } from 'vitest';
import { ApiError, placeViolations, problemMessage } from '../../main/web/src/problem';
import { can, pagesFor } from '../../main/web/src/roles';

describe('placeViolations', () => {
  const fields = ['code', 'name', 'attendingAgencies', 'rows', 'rowsX'];

  it('puts a violation next to the field it names', () => {
    const { byField, general } = placeViolations({ status: 409, violations: [{ field: 'code', message: 'a scheme with code X already exists' }] }, fields);
    expect(byField.get('code')).toEqual(['a scheme with code X already exists']);
    expect(general).toEqual([]);
  });

  it('puts indexed and nested names on their list field, not on a field that merely shares a prefix', () => {
    const { byField } = placeViolations({
      status: 400,
      violations: [
        { field: 'attendingAgencies[1]', message: 'must not be null' },
        { field: 'rows[2].points', message: 'must be at least 0' },
      ],
    }, fields);
    expect(byField.get('attendingAgencies')).toEqual(['must not be null']);
    expect(byField.get('rows')).toEqual(['#3 points: must be at least 0']);
    expect(byField.has('rowsX')).toBe(false);
  });

  it('says which part of a grid field is wrong and lists the parts, so the very input is marked', () => {
    const { byField, parts } = placeViolations({
      status: 400,
      violations: [
        { field: 'categories.BURGLARY_DWELLING_SERIES.multiplier', message: 'must be between 1 and 100' },
        { field: 'statusWeights.SUSPECTED', message: 'must be between 0 and 10' },
      ],
    }, ['categories', 'statusWeights']);
    expect(byField.get('categories')).toEqual(['Burglary dwelling series multiplier: must be between 1 and 100']);
    expect(parts.get('categories')).toEqual(['BURGLARY_DWELLING_SERIES.multiplier']);
    expect(byField.get('statusWeights')).toEqual(['Suspected: must be between 0 and 10']);
  });

  it('keeps violations no field claims, with their field name, for the top of the form', () => {
    const { byField, general } = placeViolations({ status: 400, violations: [{ field: 'If-Match', message: 'must be the ETag' }] }, fields);
    expect(byField.size).toBe(0);
    expect(general).toEqual(['If-Match: must be the ETag']);
  });

  it('shows the detail of a problem without violations', () => {
    expect(placeViolations({ status: 412, title: 'Precondition Failed', detail: 'The record changed' }, fields).general)
      .toEqual(['The record changed']);
  });
});

describe('roles', () => {
  it('gives an officer no pages and an admin every page', () => {
    expect(pagesFor(['officer', 'default-roles-ppo'])).toEqual([]);
    expect(pagesFor(['admin']).map((p) => p.path)).toEqual(['schemes', 'nominations', 'scoring', 'hotspots', 'performance', 'plans', 'case-conferences', 'service-standards']);
  });

  it('shows scheme creation to admins only and the panel form to admins and co-ordinators', () => {
    expect(can(['coordinator'], 'scheme.create')).toBe(false);
    expect(can(['admin'], 'scheme.create')).toBe(true);
    expect(can(['coordinator'], 'decision.record')).toBe(true);
    expect(can(['offender-manager'], 'decision.record')).toBe(false);
    expect(pagesFor(['analyst']).map((p) => p.path)).toEqual(['scoring', 'hotspots', 'performance', 'plans', 'service-standards']);
  });

  it('shows scheme editing to admins only, score runs to admins and co-ordinators, and starting and submitting to co-ordinators (the access matrix)', () => {
    expect(can(['admin'], 'scheme.edit')).toBe(true);
    expect(can(['coordinator'], 'scheme.edit')).toBe(false);
    expect(can(['admin'], 'scoreRun.view')).toBe(true);
    expect(can(['analyst'], 'scoreRun.view')).toBe(false);
    expect(can(['admin'], 'scoreRun.create')).toBe(false);
    expect(can(['coordinator'], 'scoreRun.create')).toBe(true);
    expect(can(['admin'], 'proposal.submit')).toBe(false);
    expect(can(['coordinator'], 'proposal.submit')).toBe(true);
  });
});

describe('a failed call in one line', () => {
  it('gives the problem’s title, status and detail, or the error as it reads', () => {
    expect(problemMessage(new ApiError({ status: 404, title: 'Not found', detail: 'no such plan' }))).toBe('Not found (404): no such plan');
    expect(problemMessage(new Error('offline'))).toBe('Error: offline');
  });
});
