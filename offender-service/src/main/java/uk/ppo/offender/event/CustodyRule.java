package uk.ppo.offender.event;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.ppo.offender.decision.ReasonCode;
import uk.ppo.offender.person.PersonStatus;
import uk.ppo.offender.person.Strand;

import java.util.Optional;

/**
 * What a custody event proposes to the panel (the panel decides; this only proposes). Pure.
 * <ul>
 *   <li>A custodial sentence over 2 years: the amber list, on every strand (003 6.1 and 6.2).</li>
 *   <li>Over 10 years: removal in full where a strand has that reason (C&amp;C and R&amp;R, 003 6.2, which
 *       {@link ReasonCode#CUSTODY_OVER_10_YEARS} encodes); P&amp;D has none (003 6.1), so the amber list.</li>
 *   <li>Someone not on the scheme (no strand): nothing.</li>
 *   <li>The release of an amber PPO: the panel takes them off the amber list (RETURN_FROM_AMBER, or MOVE,
 *       DESELECT or REMOVE).</li>
 * </ul>
 */
public final class CustodyRule {

    @Schema(name = "CustodyProposal", description = "What a custody event proposes to the panel (it decides)")
    public enum Proposal { AMBER_LIST, REMOVE_IN_FULL, LEAVE_AMBER_LIST }

    static final int AMBER_OVER_MONTHS = 24;
    static final int REMOVE_OVER_MONTHS = 120;

    private CustodyRule() {
    }

    public static Optional<Proposal> proposalFor(Strand strand, int months) {
        if (strand == null || months <= AMBER_OVER_MONTHS) {
            return Optional.empty();
        }
        if (months > REMOVE_OVER_MONTHS && ReasonCode.CUSTODY_OVER_10_YEARS.appliesTo(strand)) {
            return Optional.of(Proposal.REMOVE_IN_FULL);
        }
        return Optional.of(Proposal.AMBER_LIST);
    }

    public static Optional<Proposal> onRelease(PersonStatus status) {
        return status == PersonStatus.AMBER ? Optional.of(Proposal.LEAVE_AMBER_LIST) : Optional.empty();
    }
}
