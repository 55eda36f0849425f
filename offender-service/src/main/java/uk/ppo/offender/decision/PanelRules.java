package uk.ppo.offender.decision;

import uk.ppo.common.rules.YouthAge;
import uk.ppo.offender.person.IomCategory;
import uk.ppo.offender.person.ListingBasis;
import uk.ppo.offender.person.PersonStatus;
import uk.ppo.offender.person.Strand;

/**
 * Which panel decisions are legal from which state, and what they lead to. Pure: no CDI, no database.
 * A missing field is {@link Invalid} (400); a decision that the person's state or age forbids is
 * {@link Illegal} (409).
 */
public final class PanelRules {

    private PanelRules() {
    }

    /** The person as the panel sees them, with their IOM membership; {@code listedFor} null when never recorded. */
    public record Current(PersonStatus status, Strand strand, ListingBasis listedFor, int ageOnDecision,
                          IomRules.Membership iom) {
        public Current(PersonStatus status, Strand strand, ListingBasis listedFor, int ageOnDecision) {
            this(status, strand, listedFor, ageOnDecision, IomRules.Membership.NONE);
        }
    }

    /**
     * What was asked: {@code listedFor} is required by SELECT, optional on MOVE (restating it), refused otherwise;
     * {@code iomCategory} only for IOM_ENTER and IOM_EXIT.
     */
    public record Request(DecisionType type, Strand strand, ReasonCode reason, ListingBasis listedFor,
                          IomCategory iomCategory) {
        public Request(DecisionType type, Strand strand, ReasonCode reason, ListingBasis listedFor) {
            this(type, strand, reason, listedFor, null);
        }
    }

    /**
     * The resulting state; {@code startsMembership} when the person joins the scheme afresh; {@code iomCategory}
     * the managed IOM cohort other than PPO (null when none) and {@code mappa} the MAPPA flag.
     */
    public record Outcome(PersonStatus status, Strand strand, ListingBasis listedFor, boolean startsMembership,
                          IomCategory iomCategory, boolean mappa) {
    }

    public static final class Invalid extends RuntimeException {
        private final String field;

        Invalid(String field, String message) {
            super(message);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }

    public static final class Illegal extends RuntimeException {
        Illegal(String message) {
            super(message);
        }
    }

    public static Outcome decide(Current current, Request request) {
        if (request.type().isPpo() && request.iomCategory() != null) {
            throw new Invalid("iomCategory", "is only for IOM_ENTER and IOM_EXIT; leave it out");
        }
        return switch (request.type()) {
            case SELECT -> select(current, request);
            case MOVE -> move(current, request);
            case AMBER -> amber(current, request);
            case DESELECT -> deselect(current, request);
            case REMOVE -> remove(current, request);
            case RETURN_FROM_AMBER -> returnFromAmber(current, request);
            case IOM_ENTER, IOM_EXIT -> {
                noStrand(request);
                yield IomRules.decide(current, request);
            }
        };
    }

    /** A PPO decision's outcome: the IOM membership carries over unchanged. */
    private static Outcome ppo(Current current, PersonStatus status, Strand strand, ListingBasis listedFor,
                               boolean startsMembership) {
        return new Outcome(status, strand, listedFor, startsMembership, current.iom().category(), current.iom().mappa());
    }

    private static Outcome select(Current current, Request request) {
        Strand strand = requireStrand(request);
        noReason(request);
        if (request.listedFor() == null) {
            throw new Invalid("listedFor", "is required for SELECT: PROLIFIC (the volume of offending) or PRIORITY"
                    + " (its seriousness and impact on the community)");
        }
        if (current.status().isCurrentPpo()) {
            throw new Illegal("The person is already on the scheme (" + current.status() + ", " + current.strand()
                    + "); a change of strand is a MOVE");
        }
        requireAge(strand, current.ageOnDecision());
        // selection moves a member of another IOM cohort into the PPO cohort: one managed cohort at a time
        return new Outcome(PersonStatus.ACTIVE, strand, request.listedFor(), true, null, current.iom().mappa());
    }

    private static Outcome move(Current current, Request request) {
        Strand strand = requireStrand(request);
        if (strand == Strand.REHABILITATE_RESETTLE) {
            // one of the five reasons of 003 5.3
            ReasonCode reason = requireReason(request);
            if (reason.use() != ReasonCode.Use.MOVE_TO_REHABILITATE_RESETTLE) {
                throw new Invalid("reasonCode", "must be a reason to move to Rehabilitate and Resettle: one of "
                        + reasons(ReasonCode.Use.MOVE_TO_REHABILITATE_RESETTLE));
            }
        } else {
            noReason(request);
        }
        requireOnScheme(current, "moved");
        if (request.reason() != null) {
            requireReasonFits(request.reason(), current.strand());
        }
        if (strand == current.strand()) {
            throw new Illegal("The person is already on " + strand);
        }
        requireAge(strand, current.ageOnDecision());
        return ppo(current, PersonStatus.ACTIVE, strand,
                request.listedFor() != null ? request.listedFor() : current.listedFor(), false);
    }

