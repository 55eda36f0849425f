package uk.ppo.offender.webhook;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The webhook rules: Standard Webhooks signing and secrets, the retry schedule, and where a webhook may point. */
class WebhookRulesTest {

    @Test
    void signsTheStandardWebhooksPublishedTestVector() {
        // the specification's test vector (standard-webhooks/standard-webhooks, "Verifying webhook signatures")
        byte[] key = WebhookSignature.key("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw").orElseThrow();
        assertEquals("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=",
                WebhookSignature.sign(key, "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, "{\"test\": 2432232314}"));
    }

    @Test
    void aDifferentIdTimestampOrBodyChangesTheSignature() {
        byte[] key = WebhookSignature.key("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw").orElseThrow();
        String signed = WebhookSignature.sign(key, "a", 1, "{}");
        assertTrue(!signed.equals(WebhookSignature.sign(key, "b", 1, "{}")) && !signed.equals(WebhookSignature.sign(key, "a", 2, "{}"))
                && !signed.equals(WebhookSignature.sign(key, "a", 1, "{ }")));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw, 24",
            // 64 bytes, the most
            "whsec_AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8gISIjJCUmJygpKissLS4vMDEyMzQ1Njc4OTo7PD0+Pw==, 64",
            // 23 bytes: too short to be a key
            "whsec_AAECAwQFBgcICQoLDA0ODxAREhMUFRY=, 0",
            // 65 bytes: too long
            "whsec_AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8gISIjJCUmJygpKissLS4vMDEyMzQ1Njc4OTo7PD0+P0A=, 0",
            "MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw, 0",
            "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaS, 0",
            "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaS!, 0",
            "whsec_, 0",
            "'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw ', 0",
            "WHSEC_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw, 0"})
    void aSecretIsWhsecAndTheBase64Of24To64Bytes(String secret, int bytes) {
        Optional<byte[]> key = WebhookSignature.key(secret);
        assertEquals(bytes, key.map(k -> k.length).orElse(0));
        key.ifPresent(k -> assertArrayEquals(Base64.getDecoder().decode(secret.substring(6)), k));
    }

    /** Production's schedule: 5 s, doubling, at most 1 h apart, the last try 24 h after the first attempt. */
    static final Backoff PRODUCTION = new Backoff(Duration.ofSeconds(5), 2, Duration.ofHours(1), Duration.ofHours(24));

    @ParameterizedTest(name = "after attempt {0}: wait {1}")
    @CsvSource({"1, PT5S", "2, PT10S", "3, PT20S", "4, PT40S", "5, PT1M20S", "6, PT2M40S", "7, PT5M20S", "8, PT10M40S",
            "9, PT21M20S", "10, PT42M40S", "11, PT1H", "12, PT1H", "40, PT1H", "1000, PT1H"})
    void waitsDoubleFromFiveSecondsToAnHour(int attempt, String wait) {
        assertEquals(Duration.parse(wait), PRODUCTION.delayAfter(attempt));
    }

    @Test
    void givesUpTwentyFourHoursAfterTheFirstAttemptWithALastTryThen() {
        Instant first = Instant.parse("2026-12-07T09:00:00Z");
        assertEquals(Optional.of(first.plusSeconds(5)), PRODUCTION.next(first, first, 1));
        Instant late = first.plus(Duration.ofHours(23).plusMinutes(30));
        assertEquals(Optional.of(first.plus(Duration.ofHours(24))), PRODUCTION.next(first, late, 30), "the last try at the 24 h mark");
        assertEquals(Optional.empty(), PRODUCTION.next(first, first.plus(Duration.ofHours(24)), 31), "dead-lettered");
        assertEquals(Optional.empty(), PRODUCTION.next(first, first.plus(Duration.ofHours(25)), 31));
        // the whole schedule: how many attempts 24 hours of retries make
        Instant at = first;
        int attempts = 1;
        for (Optional<Instant> next = PRODUCTION.next(first, at, attempts); next.isPresent(); next = PRODUCTION.next(first, at, ++attempts)) {
            at = next.get();
        }
        assertEquals(first.plus(Duration.ofHours(24)), at);
        // waits of 5 s doubling to 42 min 40 s (attempt 11 at 1 h 25 min 15 s), then hourly (attempt 33 at 23 h 25 min 15 s),
        // then the last try at 24 h: 34 attempts
        assertEquals(34, attempts);
    }

