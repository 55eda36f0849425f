import { describe, expect, it } from 'vitest';
import type { ProposalEntry } from '../../main/web/src/api/types';
import {
  groupProposal, linesTotal, pollDelay, progressText, scoreIdForRun, submittable, toNominate,
} from '../../main/web/src/proposal';

const entry = (rank: number, action: ProposalEntry['action'], extra: Partial<ProposalEntry> = {}): ProposalEntry => ({
  personId: `p${rank}-${action}`, pncId: `2001/000${rank}A`, rank, rankingScore: 100 - rank, action,
  currentMember: action === 'STAY' || action === 'LEAVE', pendingNominee: false, tieAtCutOff: false, provisional: false,
  ...extra,
});

describe('groupProposal', () => {
  it('puts Catch and Convict before Prevent and Deter and orders people by rank whatever order they arrive in', () => {
    const groups = groupProposal({
      strands: {
        PREVENT_DETER: [entry(2, 'LEAVE'), entry(1, 'STAY')],
        CATCH_CONVICT: [entry(3, 'NOT_SELECTED'), entry(1, 'JOIN'), entry(2, 'STAY')],
      },
    });
    expect(groups.map((g) => g.strand)).toEqual(['CATCH_CONVICT', 'PREVENT_DETER']);
    expect(groups[0].entries.map((e) => e.rank)).toEqual([1, 2, 3]);
    expect(groups[1].entries.map((e) => e.action)).toEqual(['STAY', 'LEAVE']);
  });

  it('names the score that ranks each strand: ASSET for P&D, the matrix for C&C', () => {
    const groups = groupProposal({ strands: { PREVENT_DETER: [], CATCH_CONVICT: [] } });
    expect(Object.fromEntries(groups.map((g) => [g.strand, g.scoreName])))
      .toEqual({ CATCH_CONVICT: 'Matrix score', PREVENT_DETER: 'ASSET score' });
  });

  it('counts joiners, stayers, leavers, ties and provisional scores; places are joiners plus stayers', () => {
    const [cc] = groupProposal({
      strands: {
        CATCH_CONVICT: [entry(1, 'JOIN', { provisional: true }), entry(2, 'STAY'), entry(3, 'STAY', { tieAtCutOff: true }),
          entry(4, 'LEAVE', { tieAtCutOff: true }), entry(5, 'NOT_SELECTED')],
      },
    });
    expect(cc.counts).toEqual({ JOIN: 1, STAY: 2, LEAVE: 1, NOT_SELECTED: 1 });
    expect(cc.proposed).toBe(3);
    expect(cc.ties).toBe(2);
    expect(cc.provisional).toBe(1);
  });

  it('keeps a strand the console does not know, after the known ones', () => {
    const groups = groupProposal({ strands: { REHABILITATE_RESETTLE: [entry(1, 'STAY')], CATCH_CONVICT: [] } });
    expect(groups.map((g) => g.strand)).toEqual(['CATCH_CONVICT', 'REHABILITATE_RESETTLE']);
  });
});

describe('submitting a proposal', () => {
  it('nominates joiners only, and not those already nominated (by this proposal or before it)', () => {
    const groups = groupProposal({
      strands: {
        CATCH_CONVICT: [entry(1, 'JOIN'), entry(2, 'JOIN', { nominationId: 'n-1', pendingNominee: true }),
          entry(3, 'JOIN', { pendingNominee: true }), entry(4, 'STAY')],
        PREVENT_DETER: [entry(1, 'JOIN', { personId: 'young-1' })],
      },
    });
    expect(toNominate(groups).map((e) => e.personId)).toEqual(['p1-JOIN', 'young-1']);
  });

  it('is offered for a completed run whose proposal is not fully submitted', () => {
    expect(submittable({ status: 'COMPLETED', proposalStatus: 'PROPOSED' })).toBe(true);
    expect(submittable({ status: 'COMPLETED', proposalStatus: 'PARTIALLY_SUBMITTED' })).toBe(true);
    expect(submittable({ status: 'COMPLETED', proposalStatus: 'SUBMITTED' })).toBe(false);
    expect(submittable({ status: 'RUNNING', proposalStatus: 'NONE' })).toBe(false);
    expect(submittable({ status: 'FAILED', proposalStatus: 'NONE' })).toBe(false);
  });
});

describe('a running run', () => {
  it('is polled quickly at first, then less often', () => {
    expect(pollDelay(0)).toBe(500);
    expect(pollDelay(10)).toBe(2000);
    expect(pollDelay(100)).toBe(5000);
  });

  it('reports progress in words', () => {
    expect(progressText({ status: 'QUEUED', scored: 0 })).toBe('Waiting to start');
    expect(progressText({ status: 'RUNNING', scored: 3 })).toBe('3 people scored so far');
    expect(progressText({ status: 'RUNNING', scored: 12, totalPeople: 45 })).toBe('12 of 45 people scored');
  });
});

describe('explanations', () => {
  it('finds the score this run stored even when a later run scored the person again', () => {
    const history = [
      { scoreId: 's3', runId: 'r3', asOf: '2026-12-01', total: 40, matrixVersion: 2, provisional: false, reason: '' },
      { scoreId: 's2', runId: 'r2', asOf: '2026-11-01', total: 34, matrixVersion: 1, provisional: false, reason: '' },
    ];
    expect(scoreIdForRun(history, 'r2')).toBe('s2');
    expect(scoreIdForRun(history, 'r9')).toBeNull();
  });

  it('adds the lines to the total', () => {
    expect(linesTotal([
      { rule: 'BURGLARY_DWELLING', count: 2, points: 4, multiplier: 1, subtotal: 8 },
      { rule: 'VICTIM_ELDERLY', count: 1, points: 5, multiplier: 1, subtotal: 5 },
    ])).toBe(13);
  });
});
