package uk.ppo.offender.event;

import java.util.Optional;

/**
 * A custodial sentence over 2 years proposes the amber list; over 10 years, removal in full. The
 * panel decides; this only proposes. Pure.
 */
public final class CustodyRule {

    public enum Proposal { AMBER_LIST, REMOVE_IN_FULL }

    private CustodyRule() {
    }

    public static Optional<Proposal> proposalFor(int months) {
        if (months > 120) {
            return Optional.of(Proposal.REMOVE_IN_FULL);
        }
        if (months > 24) {
            return Optional.of(Proposal.AMBER_LIST);
        }
        return Optional.empty();
    }
}
