package uk.ppo.offender.scheme;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import uk.ppo.common.security.Entitlements;

import java.util.UUID;

/**
 * Every path in offender-service to a scheme by id comes here: the scheme, if the caller's scope covers
 * it, else the 404 an unknown id gets (and an out-of-scope attempt is audited as refused).
 */
@ApplicationScoped
public class SchemeAccess {

    private final SchemeRepository schemes;
    private final Entitlements entitlements;

    SchemeAccess(SchemeRepository schemes, Entitlements entitlements) {
        this.schemes = schemes;
        this.entitlements = entitlements;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Scheme visible(UUID schemeId) {
        Scheme scheme = schemeId == null ? null : schemes.findById(schemeId);
        entitlements.requireScheme(schemeId, scheme == null ? null : scheme.code());
        return scheme;
    }

    /** As {@link #visible}, locked until the transaction ends. */
    @Transactional(Transactional.TxType.MANDATORY)
    Scheme visibleForUpdate(UUID schemeId) {
        Scheme scheme = schemes.findById(schemeId, LockModeType.PESSIMISTIC_WRITE);
        entitlements.requireScheme(schemeId, scheme == null ? null : scheme.code());
        return scheme;
    }
}
