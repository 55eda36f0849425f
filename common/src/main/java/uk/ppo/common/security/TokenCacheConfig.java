package uk.ppo.common.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Min;

import java.time.Duration;

/** {@code ppo.security.token-cache.*}: how many bearer tokens {@link VerifiedTokens} holds once verified, and for how long at most. */
@ConfigMapping(prefix = "ppo.security.token-cache")
public interface TokenCacheConfig {

    /** Hold verified tokens at all (off: OIDC verifies every request's token). */
    @WithDefault("true")
    boolean enabled();

    /** Tokens held at most. */
    @WithDefault("2000")
    @Min(1)
    long maxSize();

    /** No token is held longer, however late it expires (a key Keycloak withdraws stops counting within this time). */
    @WithDefault("PT5M")
    Duration maxAge();
}
