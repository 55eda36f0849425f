package uk.ppo.scoring.run;

import uk.ppo.common.rules.YouthAge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The cohort size rules as a pure function: who a scheme's strands would hold after a score run.
 * P&D: young people (10-17) eligible by ASSET (score > 21 or RoSH), highest ASSET first, at most 20,
 * at least 12. C&C: adults not on R&R, highest matrix score first, {@code ccSize} places; C&C and R&R
 * together at least 20 (DOMAIN.md, source 003), so a scheme with 6 on R&R may ask for 14 C&C places. A
 * proposal below that is made, with a warning naming the shortfall.
 */
public final class ProposalRules {

    public static final int PND_MIN = 12;
    public static final int PND_MAX = 20;
    public static final int CC_RR_MIN = 20;

    public enum Strand { PREVENT_DETER, CATCH_CONVICT, REHABILITATE_RESETTLE }

    public enum Action {
        /** Proposed, not on the strand now: a nomination to submit. */
        JOIN,
        /** Proposed and already on the strand. */
        STAY,
        /** On the strand now but not proposed: for the panel's review. */
        LEAVE,
        /** Neither on the strand nor proposed. */
        NOT_SELECTED
    }

    /** One scored person. {@code assetScore} is null without an ASSET assessment. */
    public record Candidate(UUID personId, String pncId, int age, Strand currentStrand, Set<Strand> pendingStrands,
                            int matrixTotal, Integer assetScore, boolean assetEligible, boolean provisional) {
    }

    public record Entry(Strand strand, UUID personId, String pncId, int rank, int rankingScore, boolean currentMember,
                        boolean pendingNominee, Action action, boolean tieAtCutOff, boolean provisional) {
    }

    public record Proposal(List<Entry> entries, List<String> warnings) {
    }

    private ProposalRules() {
    }

    public static Proposal propose(List<Candidate> people, int ccSize) {
        if (ccSize < 1) {
            throw new IllegalArgumentException("C&C places must be at least 1");
        }
        List<Entry> entries = new ArrayList<>();
        List<String> warnings = new ArrayList<>();

        List<Candidate> youths = people.stream().filter(c -> YouthAge.includes(c.age())).toList();
        List<Candidate> pndPool = youths.stream().filter(Candidate::assetEligible)
                .sorted(Comparator.comparing((Candidate c) -> c.assetScore() == null ? -1 : c.assetScore()).reversed()
                        .thenComparing(Comparator.comparingInt(Candidate::matrixTotal).reversed())
                        .thenComparing(Candidate::personId))
                .toList();
        int pndPlaces = Math.min(PND_MAX, pndPool.size());
        Integer pndCut = pndPool.size() > PND_MAX && asset(pndPool.get(PND_MAX - 1)) == asset(pndPool.get(PND_MAX))
                ? asset(pndPool.get(PND_MAX)) : null;
        rank(entries, Strand.PREVENT_DETER, pndPool, pndPlaces, c -> asset(c), pndCut);
        List<Candidate> pndOthers = new ArrayList<>(youths.stream().filter(c -> !c.assetEligible()).toList());
        people.stream().filter(c -> c.currentStrand() == Strand.PREVENT_DETER && !YouthAge.includes(c.age())).forEach(pndOthers::add);
        unranked(entries, Strand.PREVENT_DETER, pndOthers, pndPool.size(), ProposalRules::asset);
        if (pndPlaces < PND_MIN) {
            warnings.add("P&D: " + pndPlaces + " eligible (ASSET over " + 21 + " or RoSH), below the minimum of " + PND_MIN);
        }
        long youthsWithoutAsset = youths.stream().filter(c -> c.assetScore() == null).count();
        if (youthsWithoutAsset > 0) {
            warnings.add("P&D: " + youthsWithoutAsset + " young people have no ASSET assessment");
        }

        List<Candidate> ccPool = people.stream()
                .filter(c -> YouthAge.adult(c.age()) && c.currentStrand() != Strand.REHABILITATE_RESETTLE)
                .sorted(Comparator.comparingInt(Candidate::matrixTotal).reversed().thenComparing(Candidate::personId))
                .toList();
        int ccPlaces = Math.min(ccSize, ccPool.size());
        Integer ccCut = ccPool.size() > ccSize && ccPool.get(ccSize - 1).matrixTotal() == ccPool.get(ccSize).matrixTotal()
                ? ccPool.get(ccSize).matrixTotal() : null;
        rank(entries, Strand.CATCH_CONVICT, ccPool, ccPlaces, Candidate::matrixTotal, ccCut);
        List<Candidate> ccOthers = people.stream().filter(c -> c.currentStrand() == Strand.CATCH_CONVICT && !YouthAge.adult(c.age())).toList();
        unranked(entries, Strand.CATCH_CONVICT, ccOthers, ccPool.size(), Candidate::matrixTotal);
        long rr = people.stream().filter(c -> c.currentStrand() == Strand.REHABILITATE_RESETTLE).count();
        if (ccPlaces + rr < CC_RR_MIN) {
            warnings.add("C&C and R&R: " + ccPlaces + " proposed for C&C and " + rr + " on R&R, below the minimum of " + CC_RR_MIN
                    + (ccSize + rr < CC_RR_MIN ? " (" + ccSize + " C&C places were asked for: with " + rr + " on R&R the scheme needs "
                    + (CC_RR_MIN - rr) + ")" : ""));
        }
        if (pndCut != null) {
            warnings.add("P&D: a tie at the cut-off on ASSET score " + pndCut + " (flagged)");
        }
        if (ccCut != null) {
            warnings.add("C&C: a tie at the cut-off on matrix score " + ccCut + " (flagged)");
        }
        return new Proposal(entries, warnings);
    }

    private static int asset(Candidate c) {
        return c.assetScore() == null ? 0 : c.assetScore();
    }

    private static void rank(List<Entry> out, Strand strand, List<Candidate> pool, int places,
                             java.util.function.ToIntFunction<Candidate> score, Integer tiedScore) {
        for (int i = 0; i < pool.size(); i++) {
            Candidate c = pool.get(i);
            boolean member = c.currentStrand() == strand;
            boolean proposed = i < places;
            Action action = proposed ? (member ? Action.STAY : Action.JOIN) : (member ? Action.LEAVE : Action.NOT_SELECTED);
            int s = score.applyAsInt(c);
            out.add(new Entry(strand, c.personId(), c.pncId(), i + 1, s, member, c.pendingStrands().contains(strand), action,
                    tiedScore != null && s == tiedScore, c.provisional()));
        }
    }

    private static void unranked(List<Entry> out, Strand strand, List<Candidate> others, int after,
                                 java.util.function.ToIntFunction<Candidate> score) {
        int rank = after;
        for (Candidate c : others) {
            boolean member = c.currentStrand() == strand;
            out.add(new Entry(strand, c.personId(), c.pncId(), ++rank, score.applyAsInt(c), member,
                    c.pendingStrands().contains(strand), member ? Action.LEAVE : Action.NOT_SELECTED, false, c.provisional()));
        }
    }
}
