package uk.ppo.common.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.BaseAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.quarkus.oidc.AccessTokenCredential;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Bearer tokens this JVM has already verified, so that a client calling again with the same token
 * is not decoded, parsed and RS256-checked again on every request (the mobile status lookup sends one
 * token hundreds of times). The cache has two doors:
 * <ul>
 *   <li>{@link HeldBearerTokens}, an {@link HttpAuthenticationMechanism} asked before Quarkus OIDC's,
 *       answers a request whose bearer token is held with the identity OIDC made for it, carrying this
 *       request's routing context; the identity still goes through the identity provider manager, so
 *       every augmentor runs as it would for OIDC's. Anything else it leaves to OIDC's mechanism (a
 *       {@code null} identity moves on to the next mechanism), which then reads the header as always;</li>
 *   <li>{@link NewlyVerified}, the first {@link SecurityIdentityAugmentor}, keeps each identity OIDC
 *       made from an access token, before any other augmentor changes it.</li>
 * </ul>
 * What stays true: only a token OIDC accepted is ever held; it is held under its exact text, so a
 * changed byte is a miss and OIDC checks it; it is never answered at or after its {@code exp} (as
 * OIDC, with no clock leeway); and no entry outlives {@code ppo.security.token-cache.max-age}, so a
 * key Keycloak withdraws stops counting within that time. Bearer tokens were never checked for
 * revocation here (no introspection), so the cache changes no answer, only its cost. Every JVM of the
 * suite has one OIDC tenant (realm {@code ppo}) reading the token from the {@code Authorization} header
 * with the {@code Bearer} scheme, as OIDC does by default; with several tenants, or another header,
 * the key would need them too.
 */
@Singleton
public class VerifiedTokens {

    /** OIDC's identity attribute with the token's expiry (epoch seconds). */
    static final String EXPIRE_TIME = "quarkus.identity.expire-time";
    private static final String ROUTING_CONTEXT = RoutingContext.class.getName();
    private static final String REQUEST_CONTEXT = AuthenticationRequestContext.class.getName();
    private static final String BEARER = "Bearer";

    private final boolean enabled;
    private final Cache<String, Entry> verified;
    private final Ticker ticker;

    /** An identity OIDC made, without the request it was made for, and when its token expires. */
    record Entry(SecurityIdentity identity, long expiresAtNanos) {
    }

    @Inject
    VerifiedTokens(TokenCacheConfig config) {
        this(config.enabled(), config.maxSize(), config.maxAge(), Ticker.systemTicker());
    }

    VerifiedTokens(boolean enabled, long maxSize, Duration maxAge, Ticker ticker) {
        this.enabled = enabled;
        this.ticker = ticker;
        long maxAgeNanos = maxAge.toNanos();
        this.verified = Caffeine.newBuilder()
                .maximumSize(maxSize)
                .ticker(ticker)
                .executor(Runnable::run)
                .expireAfter(new Expiry<String, Entry>() {
                    @Override
                    public long expireAfterCreate(String token, Entry entry, long now) {
                        return Math.max(0, Math.min(entry.expiresAtNanos() - now, maxAgeNanos));
                    }

                    @Override
                    public long expireAfterUpdate(String token, Entry entry, long now, long remaining) {
                        return remaining;
                    }

                    @Override
                    public long expireAfterRead(String token, Entry entry, long now, long remaining) {
                        return remaining;
                    }
                })
                .build();
    }

    /** The identity held for this token, without any request; {@code null} when OIDC must check it. */
    SecurityIdentity lookup(String token) {
        Entry entry = verified.getIfPresent(token);
        if (entry == null || ticker.read() - entry.expiresAtNanos() >= 0) {
            return null;
        }
        return entry.identity();
    }

    /**
     * The token of an {@code Authorization: Bearer <token>} header as OIDC reads it (scheme in any
     * case, everything after the first space); {@code null} for no header or another scheme.
     */
    static String bearerToken(String authorization) {
        if (authorization == null) {
            return null;
        }
        int space = authorization.indexOf(' ');
        return space == BEARER.length() && authorization.regionMatches(true, 0, BEARER, 0, space)
                ? authorization.substring(space + 1) : null;
    }

