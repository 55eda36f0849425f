import { label, STRANDS } from '../../dom';
import type { Agency, DecisionType, IomCategory, ReasonCode, ReviewOutcome } from '../../api/types';

/** The codes a person's page names in words: agencies, panel reasons, IOM cohorts, decisions and review outcomes. */

export const AGENCIES: Agency[] = ['POLICE', 'PROBATION', 'YOS', 'COUNCIL', 'CPS', 'COURT', 'PRISON', 'DIP', 'HOUSING', 'HEALTH', 'FIRE', 'JOBCENTRE'];
export const AGENCY_NAMES: Record<string, string> = { YOS: 'YOS', CPS: 'CPS', DIP: 'DIP' };
export const agencyName = (a: string) => AGENCY_NAMES[a] ?? label(a);

/** The closed reason list, by the strands each applies to (offender-service ReasonCode). */
export const REASONS: Array<{ code: ReasonCode; text: string; strands: string[] }> = [
  { code: 'ASSET_BELOW_THRESHOLD', text: 'ASSET fell below 21 or RoSH removed', strands: ['PREVENT_DETER'] },
  { code: 'ESCALATED_TO_CATCH_CONVICT', text: 'Offending escalated; nominated for Catch and Convict', strands: ['PREVENT_DETER'] },
  { code: 'MOVED_OUT_OF_AREA', text: 'Moved out of the area', strands: Object.keys(STRANDS) },
  { code: 'DIED_OR_SERIOUS_ILLNESS', text: 'Died, or serious illness or injury', strands: Object.keys(STRANDS) },
  { code: 'STOPPED_OR_REDUCED_OFFENDING', text: 'Stopped or reduced offending and changed lifestyle', strands: Object.keys(STRANDS) },
  { code: 'CUSTODY_OVER_2_YEARS', text: 'Custodial sentence over 2 years (AMBER list)', strands: Object.keys(STRANDS) },
  { code: 'CUSTODY_OVER_10_YEARS', text: 'Custodial sentence over 10 years (removed in full)', strands: ['CATCH_CONVICT', 'REHABILITATE_RESETTLE'] },
  // a move from Catch and Convict to Rehabilitate and Resettle gives one of these (Thurrock strategy 5.3)
  { code: 'ENGAGING_WITH_INTERVENTIONS', text: 'To R&R: engaging with agencies and interventions (basic skills, DIP)', strands: ['CATCH_CONVICT'] },
  { code: 'WORKING', text: 'To R&R: working', strands: ['CATCH_CONVICT'] },
  { code: 'ON_LICENCE_OR_COMMUNITY_ORDER_NOT_IN_BREACH', text: 'To R&R: on licence or a community order, not in breach', strands: ['CATCH_CONVICT'] },
  { code: 'ON_BRIDGE_PROGRAMME', text: 'To R&R: on the Bridge programme', strands: ['CATCH_CONVICT'] },
  { code: 'IN_PRISON_RELEASE_ON_LICENCE_TO_SUITABLE_ACCOMMODATION', text: 'To R&R: in prison, likely released on licence to suitable accommodation', strands: ['CATCH_CONVICT'] },
  // leaving an IOM cohort other than PPO (IOM_EXIT)
  { code: 'NO_LONGER_MEETS_COHORT_CRITERIA', text: 'No longer meets the IOM cohort criteria', strands: [] },
];

/** The reasons an IOM exit takes (offender-service ReasonCode.IOM_EXIT). */
export const IOM_EXIT_REASONS: ReasonCode[] = ['MOVED_OUT_OF_AREA', 'DIED_OR_SERIOUS_ILLNESS', 'STOPPED_OR_REDUCED_OFFENDING', 'NO_LONGER_MEETS_COHORT_CRITERIA'];

/** The IOM cohorts beyond PPO a panel enters a person into (offender-service IomCategory). */
export const IOM_COHORTS: Record<IomCategory, string> = {
  PPO: 'PPO',
  SHORT_SENTENCE: 'Short sentence (custody under 12 months)',
  WOMEN_SHORT_SENTENCE: 'Women, custody under 12 months',
  DIP: 'Drug Intervention Programme',
  MAPPA: 'MAPPA-managed',
};

/** The decisions the panel form offers (not every decision type the API records; others show by their code). */
export const DECISIONS: Partial<Record<DecisionType, string>> = {
  SELECT: 'Select onto a strand',
  MOVE: 'Move to another strand',
  AMBER: 'Put on the AMBER list',
  DESELECT: 'Deselect',
  REMOVE: 'Remove in full',
  IOM_ENTER: 'Enter an IOM cohort',
  IOM_EXIT: 'Leave an IOM cohort',
};

export const OUTCOMES: Record<ReviewOutcome, string> = {
  CONTINUE: 'Continue on the strand',
  RECOMMEND_MOVE: 'Recommend a move of strand',
  RECOMMEND_AMBER: 'Recommend the AMBER list',
  RECOMMEND_DESELECT: 'Recommend deselection',
};


/** The areas a PPO plan's actions (and the actions a case conference raises) are in, and their names. */
export const PLAN_AREAS = ['ACCOMMODATION', 'DIP', 'ETE', 'LICENCE_ENFORCEMENT', 'MENTORING', 'OTHER'];
const PLAN_AREA_NAMES: Record<string, string> = { DIP: 'DIP', ETE: 'Education, training and employment' };
export const planAreaName = (a: string | null | undefined): string => (a ? PLAN_AREA_NAMES[a] ?? label(a) : '');
