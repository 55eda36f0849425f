package uk.ppo.gateway.ratelimit;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CallerKeyTest {

    @ParameterizedTest(name = "{0} via {1} as {2} -> {4} {5}")
    @CsvSource({
            // roles,            azp,              username,                          subject, class,   key
            "partner-system,     police-system,    service-account-police-system,     s1,      partner, client:police-system",
            "'',                 probation-system, service-account-probation-system,  s2,      partner, client:probation-system",
            "officer,            ppo-mobile,       oscar.officer,                     s3,      mobile,  user:s3",
            "coordinator,        ppo-cli,          cora.coordinator,                  s4,      user,    user:s4",
            "coordinator,        ppo-admin-console, cora.coordinator,                 s4,      user,    user:s4",
            "admin,              ,                 ada.admin,                         ,        user,    user:ada.admin"})
    void partnersAreLimitedPerClientAndPeoplePerUser(String roles, String azp, String username, String subject,
                                                     String limitClass, String key) {
        CallerKey caller = CallerKey.of(roles.isEmpty() ? Set.of() : Set.of(roles.split(";")), azp, subject, username, List.of("ppo-mobile"));
        assertEquals(limitClass, caller.limitClass());
        assertEquals(key, caller.key());
    }
}
