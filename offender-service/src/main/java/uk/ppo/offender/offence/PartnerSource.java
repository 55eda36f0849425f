package uk.ppo.offender.offence;

import uk.ppo.common.problem.ProblemException;
import uk.ppo.common.problem.ProblemType;
import uk.ppo.common.security.Caller;

import java.util.Locale;

/**
 * Partners own their records. A pushed offence or event is recorded under the system the token was
 * issued to (its client) and the agency the token names, never what the body says: a body naming
 * another system or agency is refused (409) and changes nothing, so one partner cannot overwrite
 * another's record by sending the same source id.
 */
public final class PartnerSource {

    private PartnerSource() {
    }

    /** The caller's own system; {@code named} (from the body, may be null) must be it. */
    public static String system(Caller caller, String named) {
        String client = caller.clientId();
        if (client == null) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Your token names no client; records are pushed by a partner system's client");
        }
        if (named != null && !named.equals(client)) {
            throw ProblemException.conflict("sourceSystem", "names another system's records; your token pushes as " + client);
        }
        return client;
    }

    /** The caller's own agency, upper case; {@code named} (from the body, may be null) must be it. */
    public static String agency(Caller caller, String named) {
        String agency = caller.agency() == null || caller.agency().isBlank() ? null : caller.agency().strip().toUpperCase(Locale.ROOT);
        if (agency == null) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Your token names no agency; records are pushed as the caller's agency");
        }
        if (named != null && !named.strip().equalsIgnoreCase(agency)) {
            throw ProblemException.conflict("sourceAgency", "names another agency; your token pushes as " + agency);
        }
        return agency;
    }

    /** For one record of a bulk push by {@code system} as {@code agency}: why the names it gives are refused, or null. */
    static String refusal(String system, String agency, String namedSystem, String namedAgency) {
        if (namedSystem != null && !namedSystem.equals(system)) {
            return "sourceSystem: names another system's records; your token pushes as " + system;
        }
        if (namedAgency != null && !namedAgency.strip().equalsIgnoreCase(agency)) {
            return "sourceAgency: names another agency; your token pushes as " + agency;
        }
        return null;
    }
}
