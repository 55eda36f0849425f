import { describe, expect, it } from 'vitest';
import { can, PAGES, type Action } from '../../main/web/src/roles';
import accessMatrix from '../../../../system-tests/src/test/resources/access-matrix.csv?raw';

/**
 * The task pages against the access matrix (system-tests' access-matrix.csv, which AccessMatrixIT
 * checks against the services): every role a page is offered to may call every operation the page
 * makes, and every role a control is shown to may call its operation.
 */
const matrix = new Map<string, string[]>(accessMatrix.split('\n').filter((line) => line && !line.startsWith('#'))
  .map((line) => line.split(';'))
  .map(([operation, , , roles]) => [operation, (roles ?? '').trim().split('|')]));

const PAGE_OPERATIONS: Record<string, string[]> = {
  hotspots: ['getArea', 'hotspotPatterns'],
  performance: ['listIndicators', 'getIndicatorPerformance', 'getBoardPack'],
  plans: ['listPlans', 'listDeliveryPlans', 'listRisks', 'getPlan', 'getPlanReport', 'listPriorities', 'listPlanActions', 'getAction', 'listMilestones', 'listProgress'],
  'case-conferences': ['listSchemes', 'listCaseConferences', 'getAmberList', 'listReviewsDue', 'createCaseConference', 'getCaseConference',
    'getCaseConferenceAgenda', 'listOpenConferenceActions', 'recordCaseConferenceItem'],
  'service-standards': ['getServiceStandardReport'],
  'data-protection': ['listRetentionReviewsDue', 'decideRetention', 'getDisposal', 'restrictOffender', 'liftOffenderRestriction',
    'requestSubjectAccess', 'getSubjectAccessRequest', 'getSubjectAccessBundle'],
};

const CONTROL_OPERATIONS: Partial<Record<Action, string>> = {
  'ni30.view': 'getPerformanceCohort',
  'progress.record': 'recordProgress',
  'offences.read': 'listOffences',
  'offence.record': 'pushOffence',
  'events.read': 'listEvents',
  'event.record': 'pushEvent',
  'needs.read': 'listNeedsAssessments',
  'needs.record': 'recordNeedsAssessment',
  'asset.read': 'listAssetAssessments',
  'asset.record': 'recordAssetAssessment',
  'score.read': 'getScoreHistory',
  'ppoPlan.read': 'listPpoPlans',
  'ppoPlan.edit': 'addPpoPlanAction',
};

const ROLES = ['admin', 'coordinator', 'offender-manager', 'officer', 'analyst', 'partner-system', 'auditor', 'data-protection-officer'];

describe('the task pages and the access matrix', () => {
  it.each(Object.entries(PAGE_OPERATIONS))('offers %s only to roles that may call what it calls', (path, operations) => {
    const page = PAGES.find((p) => p.path === path)!;
    for (const operation of operations) {
      expect(matrix.get(operation), operation).toBeDefined();
      for (const role of page.roles) expect(matrix.get(operation), `${role} on ${path} calls ${operation}`).toContain(role);
    }
  });

  it.each(Object.entries(CONTROL_OPERATIONS))('shows %s exactly to the roles that may call %s', (action, operation) => {
    for (const role of ROLES.filter((r) => r !== 'partner-system')) {
      expect(can([role], action as Action), `${role}: ${action}`).toBe(matrix.get(operation)!.includes(role));
    }
  });
});
