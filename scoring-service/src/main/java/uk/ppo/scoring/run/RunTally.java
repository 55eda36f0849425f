package uk.ppo.scoring.run;

import uk.ppo.scoring.asset.AssetAssessment;
import uk.ppo.scoring.engine.ScoreResult;
import uk.ppo.scoring.offender.OffenderInputs;
import uk.ppo.scoring.score.ScoreJson;
import uk.ppo.scoring.score.ScoringInputs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What a run keeps of everyone scored until it completes: a small candidate each for the proposal, and the
 * cohort totals (matrix scores of current C&C and R&R members, ASSET scores of current P&D members).
 */
final class RunTally {

    private final LocalDate asOf;
    private final List<ProposalRules.Candidate> candidates = new ArrayList<>();
    private int scored;
    private int cohortTotal;
    private int pndAssetTotal;

    RunTally(LocalDate asOf) {
        this.asOf = asOf;
    }

    /** Counts one person's score in, and returns it ready to stage. {@code asset} is null without an ASSET assessment. */
    RunStore.Scored add(OffenderInputs.Person p, ScoreResult r, AssetAssessment asset) {
        scored++;
        ProvisionalRules.Reading reading = ProvisionalRules.read(new ProvisionalRules.Facts(asOf, p.dateOfBirth(), p.currentMember(),
                p.strand(), p.pendingStrands(), asset == null ? null : asset.assessedOn(), r.lines().size(),
                p.intelligenceDates() != null && !p.intelligenceDates().isEmpty()));
        ProposalRules.Strand strand = reading.strand();
        candidates.add(new ProposalRules.Candidate(p.personId(), p.pncId(), reading.age(), strand, reading.pendingStrands(), r.total(),
                asset == null ? null : asset.score(), asset != null && asset.eligibleForPreventAndDeter(), reading.provisional()));
        if (strand == ProposalRules.Strand.CATCH_CONVICT || strand == ProposalRules.Strand.REHABILITATE_RESETTLE) {
            cohortTotal += r.total();
        }
        if (strand == ProposalRules.Strand.PREVENT_DETER && asset != null) {
            pndAssetTotal += asset.score();
        }
        ScoringInputs inputs = ScoringInputs.of(p, asOf, asset == null ? null
                : new ScoringInputs.Asset(asset.score(), asset.rosh(), asset.assessedOn()));
        return new RunStore.Scored(p.personId(), r.total(), r.lines(), r.excluded(), ScoreJson.write(inputs), reading.reasons());
    }

    List<ProposalRules.Candidate> candidates() {
        return candidates;
    }

    int scored() {
        return scored;
    }

    int cohortTotal() {
        return cohortTotal;
    }

    int pndAssetTotal() {
        return pndAssetTotal;
    }
}
