package uk.ppo.gateway.ratelimit;

import java.util.Collection;

/**
 * Whose bucket a request draws from and which class of limits applies. Partner systems (role
 * {@code partner-system}, client-credentials tokens) are limited per client ({@code azp}); people
 * per user (token subject), whichever app they use. Pure.
 */
record CallerKey(String limitClass, String key) {

    static final String PARTNER = "partner";
    static final String MOBILE = "mobile";
    static final String USER = "user";

    static CallerKey of(Collection<String> roles, String azp, String subject, String username, Collection<String> mobileClients) {
        boolean serviceAccount = username != null && username.startsWith("service-account-");
        if (roles.contains("partner-system") || serviceAccount) {
            return new CallerKey(PARTNER, "client:" + (azp != null ? azp : username));
        }
        String user = "user:" + (subject != null ? subject : username);
        if (azp != null && mobileClients.contains(azp)) {
            return new CallerKey(MOBILE, user);
        }
        return new CallerKey(USER, user);
    }
}
