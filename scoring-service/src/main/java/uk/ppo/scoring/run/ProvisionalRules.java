package uk.ppo.scoring.run;

import uk.ppo.common.rules.YouthAge;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How a score run reads one person on its date: their age, the strand they are on and the strands they await a
 * panel for, and whether their score is provisional because the data it was computed from is incomplete, and
 * why. Pure, no CDI.
 */
public final class ProvisionalRules {

    /** An ASSET assessment older than this, on the run's date, is out of date. */
    public static final int ASSET_VALID_MONTHS = 6;

    /** Why a score is provisional, in the order they are listed; the names are stored with the score. */
    public enum Incomplete {
        /** No date of birth: the person's age, and so their strand eligibility, is unknown. */
        NO_DATE_OF_BIRTH,
        /** A young person (10-17) without an ASSET assessment: P&D ranks by ASSET. */
        NO_ASSET_ASSESSMENT,
        /** A young person whose newest ASSET assessment is more than six months old on the run's date. */
        ASSET_OLDER_THAN_6_MONTHS,
        /** A nominee (not a current member) with nothing in the matrix but the impact line and no intelligence. */
        NO_OFFENDING_RECORDED
    }

    /**
     * What the run knows of a person. {@code strand} and {@code pendingStrands} are offender-service's names;
     * {@code assetAssessedOn} is null without an ASSET assessment; {@code matrixLines} counts the lines of their
     * matrix score (the impact line is always there).
     */
    public record Facts(LocalDate asOf, LocalDate dateOfBirth, boolean currentMember, String strand, List<String> pendingStrands,
                        LocalDate assetAssessedOn, int matrixLines, boolean intelligenceRecorded) {
    }

    /** The reading: age -1 when unknown; {@code strand} null unless a current member on one. */
    public record Reading(int age, ProposalRules.Strand strand, Set<ProposalRules.Strand> pendingStrands, List<Incomplete> incomplete) {

        public boolean provisional() {
            return !incomplete.isEmpty();
        }

        /** The reasons as stored with the score: comma separated, empty when the score is not provisional. */
        public String reasons() {
            return incomplete.stream().map(Incomplete::name).collect(Collectors.joining(","));
        }
    }

    private ProvisionalRules() {
    }

    public static Reading read(Facts f) {
        int age = f.dateOfBirth() == null ? -1 : Period.between(f.dateOfBirth(), f.asOf()).getYears();
        ProposalRules.Strand strand = f.currentMember() && f.strand() != null ? ProposalRules.Strand.valueOf(f.strand()) : null;
        Set<ProposalRules.Strand> pending = EnumSet.noneOf(ProposalRules.Strand.class);
        if (f.pendingStrands() != null) {
            f.pendingStrands().forEach(s -> pending.add(ProposalRules.Strand.valueOf(s)));
        }
        List<Incomplete> incomplete = new ArrayList<>();
        if (age < 0) {
            incomplete.add(Incomplete.NO_DATE_OF_BIRTH);
        }
        boolean youth = YouthAge.includes(age);
        if (youth && f.assetAssessedOn() == null) {
            incomplete.add(Incomplete.NO_ASSET_ASSESSMENT);
        } else if (youth && f.assetAssessedOn().isBefore(f.asOf().minusMonths(ASSET_VALID_MONTHS))) {
            incomplete.add(Incomplete.ASSET_OLDER_THAN_6_MONTHS);
        }
        if (!f.currentMember() && f.matrixLines() == 1 && !f.intelligenceRecorded()) {
            incomplete.add(Incomplete.NO_OFFENDING_RECORDED);
        }
        return new Reading(age, strand, pending, List.copyOf(incomplete));
    }
}
