import type { components } from './generated';

/**
 * The API's types as the pages name them, generated from the suite's merged OpenAPI document
 * (api/ppo-suite.openapi.json) into ./generated.ts by `npm run api-types` (run by `npm run build`;
 * not committed). A renamed schema is a one-line change here; a changed field fails `tsc` where a
 * page uses it. Only what the console itself invents (forms, roles, config, DOM) is typed by hand.
 *
 * Most response fields are optional in the document: pages handle absence (and the services' JSON
 * null, which the document does not declare) with `??`, `== null` or truthiness, never a cast.
 */
/**
 * A request body built from a form's values: the document's field names (a renamed or removed field
 * fails the build), the values as the form read them (the service validates them and names the field).
 */
export type Body<T> = { [K in keyof T]?: unknown };

type Schema<Name extends keyof components['schemas']> = components['schemas'][Name];

// Problems (RFC 9457), every service
export type Problem = Schema<'Problem'>;
export type Violation = Schema<'Violation'>;

// offender-service: schemes, people, panel history, cohort
export type Scheme = Schema<'Scheme'>;
export type SchemePage = Schema<'SchemePage'>;
export type Person = Schema<'Offender'>;
export type Nomination = Schema<'Nomination'>;
export type Decision = Schema<'PanelDecision'>;
export type Review = Schema<'Review'>;
export type ReviewOutcome = NonNullable<Review['outcome']>;
export type DecisionType = NonNullable<Decision['type']>;
export type ReasonCode = NonNullable<Decision['reasonCode']>;
export type IomCategory = NonNullable<Decision['iomCategory']>;
export type Agency = NonNullable<Nomination['agency']>;
export type NeedsAssessment = Schema<'NeedsAssessment'>;
export type CurrentNeeds = Schema<'CurrentNeeds'>;
export type Cohort = Schema<'Cohort'>;
// offender-service, scoring-service and action-plan-service: a person's offences, events, needs, ASSET and PPO plan
export type Offence = Schema<'Offence'>;
export type PushOffence = Schema<'PushOffence'>;
export type PartnerEvent = Schema<'PartnerEvent'>;
export type PushEvent = Schema<'PushEvent'>;
export type RecordNeedsAssessment = Schema<'RecordNeedsAssessment'>;
export type NeedLevel = Schema<'NeedLevel'>;
export type AssetAssessment = Schema<'AssetAssessment'>;
export type RecordAssetAssessment = Schema<'RecordAssetAssessment'>;
export type PpoPlan = Schema<'PpoPlan'>;
export type PpoPlanPage = Schema<'PpoPlanPage'>;
export type PpoAction = Schema<'PpoAction'>;
export type CreatePpoPlan = Schema<'CreatePpoPlan'>;
export type AddPpoAction = Schema<'AddPpoAction'>;
export type RecordPpoActionOutcome = Schema<'RecordPpoActionOutcome'>;
export type CohortMember = Schema<'CohortMember'>;

// scoring-service: matrix versions, evaluations, score runs and their proposals, stored scores
export type MatrixVersion = Schema<'MatrixVersion'>;
export type MatrixVersionPage = Schema<'MatrixVersionPage'>;
export type ActivateMatrixVersion = Schema<'ActivateMatrixVersion'>;
export type MatrixRules = Schema<'MatrixRules'>;
export type CategoryRule = Schema<'CategoryRule'>;
export type Band = NonNullable<MatrixRules['intelligenceBands']>[number];
export type ActiveMatrix = Schema<'ActiveMatrix'>;
export type CreateMatrixVersion = Schema<'CreateMatrixVersion'>;
export type EvaluationRequest = Schema<'EvaluationRequest'>;
export type Evaluation = Schema<'Evaluation'>;
export type StartScoreRun = Schema<'StartScoreRun'>;
export type ScoreRun = Schema<'ScoreRun'>;
export type RunStatus = Schema<'RunStatus'>;
export type ProposalStatus = Schema<'ProposalStatus'>;
export type ProposalAction = Schema<'ScoringAction'>;
export type ProposalEntry = Schema<'ProposalEntry'>;
export type SubmitProposal = Schema<'SubmitProposal'>;
export type Proposal = Schema<'Proposal'>;
export type Submission = Schema<'ProposalSubmission'>;
export type ScoreLine = Schema<'ScoreLine'>;
export type ExcludedOffence = Schema<'ExcludedOffence'>;
export type LatestScore = Schema<'LatestScore'>;
export type ScoreHistoryEntry = Schema<'ScoreHistoryEntry'>;
export type StoredScore = Schema<'ScoreWithInputs'>;

