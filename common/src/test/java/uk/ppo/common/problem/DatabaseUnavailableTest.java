package uk.ppo.common.problem;

import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which failures are "the database is unreachable" (503) rather than a bug (500) or a conflict (409). */
class DatabaseUnavailableTest {

    @Test
    void connectionRefusedOrBrokenAnywhereInTheChainIsUnavailable() {
        SQLException refused = new SQLException("Connection to localhost:5433 refused", "08001");
        assertTrue(ProblemMappers.isDatabaseUnavailable(refused));
        assertTrue(ProblemMappers.isDatabaseUnavailable(new IllegalStateException("wrapped",
                new SQLException("Exception while creating new connection", null, refused))));
        assertTrue(ProblemMappers.isDatabaseUnavailable(new SQLException("An I/O error occurred", "08006")));
    }

    @Test
    void aServerShuttingDownIsUnavailable() {
        assertTrue(ProblemMappers.isDatabaseUnavailable(
                new RuntimeException(new SQLException("terminating connection due to administrator command", "57P01"))));
    }

    @Test
    void anUnreachableIdentityProviderIsRecognisedAndIsNotADatabaseFailure() {
        Throwable oidc = new io.quarkus.oidc.OIDCException("OIDC Server is not available");
        assertTrue(ProblemMappers.isIdentityProviderUnavailable(new RuntimeException(oidc)));
        assertFalse(ProblemMappers.isDatabaseUnavailable(oidc));
        assertFalse(ProblemMappers.isIdentityProviderUnavailable(new SQLException("refused", "08001")));
        assertFalse(ProblemMappers.isIdentityProviderUnavailable(null));
    }

    @Test
    void constraintViolationsAndOrdinaryBugsAreNot() {
        assertFalse(ProblemMappers.isDatabaseUnavailable(new SQLException("duplicate key", "23505")));
        assertFalse(ProblemMappers.isDatabaseUnavailable(new SQLException("no state")));
        assertFalse(ProblemMappers.isDatabaseUnavailable(new NullPointerException()));
    }
}
