package uk.ppo.offender.decision;

import uk.ppo.offender.person.Gender;
import uk.ppo.offender.person.IomCategory;

/**
 * Entry to and exit from the Integrated Offender Management cohorts beyond PPO (source 001 AR1-AR3, 004
 * section 7). Pure: no CDI, no database.
 * <ul>
 *   <li>A person is in at most one managed cohort: PPO (status ACTIVE or AMBER), SHORT_SENTENCE,
 *       WOMEN_SHORT_SENTENCE or DIP. A current PPO is already in IOM as a PPO; selection as a PPO ends
 *       another managed cohort (see {@link PanelRules}).</li>
 *   <li>SHORT_SENTENCE: an adult whose latest custodial sentence was under 12 months (no statutory
 *       supervision on release). WOMEN_SHORT_SENTENCE: the same, for women. DIP: an adult.</li>
 *   <li>MAPPA is a flag beside any cohort: MAPPA-managed people of any age, entered and left on its own.</li>
 *   <li>An exit gives one of {@link ReasonCode#IOM_EXIT}.</li>
 * </ul>
 */
public final class IomRules {

    /** Adults only in the IOM cohorts beyond PPO (P&D is the youth route). */
    public static final int ADULT_AGE = 18;

    private IomRules() {
    }

    /**
     * The person's IOM membership as the panel sees it: the managed cohort beyond PPO (null when none), the
     * MAPPA flag, gender and the months of their latest custodial sentence (null when none is recorded).
     */
    public record Membership(IomCategory category, boolean mappa, Gender gender, Integer latestCustodyMonths) {
        public static final Membership NONE = new Membership(null, false, null, null);
    }

    static PanelRules.Outcome decide(PanelRules.Current current, PanelRules.Request request) {
        PanelRules.noListedFor(request);
        IomCategory category = request.iomCategory();
        if (category == null) {
            throw new PanelRules.Invalid("iomCategory", "is required for " + request.type());
        }
        if (category == IomCategory.PPO) {
            throw new PanelRules.Invalid("iomCategory", "PPO is entered by SELECT and left by DESELECT or REMOVE");
        }
        return request.type() == DecisionType.IOM_ENTER ? enter(current, request, category) : exit(current, request, category);
    }

    private static PanelRules.Outcome enter(PanelRules.Current current, PanelRules.Request request, IomCategory category) {
        PanelRules.noReason(request);
        Membership iom = current.iom();
        if (category == IomCategory.MAPPA) {
            if (iom.mappa()) {
                throw new PanelRules.Illegal("The person is already MAPPA-managed");
            }
            return outcome(current, iom.category(), true);
        }
        if (current.status().isCurrentPpo()) {
            throw new PanelRules.Illegal("The person is a PPO (" + current.status() + ") and so already in IOM as a PPO");
        }
        if (iom.category() != null) {
            throw new PanelRules.Illegal("The person is in IOM as " + iom.category() + "; record IOM_EXIT first");
        }
        if (current.ageOnDecision() < ADULT_AGE) {
            throw new PanelRules.Illegal(category + " is for adults; the person is " + current.ageOnDecision()
                    + " on the decision date");
        }
        if (category == IomCategory.WOMEN_SHORT_SENTENCE && iom.gender() != Gender.FEMALE) {
            throw new PanelRules.Illegal("WOMEN_SHORT_SENTENCE is for women; use SHORT_SENTENCE");
        }
        if (category != IomCategory.DIP) {
            Integer months = iom.latestCustodyMonths();
            if (months == null) {
                throw new PanelRules.Illegal(category + " is for custody under " + IomCategory.SHORT_SENTENCE_UNDER_MONTHS
                        + " months; no custodial sentence is recorded for the person");
            }
            if (months >= IomCategory.SHORT_SENTENCE_UNDER_MONTHS) {
                throw new PanelRules.Illegal(category + " is for custody under " + IomCategory.SHORT_SENTENCE_UNDER_MONTHS
                        + " months; the latest sentence is " + months + " months, which carries statutory supervision");
            }
        }
        return outcome(current, category, iom.mappa());
    }

    private static PanelRules.Outcome exit(PanelRules.Current current, PanelRules.Request request, IomCategory category) {
        if (request.reason() == null) {
            throw new PanelRules.Invalid("reasonCode", "is required for IOM_EXIT");
        }
        if (!ReasonCode.IOM_EXIT.contains(request.reason())) {
            throw new PanelRules.Invalid("reasonCode", "IOM_EXIT takes one of " + ReasonCode.IOM_EXIT.stream()
                    .map(Enum::name).sorted().collect(java.util.stream.Collectors.joining(", ")));
        }
        Membership iom = current.iom();
        if (category == IomCategory.MAPPA) {
            if (!iom.mappa()) {
                throw new PanelRules.Illegal("The person is not MAPPA-managed");
            }
            return outcome(current, iom.category(), false);
        }
        if (iom.category() != category) {
            throw new PanelRules.Illegal("The person is not in IOM as " + category
                    + (iom.category() == null ? "" : " (they are " + iom.category() + ")"));
        }
        return outcome(current, null, iom.mappa());
    }

    /** The PPO status and strand do not change with an IOM decision. */
    private static PanelRules.Outcome outcome(PanelRules.Current current, IomCategory category, boolean mappa) {
        return new PanelRules.Outcome(current.status(), current.strand(), current.listedFor(), false, category, mappa);
    }
}