    private static Outcome amber(Current current, Request request) {
        noStrand(request);
        noListedFor(request);
        if (request.reason() != null && request.reason() != ReasonCode.CUSTODY_OVER_2_YEARS) {
            throw new Illegal("The amber list is for a custodial sentence over 2 years (CUSTODY_OVER_2_YEARS)");
        }
        if (current.status() != PersonStatus.ACTIVE) {
            throw new Illegal("Only an active PPO can be placed on the amber list (the person is " + current.status() + ")");
        }
        return ppo(current, PersonStatus.AMBER, current.strand(), current.listedFor(), false);
    }

    /** Off the amber list and back on the active list, on the same strand (another strand is a MOVE). */
    private static Outcome returnFromAmber(Current current, Request request) {
        noStrand(request);
        noReason(request);
        noListedFor(request);
        if (current.status() != PersonStatus.AMBER) {
            throw new Illegal("Only an amber PPO can return from the amber list (the person is " + current.status() + ")");
        }
        requireAge(current.strand(), current.ageOnDecision());
        return ppo(current, PersonStatus.ACTIVE, current.strand(), current.listedFor(), false);
    }

    private static Outcome deselect(Current current, Request request) {
        noStrand(request);
        noListedFor(request);
        ReasonCode reason = requireReason(request);
        requireOnScheme(current, "deselected");
        requireReasonFits(reason, current.strand());
        if (reason == ReasonCode.CUSTODY_OVER_2_YEARS) {
            throw new Illegal("A custodial sentence over 2 years puts the person on the amber list: decide AMBER");
        }
        if (reason == ReasonCode.CUSTODY_OVER_10_YEARS) {
            throw new Illegal("A custodial sentence over 10 years removes the person in full: decide REMOVE");
        }
        return ppo(current, PersonStatus.DESELECTED, null, null, false);
    }

    private static Outcome remove(Current current, Request request) {
        noStrand(request);
        noListedFor(request);
        ReasonCode reason = requireReason(request);
        if (current.status() == PersonStatus.REMOVED || current.status() == PersonStatus.CANDIDATE) {
            throw new Illegal("The person is " + current.status() + " and cannot be removed");
        }
        if (current.strand() != null) {
            requireReasonFits(reason, current.strand());
        }
        return ppo(current, PersonStatus.REMOVED, null, null, false);
    }

    static Strand requireStrand(Request request) {
        if (request.strand() == null) {
            throw new Invalid("strand", "is required for " + request.type());
        }
        return request.strand();
    }

    static void noStrand(Request request) {
        if (request.strand() != null) {
            throw new Invalid("strand", "is not used by " + request.type() + "; leave it out");
        }
    }

    static void noListedFor(Request request) {
        if (request.listedFor() != null) {
            throw new Invalid("listedFor", "is given on SELECT (or restated on MOVE), not on " + request.type() + "; leave it out");
        }
    }

    private static ReasonCode requireReason(Request request) {
        if (request.reason() == null) {
            throw new Invalid("reasonCode", "is required for " + request.type());
        }
        if (request.type() != DecisionType.MOVE && request.reason().use() != ReasonCode.Use.LEAVING) {
            throw new Invalid("reasonCode", request.reason() + " is a reason to move to Rehabilitate and Resettle; "
                    + request.type() + " takes one of " + reasons(ReasonCode.Use.LEAVING));
        }
        return request.reason();
    }

    static String reasons(ReasonCode.Use use) {
        return java.util.Arrays.stream(ReasonCode.values()).filter(r -> r.use() == use).map(Enum::name)
                .collect(java.util.stream.Collectors.joining(", "));
    }

    static void noReason(Request request) {
        if (request.reason() != null) {
            throw new Invalid("reasonCode", "is not used by " + request.type() + "; leave it out");
        }
    }

    private static void requireOnScheme(Current current, String verb) {
        if (!current.status().isCurrentPpo()) {
            throw new Illegal("The person is not on the scheme (" + current.status() + ") and cannot be " + verb);
        }
    }

    private static void requireAge(Strand strand, int age) {
        if (!strand.admitsAge(age)) {
            throw new Illegal(strand + (strand.youth() ? " is for young people aged " + YouthAge.MIN + " to " + YouthAge.MAX : " is for adults")
                    + "; the person is " + age + " on the decision date");
        }
    }

    private static void requireReasonFits(ReasonCode reason, Strand strand) {
        if (!reason.appliesTo(strand)) {
            throw new Illegal(reason + " does not apply to someone on " + strand);
        }
    }
}
