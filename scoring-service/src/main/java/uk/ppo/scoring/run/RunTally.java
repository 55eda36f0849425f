package uk.ppo.scoring.run;

import uk.ppo.scoring.asset.AssetAssessment;
import uk.ppo.scoring.engine.ScoreResult;
import uk.ppo.scoring.offender.OffenderInputs;
import uk.ppo.scoring.score.ScoreJson;
import uk.ppo.scoring.score.ScoringInputs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What a run keeps of everyone scored until it completes: a small candidate each for the proposal, and the
 * cohort totals (matrix scores of current C&C and R&R members, ASSET scores of current P&D members). A run's id
 * ranges are scored side by side, so each method holds the tally's lock.
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
    synchronized RunStore.Scored add(OffenderInputs.Person p, ScoreResult r, AssetAssessment asset) {
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

    /** Everyone scored, in id order as offender-service orders them (whichever range was scored first). */
    synchronized List<ProposalRules.Candidate> candidates() {
        List<ProposalRules.Candidate> inIdOrder = new ArrayList<>(candidates);
        inIdOrder.sort(Comparator.comparing(ProposalRules.Candidate::personId, FeedRange.ID_ORDER));
        return inIdOrder;
    }

    synchronized int scored() {
        return scored;
    }

    synchronized int cohortTotal() {
        return cohortTotal;
    }

    synchronized int pndAssetTotal() {
        return pndAssetTotal;
    }
}
