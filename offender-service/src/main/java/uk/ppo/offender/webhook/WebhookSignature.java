package uk.ppo.offender.webhook;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Optional;

/**
 * Standard Webhooks signing (https://www.standardwebhooks.com, "Verifying webhook signatures"): the secret is
 * {@code whsec_} + base64 of the key; the signature is {@code v1,} + base64 of HMAC-SHA256, with the key's decoded
 * bytes, over {@code webhook-id + "." + webhook-timestamp + "." + body}. A pure rule: no CDI, no clock.
 */
final class WebhookSignature {

    static final String SECRET_PREFIX = "whsec_";
    static final int MIN_KEY_BYTES = 24;
    static final int MAX_KEY_BYTES = 64;

    private WebhookSignature() {
    }

    /** The key a Standard Webhooks secret holds: {@code whsec_} + base64 of 24 to 64 bytes; empty for anything else. */
    static Optional<byte[]> key(String secret) {
        if (secret == null || !secret.startsWith(SECRET_PREFIX)) {
            return Optional.empty();
        }
        String encoded = secret.substring(SECRET_PREFIX.length());
        if (!encoded.matches("[A-Za-z0-9+/]+={0,2}") || encoded.length() % 4 != 0) {
            return Optional.empty();
        }
        byte[] key = Base64.getDecoder().decode(encoded);
        return key.length >= MIN_KEY_BYTES && key.length <= MAX_KEY_BYTES ? Optional.of(key) : Optional.empty();
    }

    /** The {@code webhook-signature} header's value for one message. */
    static String sign(byte[] key, String id, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] digest = mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
