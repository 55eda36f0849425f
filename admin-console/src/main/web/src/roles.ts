/**
 * Which pages and controls a role sees. The API still decides every call; this only hides what a
 * role cannot use (the services' @RolesAllowed, mirrored).
 */
export const PAGES = [
  { path: 'schemes', title: 'Schemes', roles: ['admin', 'coordinator', 'offender-manager'] },
  { path: 'nominations', title: 'Nominations', roles: ['admin', 'coordinator', 'offender-manager'] },
  { path: 'scoring', title: 'Scoring', roles: ['admin', 'coordinator', 'offender-manager', 'analyst'] },
  { path: 'hotspots', title: 'Hotspots', roles: ['admin', 'coordinator', 'analyst'] },
  { path: 'performance', title: 'Performance', roles: ['admin', 'coordinator', 'analyst', 'offender-manager'] },
  { path: 'plans', title: 'Plans', roles: ['admin', 'coordinator', 'analyst', 'offender-manager'] },
  { path: 'case-conferences', title: 'Case conferences', roles: ['admin', 'coordinator', 'offender-manager'] },
  { path: 'service-standards', title: 'Service standards', roles: ['admin', 'coordinator', 'analyst', 'auditor', 'data-protection-officer'] },
  { path: 'data-protection', title: 'Data protection', roles: ['data-protection-officer'] },
] as const;

export type Action =
  | 'scheme.create'
  | 'scheme.edit'
  | 'decision.record'
  | 'review.record'
  | 'nomination.create'
  | 'matrix.create'
  | 'matrix.activate'
  | 'scoreRun.view'
  | 'scoreRun.create'
  | 'proposal.submit'
  | 'threshold.set'
  | 'ni30.view'
  | 'progress.record'
  | 'offences.read'
  | 'offence.record'
  | 'events.read'
  | 'event.record'
  | 'needs.read'
  | 'needs.record'
  | 'asset.read'
  | 'asset.record'
  | 'score.read'
  | 'ppoPlan.read'
  | 'ppoPlan.edit';

const ACTIONS: Record<Action, string[]> = {
  'scheme.create': ['admin'],
  'scheme.edit': ['admin'],
  'decision.record': ['admin', 'coordinator'],
  'review.record': ['admin', 'coordinator', 'offender-manager'],
  'nomination.create': ['admin', 'coordinator', 'offender-manager'],
  'matrix.create': ['admin'],
  'matrix.activate': ['admin'],
  // Score runs: admins and co-ordinators read them; only co-ordinators start one and submit its
  // proposal (the nominations are made in their name and agency).
  'scoreRun.view': ['admin', 'coordinator'],
  'scoreRun.create': ['coordinator'],
  'proposal.submit': ['coordinator'],
  'threshold.set': ['admin'],
  'ni30.view': ['admin', 'coordinator', 'analyst'],
  'progress.record': ['admin', 'coordinator'],
  // The parts of a person's page and its forms (offender-, scoring- and action-plan-service).
  'offences.read': ['admin', 'coordinator', 'offender-manager'],
  'offence.record': ['admin', 'coordinator'],
  'events.read': ['admin', 'coordinator', 'offender-manager'],
  'event.record': ['admin', 'coordinator'],
  'needs.read': ['admin', 'coordinator', 'offender-manager'],
  'needs.record': ['admin', 'coordinator'],
  'asset.read': ['admin', 'coordinator', 'offender-manager'],
  'asset.record': ['coordinator', 'offender-manager'],
  'score.read': ['admin', 'coordinator', 'offender-manager'],
  'ppoPlan.read': ['admin', 'coordinator', 'offender-manager'],
  'ppoPlan.edit': ['admin', 'coordinator', 'offender-manager'],
};

export function pagesFor(roles: string[]) {
  return PAGES.filter((p) => p.roles.some((r) => roles.includes(r)));
}

export function can(roles: string[], action: Action): boolean {
  return ACTIONS[action].some((r) => roles.includes(r));
}
