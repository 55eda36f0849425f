import { describe, expect, it } from 'vitest';
import { lastTwelveMonths } from '../../main/web/src/standards';

describe('the service-standards report window', () => {
  it('is the twelve months up to and including this one', () => {
    expect(lastTwelveMonths(new Date('2026-12-07T20:00:00Z'))).toEqual(['2026-01', '2026-12']);
  });

  it('crosses a year boundary', () => {
    expect(lastTwelveMonths(new Date('2026-03-31T23:59:00Z'))).toEqual(['2025-04', '2026-03']);
  });
});
