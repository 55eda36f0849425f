import { describe, expect, it } from 'vitest';
import { giColour, giRows, giText } from '../../main/web/src/gistar';

describe('Gi* results as the hotspot page shows them', () => {
  const names = new Map([['E05011204', 'Castle'], ['E05011210', 'Ore']]);
  const nameOf = (code: string) => names.get(code) ?? code;

  it('lists only significant areas, named, with z to two and p to four decimals, and counts the rest', () => {
    const { rows, notSignificant } = giRows([
      { code: 'E05011204', value: 314.09, z: 3.1234, p: 0.0018, classification: 'HOT_99' },
      { code: 'E05011207', value: 40, z: 0.2, p: 0.84, classification: 'NOT_SIGNIFICANT' },
      { code: 'E05011210', value: 12.5, z: -2.01, p: 0.0444, classification: 'COLD_95' },
    ], nameOf);
    expect(rows).toEqual([
      { code: 'E05011204', name: 'Castle', value: '314.09', z: '3.12', p: '0.0018', classification: 'Hot spot, 99 % confidence' },
      { code: 'E05011210', name: 'Ore', value: '12.50', z: '-2.01', p: '0.0444', classification: 'Cold spot, 95 %' },
    ]);
    expect(notSignificant).toBe(1);
  });

  it('shows an undefined z (every value equal) as a dash, and an unnamed area by its code', () => {
    const { rows } = giRows([{ code: 'G250:10:4', value: 3, z: null as unknown as number, p: 0.01, classification: 'HOT_95' }], nameOf);
    expect(rows[0].z).toBe('–');
    expect(rows[0].name).toBe('G250:10:4');
  });

  it('colours hot spots red, cold spots blue and the rest light grey', () => {
    expect(giColour('HOT_99')).toBe('#942514');
    expect(giColour('COLD_99')).toBe('#003078');
    expect(giColour('NOT_SIGNIFICANT')).toBe('#f3f2f1');
    expect(giColour(undefined)).toBe('#f3f2f1');
    expect(giText('HOT_90')).toBe('Hot spot, 90 %');
  });
});
