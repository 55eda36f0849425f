import { describe, expect, it } from 'vitest';
import { basisLabel, formatRate, windowCaption } from '../../main/web/src/rates';

describe('hotspot rates', () => {
  it('names the basis the service states', () => {
    expect(basisLabel('PER_1000_PER_YEAR')).toBe('per 1,000 per year');
    expect(basisLabel('PER_1000_FOR_WINDOW')).toBe('per 1,000 over the report window');
    expect(basisLabel(null)).toBe('');
  });

  it('shows rates with two decimals, and nothing without a population', () => {
    expect(formatRate(314.09)).toBe('314.09');
    expect(formatRate(90)).toBe('90.00');
    expect(formatRate(50.5)).toBe('50.50');
    expect(formatRate(null)).toBe('');
  });

  it('says how a window other than a year was made yearly', () => {
    expect(windowCaption(108, '2025-01', '2025-06', 6)).toBe('108 wards, 2025-01 to 2025-06 (6 months; per year = window × 12 ÷ 6)');
    expect(windowCaption(16, '2025-01', '2025-01', 1)).toBe('16 wards, 2025-01 to 2025-01 (1 month; per year = window × 12 ÷ 1)');
    expect(windowCaption(108, '2025-01', '2025-12', 12)).toBe('108 wards, 2025-01 to 2025-12 (12 months; the window is a year)');
  });
});
