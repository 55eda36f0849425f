import type { RateBasis } from './api/types';

/** How hotspot rates per 1,000 are shown: the basis the service states, and the window a rate covers. */

export const RATE_BASES: { value: RateBasis; label: string }[] = [
  { value: 'PER_1000_PER_YEAR', label: 'per 1,000 per year' },
  { value: 'PER_1000_FOR_WINDOW', label: 'per 1,000 over the report window' },
];

export function basisLabel(basis: RateBasis | null | undefined): string {
  return RATE_BASES.find((b) => b.value === basis)?.label ?? '';
}

/** A rate with its two decimals (JSON drops trailing zeros: 90.5 is shown 90.50); empty without a population. */
export function formatRate(rate: number | null | undefined): string {
  return rate === null || rate === undefined ? '' : rate.toFixed(2);
}

/** The caption of a report table: what the window is and how its rates were made yearly. */
export function windowCaption(areas: number, from: string, to: string, monthsInWindow: number | undefined): string {
  if (monthsInWindow === undefined) return `${areas} wards, ${from} to ${to}`;
  const months = monthsInWindow === 1 ? '1 month' : `${monthsInWindow} months`;
  const yearly = monthsInWindow === 12 ? 'the window is a year' : `per year = window × 12 ÷ ${monthsInWindow}`;
  return `${areas} wards, ${from} to ${to} (${months}; ${yearly})`;
}
