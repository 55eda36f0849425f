import type { GiClassification, GiStarResult } from './api/types';

/** How Getis-Ord Gi* results are shown: each class's colour and words, the legend's order, and the table's rows. */

export const GI_CLASSES: { value: GiClassification; colour: string; text: string }[] = [
  { value: 'HOT_99', colour: '#942514', text: 'Hot spot, 99 % confidence' },
  { value: 'HOT_95', colour: '#d4351c', text: 'Hot spot, 95 %' },
  { value: 'HOT_90', colour: '#f499be', text: 'Hot spot, 90 %' },
  { value: 'NOT_SIGNIFICANT', colour: '#f3f2f1', text: 'Not significant' },
  { value: 'COLD_90', colour: '#5694ca', text: 'Cold spot, 90 %' },
  { value: 'COLD_95', colour: '#1d70b8', text: 'Cold spot, 95 %' },
  { value: 'COLD_99', colour: '#003078', text: 'Cold spot, 99 % confidence' },
];

export function giColour(classification: GiClassification | null | undefined): string {
  return GI_CLASSES.find((c) => c.value === classification)?.colour ?? GI_CLASSES[3].colour;
}

export function giText(classification: GiClassification | null | undefined): string {
  return GI_CLASSES.find((c) => c.value === classification)?.text ?? 'Not significant';
}

export interface GiRow {
  code: string;
  name: string;
  value: string;
  z: string;
  p: string;
  classification: string;
}

/**
 * The significant results as table rows, hottest first then coldest (the service lists by z, hottest first), each
 * named from `nameOf`; and how many areas were not significant. z and p to two and four decimals; z may be null
 * (every value equal), shown as "–".
 */
export function giRows(results: GiStarResult[], nameOf: (code: string) => string): { rows: GiRow[]; notSignificant: number } {
  const significant = results.filter((r) => r.classification && r.classification !== 'NOT_SIGNIFICANT');
  return {
    notSignificant: results.length - significant.length,
    rows: significant.map((r) => ({
      code: r.code ?? '',
      name: nameOf(r.code ?? ''),
      value: r.value === null || r.value === undefined ? '' : r.value.toFixed(2),
      z: r.z === null || r.z === undefined ? '–' : r.z.toFixed(2),
      p: r.p === null || r.p === undefined ? '' : r.p.toFixed(4),
      classification: giText(r.classification),
    })),
  };
}