    @Test
    void aScheduleMustMakeSense() {
        assertThrows(IllegalArgumentException.class, () -> new Backoff(Duration.ZERO, 2, Duration.ofHours(1), Duration.ofHours(24)));
        assertThrows(IllegalArgumentException.class, () -> new Backoff(Duration.ofSeconds(5), 0.5, Duration.ofHours(1), Duration.ofHours(24)));
        assertThrows(IllegalArgumentException.class, () -> new Backoff(Duration.ofSeconds(5), 2, Duration.ofSeconds(1), Duration.ofHours(24)));
    }

    static final Map<String, String> DNS = Map.of(
            "partner.police.uk", "51.140.12.7", "internal.police.uk", "10.0.4.2", "metadata.cloud.uk", "169.254.169.254",
            "loop.police.uk", "127.0.0.1", "cgnat.police.uk", "100.64.1.1", "v6.police.uk", "2a00:1450:4009:81f::200e",
            "ula.police.uk", "fd12:3456::1", "mapped.police.uk", "::ffff:10.0.0.1");

    static InetAddress[] resolve(String host) throws UnknownHostException {
        String address = DNS.get(host);
        if (address == null && !host.matches("[0-9.:a-f]+")) {
            throw new UnknownHostException(host);
        }
        return new InetAddress[]{InetAddress.getByName(address == null ? host : address)};
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "https://partner.police.uk/ppo/hooks?x=1 | ",
            "https://[2a00:1450:4009:81f::200e]/hooks | ",
            "https://v6.police.uk/hooks | ",
            "http://localhost:8099/hooks | ",
            "http://127.0.0.1:8099/hooks | ",
            "http://partner.police.uk/hooks | must be https",
            "ftp://partner.police.uk/hooks | must be https",
            "https://internal.police.uk/hooks | must resolve to public addresses only",
            "https://metadata.cloud.uk/latest | must resolve to public addresses only",
            "https://loop.police.uk/hooks | must resolve to public addresses only",
            "https://cgnat.police.uk/hooks | must resolve to public addresses only",
            "https://ula.police.uk/hooks | must resolve to public addresses only",
            "https://mapped.police.uk/hooks | must resolve to public addresses only",
            "https://10.1.2.3/hooks | must resolve to public addresses only",
            "https://192.168.0.1/hooks | must resolve to public addresses only",
            "https://0.0.0.0/hooks | must resolve to public addresses only",
            "https://[::1]/hooks | must resolve to public addresses only",
            "https://localhost/hooks | ",
            "https://partner.localhost/hooks | must name a public host",
            "https://localhost.police.uk.internal/hooks | must name a public host",
            "https://partner.example/hooks | must name a public host",
            "https://nowhere.police.uk/hooks | names a host that does not resolve",
            "https://user:pw@partner.police.uk/hooks | must not carry user information or a fragment",
            "https://partner.police.uk/hooks#x | must not carry user information or a fragment",
            "/hooks | must be an absolute URL with a host",
            "https:/// | must be an absolute URL with a host",
            "https://partner.police.uk/a b | must be an absolute URL",
            "javascript:alert(1) | must be an absolute URL with a host"})
    void aWebhookIsHttpsToAPublicAddressOrAnAllowedLocalHost(String url, String refusal) {
        assertEquals(Optional.ofNullable(refusal), WebhookTarget.refusal(url, Set.of("localhost", "127.0.0.1"), WebhookRulesTest::resolve));
    }
}
