import type { AgendaReason, RaiseAction } from './api/types';

/**
 * How a case conference is shown and recorded: why a person is on the agenda in words, and the
 * action a discussion raises read from its inputs (none when no action text is given).
 */

const REASONS: Record<AgendaReason, string> = {
  NEW_SINCE_LAST_CONFERENCE: 'New since the last conference',
  AMBER: 'On the amber list',
  RELEASE_DUE: 'Release due',
  REVIEW_OVERDUE: 'Review overdue',
  NO_ACTIVE_PLAN: 'No active plan',
  NOT_DISCUSSED_IN_8_WEEKS: 'Not discussed in 8 weeks',
  SERVICE_STANDARD_MISSED: 'Service standard missed',
};

export function reasonText(reason: AgendaReason | string): string {
  return REASONS[reason as AgendaReason] ?? reason;
}

/** The action inputs as the API takes them: an empty list when no text is given, blanks left out. */
export function raisedActions(inputs: { area: string; agency: string; text: string; due: string }): Array<Partial<RaiseAction>> {
  if (inputs.text.trim() === '') return [];
  const action: Partial<RaiseAction> = { text: inputs.text.trim() };
  if (inputs.area) action.area = inputs.area as RaiseAction['area'];
  if (inputs.agency) action.agency = inputs.agency;
  if (inputs.due) action.due = inputs.due;
  return [action];
}

/** "police" → "Police"; the acronyms as written. */
export function agencyLabel(agency: string): string {
  const upper = agency.toUpperCase();
  if (['YOS', 'CPS', 'DIP'].includes(upper)) return upper;
  return upper.charAt(0) + agency.slice(1).toLowerCase();
}
