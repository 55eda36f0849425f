package uk.ppo.common.dataprotection;

import uk.ppo.common.problem.ProblemException;

import java.util.UUID;

/** The person id of a data-protection request's path. */
public final class PersonIds {

    private PersonIds() {
    }

    /**
     * The id, or a 400 problem naming {@code personId} when it is not a UUID in its canonical 36-character form (a
     * typed path parameter would answer 404, as for a path that does not exist).
     */
    public static UUID parse(String raw) {
        if (raw != null && raw.length() == 36) {
            try {
                return UUID.fromString(raw);
            } catch (IllegalArgumentException e) {
                // answered below
            }
        }
        throw ProblemException.invalid("personId", "must be a UUID");
    }
}
