import type { Proposal, ProposalAction, ProposalEntry, RunStatus, ScoreHistoryEntry, ScoreLine, ScoreRun } from './api/types';

/**
 * A score run's proposal as the scoring service sends it, and the pure logic the run page needs:
 * strands in a fixed order, people by rank, counts per action, and which score explains a person.
 */
export interface StrandProposal {
  strand: string;
  /** What ranks the strand: ASSET for Prevent and Deter, the matrix score for Catch and Convict. */
  scoreName: string;
  entries: ProposalEntry[];
  counts: Record<ProposalAction, number>;
  /** People the proposal keeps or adds (JOIN and STAY): the strand's places. */
  proposed: number;
  ties: number;
  provisional: number;
}

/** The strands a proposal ranks, in the order the partnership reads them. */
export const PROPOSAL_STRANDS = ['CATCH_CONVICT', 'PREVENT_DETER'] as const;

const SCORE_NAMES: Record<string, string> = { PREVENT_DETER: 'ASSET score', CATCH_CONVICT: 'Matrix score' };

export const ACTION_NAMES: Record<ProposalAction, string> = {
  JOIN: 'Join',
  STAY: 'Stay',
  LEAVE: 'Leave',
  NOT_SELECTED: 'Not selected',
};

/**
 * Per strand (known strands first in PROPOSAL_STRANDS order, then any other the service adds): the
 * people by rank (ties by the higher score, then PNC, so the order is stable), with counts.
 */
export function groupProposal(proposal: Pick<Proposal, 'strands'>): StrandProposal[] {
  const strands = proposal.strands ?? {};
  const keys = Object.keys(strands);
  const ordered = [
    ...PROPOSAL_STRANDS.filter((s) => keys.includes(s)),
    ...keys.filter((k) => !(PROPOSAL_STRANDS as readonly string[]).includes(k)).sort(),
  ];
  return ordered.map((strand) => {
    // an entry without a rank or score goes last
    const entries = [...(strands[strand] ?? [])].sort((a, b) =>
      (a.rank ?? Infinity) - (b.rank ?? Infinity) || (b.rankingScore ?? 0) - (a.rankingScore ?? 0)
      || (a.pncId ?? '').localeCompare(b.pncId ?? ''));
    const counts: Record<ProposalAction, number> = { JOIN: 0, STAY: 0, LEAVE: 0, NOT_SELECTED: 0 };
    for (const e of entries) if (e.action) counts[e.action] += 1;
    return {
      strand,
      scoreName: SCORE_NAMES[strand] ?? 'Score',
      entries,
      counts,
      proposed: counts.JOIN + counts.STAY,
      ties: entries.filter((e) => e.tieAtCutOff).length,
      provisional: entries.filter((e) => e.provisional).length,
    };
  });
}

/**
 * The people a submission would nominate, as the scoring service picks them: JOINs with no nomination
 * pending (made by this proposal or before it).
 */
export function toNominate(groups: StrandProposal[]): ProposalEntry[] {
  return groups.flatMap((g) => g.entries).filter((e) => e.action === 'JOIN' && !e.pendingNominee && !e.nominationId);
}

/** Finished unless the service says it is queued or running (a run without a status is not polled). */
export const runFinished = (status: RunStatus | undefined) => status !== 'QUEUED' && status !== 'RUNNING';

export const submittable = (run: Pick<ScoreRun, 'status' | 'proposalStatus'>) =>
  run.status === 'COMPLETED' && (run.proposalStatus === 'PROPOSED' || run.proposalStatus === 'PARTIALLY_SUBMITTED');

/** How long to wait before asking again: quick at first, then every 2 s, up to 5 s for long runs. */
export function pollDelay(attempt: number): number {
  return attempt < 5 ? 500 : attempt < 30 ? 2000 : 5000;
}

/** Progress in words: "12 of 45 people scored", or "waiting to start". */
export function progressText(run: Pick<ScoreRun, 'status' | 'scored' | 'totalPeople'>): string {
  if (run.status === 'QUEUED') return 'Waiting to start';
  const scored = run.scored ?? 0;
  if (run.totalPeople == null) return `${scored} people scored so far`;
  return `${scored} of ${run.totalPeople} people scored`;
}

/**
 * Which stored score explains a person in this run: the newest when it came from this run (one read),
 * else the history's entry for the run (a later run scored them again). Null when the run did not score them.
 */
export function scoreIdForRun(history: ScoreHistoryEntry[], runId: string): string | null {
  return history.find((s) => s.runId === runId)?.scoreId ?? null;
}

/** Check that the lines add up to the total, as the service promises (total = sum of subtotals). */
export function linesTotal(lines: ScoreLine[]): number {
  return lines.reduce((sum, l) => sum + (l.subtotal ?? 0), 0);
}
