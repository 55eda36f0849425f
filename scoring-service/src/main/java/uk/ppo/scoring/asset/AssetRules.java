package uk.ppo.scoring.asset;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** ASSET (Youth Justice Board) rules. Pure. */
public final class AssetRules {

    public static final int MAX_SCORE = 64;
    /** P&D eligibility: a score greater than this, or a RoSH finding. */
    public static final int PND_THRESHOLD = 21;

    @Schema(name = "AssetBand", description = "ASSET score band: LOW 0-14, MEDIUM 15-32, HIGH 33-64")
    public enum Band { LOW, MEDIUM, HIGH }

    private AssetRules() {
    }

    public static boolean eligibleForPreventAndDeter(int score, boolean rosh) {
        return score > PND_THRESHOLD || rosh;
    }

    /** The scaled approach bands: 0-14 low, 15-32 medium, 33-64 high. */
    public static Band band(int score) {
        if (score < 0 || score > MAX_SCORE) {
            throw new IllegalArgumentException("ASSET scores run 0 to 64, not " + score);
        }
        return score <= 14 ? Band.LOW : score <= 32 ? Band.MEDIUM : Band.HIGH;
    }
}
