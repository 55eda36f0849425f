/**
 * What a chart shows, independent of how it is drawn: categories along the bottom and named series of
 * numbers. The same data makes the canvas (charts.ts) and its table alternative, so the two never differ.
 */
export interface Series {
  label: string;
  values: Array<number | null>;
  kind: 'bar' | 'line';
  /** A target or reference line: drawn dashed. */
  dashed?: boolean;
}

export interface ChartData {
  /** What the categories are: "Quarter", "Month", "Hour". */
  category: string;
  labels: string[];
  series: Series[];
  /** What the numbers are: "proven offences", "incidents". */
  unit: string;
}

/** The table alternative: a column per series, a row per category; a missing value is left blank. */
export function chartRows(data: ChartData): { headers: string[]; rows: string[][] } {
  return {
    headers: [data.category, ...data.series.map((s) => s.label)],
    rows: data.labels.map((label, i) => [label, ...data.series.map((s) => formatNumber(s.values[i]))]),
  };
}

/** 1234.5 → "1,234.5"; up to two decimals; nothing for no value. */
export function formatNumber(value: number | null | undefined): string {
  return value === null || value === undefined ? '' : value.toLocaleString('en-GB', { maximumFractionDigits: 2 });
}