    void remember(SecurityIdentity identity) {
        AccessTokenCredential credential = identity.getCredential(AccessTokenCredential.class);
        if (identity.isAnonymous() || credential == null || credential.getToken() == null) {
            return;
        }
        String token = credential.getToken();
        Optional<Long> expiresAt = expiry(identity);
        if (expiresAt.isEmpty() || verified.getIfPresent(token) != null) {
            return;
        }
        long millisLeft = expiresAt.get() * 1000 - System.currentTimeMillis();
        if (millisLeft <= 0) {
            return;
        }
        // the request it was made for is not kept alive by the cache
        SecurityIdentity held = QuarkusSecurityIdentity.builder(identity)
                .addAttribute(ROUTING_CONTEXT, null).addAttribute(REQUEST_CONTEXT, null).build();
        verified.put(token, new Entry(held, ticker.read() + TimeUnit.MILLISECONDS.toNanos(millisLeft)));
    }

    private static Optional<Long> expiry(SecurityIdentity identity) {
        if (identity.getAttribute(EXPIRE_TIME) instanceof Long seconds) {
            return Optional.of(seconds);
        }
        if (identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getExpirationTime() > 0) {
            return Optional.of(jwt.getExpirationTime());
        }
        return Optional.empty();
    }

    long size() {
        verified.cleanUp();
        return verified.estimatedSize();
    }

    /**
     * Answers a request whose bearer token is held, before Quarkus OIDC's mechanism (priority 1001, the
     * default; mechanisms are asked highest first) decodes the token's payload to JSON only to tell a
     * JWT from an opaque token.
     */
    @Singleton
    static class HeldBearerTokens implements HttpAuthenticationMechanism {

        private final VerifiedTokens tokens;

        HeldBearerTokens(VerifiedTokens tokens) {
            this.tokens = tokens;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(RoutingContext request, IdentityProviderManager identities) {
            if (!tokens.enabled) {
                return Uni.createFrom().nullItem();
            }
            String token = bearerToken(request.request().getHeader(HttpHeaders.AUTHORIZATION));
            SecurityIdentity held = token == null ? null : tokens.lookup(token);
            if (held == null) {
                return Uni.createFrom().nullItem();
            }
            return identities.authenticate(HttpSecurityUtils.setRoutingContextAttribute(new HeldTokenRequest(held), request));
        }

        /** Never challenges: a request it does not answer is OIDC's, and so is its 401. */
        @Override
        public Uni<ChallengeData> getChallenge(RoutingContext request) {
            return Uni.createFrom().nullItem();
        }

        @Override
        public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
            return Set.of(HeldTokenRequest.class);
        }

        @Override
        public int getPriority() {
            return 10_000;
        }
    }

    /** A request whose token is held: the identity OIDC made for it, without any request. */
    static final class HeldTokenRequest extends BaseAuthenticationRequest {

        private final SecurityIdentity held;

        HeldTokenRequest(SecurityIdentity held) {
            this.held = held;
        }
    }

    /** Gives the held identity this request's routing and authentication contexts, as OIDC's provider does. */
    @Singleton
    static class HeldTokens implements IdentityProvider<HeldTokenRequest> {

        @Override
        public Class<HeldTokenRequest> getRequestType() {
            return HeldTokenRequest.class;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(HeldTokenRequest request, AuthenticationRequestContext context) {
            QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder(request.held);
            RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
            if (routing != null) {
                identity.addAttribute(ROUTING_CONTEXT, routing);
            }
            return Uni.createFrom().item(identity.addAttribute(REQUEST_CONTEXT, context).build());
        }
    }

    /** Holds what OIDC verified; first of all augmentors, so the identity held is OIDC's own. */
    @Singleton
    static class NewlyVerified implements SecurityIdentityAugmentor {

        private final VerifiedTokens tokens;

        NewlyVerified(VerifiedTokens tokens) {
            this.tokens = tokens;
        }

        @Override
        public int priority() {
            return Integer.MAX_VALUE;
        }

        @Override
        public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
            if (tokens.enabled) {
                tokens.remember(identity);
            }
            return Uni.createFrom().item(identity);
        }
    }
}