// hotspot-service: areas, RAG thresholds, the hotspot report
export type Area = Schema<'Area'>;
export type AreaPage = Schema<'AreaPage'>;
export type Thresholds = Schema<'Thresholds'>;
export type ThresholdList = Schema<'ThresholdList'>;
export type SetThresholds = Schema<'SetThresholds'>;
export type RateBasis = Schema<'RateBasis'>;
export type HotspotReport = Schema<'HotspotReport'>;
export type HotspotArea = Schema<'HotspotArea'>;
export type GiStarAnalysis = Schema<'GiStarAnalysis'>;
export type GiStarResult = Schema<'GiStarResult'>;
export type GiClassification = Schema<'Classification'>;

// action-plan-service and offender-service: performance (indicators, NI 30 cohorts, the board pack)
export type Indicator = Schema<'Indicator'>;
export type IndicatorPage = Schema<'IndicatorPage'>;
export type IndicatorPerformance = Schema<'IndicatorPerformance'>;
export type PerformanceCohortReport = Schema<'PerformanceCohortReport'>;
export type BoardPack = Schema<'BoardPack'>;

// hotspot-service: a ward's patterns
export type PatternReport = Schema<'PatternReport'>;

// action-plan-service: plans, priorities, actions, milestones, progress, the monitoring report, delivery plans, risks
export type Plan = Schema<'Plan'>;
export type PlanPage = Schema<'PlanPage'>;
export type Priority = Schema<'Priority'>;
export type PlanAction = Schema<'Action'>;
export type PlanActionPage = Schema<'ActionPage'>;
export type Milestone = Schema<'Milestone'>;
export type Progress = Schema<'Progress'>;
export type RecordProgress = Schema<'RecordProgress'>;
export type MonitoringReport = Schema<'MonitoringReport'>;
export type ActionsByRag = Schema<'ActionsByRag'>;
export type DeliveryPlan = Schema<'DeliveryPlan'>;
export type DeliveryPlanPage = Schema<'DeliveryPlanPage'>;
export type RegisteredRisk = Schema<'RegisteredRisk'>;
export type RegisteredRiskPage = Schema<'RegisteredRiskPage'>;

// action-plan-service: case conferences
export type CaseConference = Schema<'CaseConference'>;
export type CaseConferenceSummaryPage = Schema<'CaseConferenceSummaryPage'>;
export type CaseConferenceAgenda = Schema<'CaseConferenceAgenda'>;
export type AgendaItem = Schema<'AgendaItem'>;
export type ConferenceItem = Schema<'ConferenceItem'>;
export type AgendaReason = Schema<'AgendaReason'>;
export type CreateCaseConference = Schema<'CreateCaseConference'>;
export type RecordConferenceItem = Schema<'RecordConferenceItem'>;
export type RaiseAction = Schema<'RaiseAction'>;
export type OpenRaisedActions = Schema<'OpenRaisedActions'>;

// offender-service: the amber list, reviews due, service standards
export type AmberList = Schema<'AmberList'>;
export type AmberListEntry = Schema<'AmberListEntry'>;
export type ReviewDue = Schema<'ReviewDue'>;
export type ServiceStandardReport = Schema<'ServiceStandardReport'>;

// data protection: retention reviews and decisions, disposals, restrictions, subject-access requests
export type RetentionReviewPage = Schema<'RetentionReviewPage'>;
export type RetentionReviewDue = Schema<'RetentionReviewDue'>;
export type RetentionDecisionRequest = Schema<'RetentionDecisionRequest'>;
export type RetentionDecision = Schema<'RetentionDecision'>;
export type Disposal = Schema<'Disposal'>;
export type DataProtectionStep = Schema<'DataProtectionStep'>;
export type OffenderRestrictionRequest = Schema<'OffenderRestrictionRequest'>;
export type SubjectAccessRequestCreate = Schema<'SubjectAccessRequestCreate'>;
export type SubjectAccessRequest = Schema<'SubjectAccessRequest'>;
export type SubjectAccessBundle = Schema<'SubjectAccessBundle'>;
