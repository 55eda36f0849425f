package uk.ppo.offender.webhook;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Where a webhook may point (against server-side request forgery): an absolute https URL with a host and no user
 * information or fragment, whose host resolves only to public addresses. A host the deployment names in
 * {@code ppo.webhooks.insecure-hosts} may be reached over http and at a loopback or private address (the local suite
 * and the system tests: localhost). Reserved names ({@code .example}, {@code .invalid}, {@code .test},
 * {@code .localhost}, {@code .local}, {@code .internal}) are refused without a look-up. Checked when subscribing and
 * again before every attempt (an address can change).
 */
final class WebhookTarget {

    private static final Set<String> RESERVED_SUFFIXES = Set.of(".example", ".invalid", ".test", ".localhost", ".local", ".internal");

    /** Resolves a host name to its addresses (the JDK's resolver; a table in tests). */
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private WebhookTarget() {
    }

    /** Why this URL may not be a webhook; empty when it may. */
    static Optional<String> refusal(String url, Set<String> insecureHosts, Resolver resolver) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Optional.of("must be an absolute URL");
        }
        if (!uri.isAbsolute() || uri.isOpaque() || uri.getHost() == null || uri.getHost().isEmpty()) {
            return Optional.of("must be an absolute URL with a host");
        }
        if (uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            return Optional.of("must not carry user information or a fragment");
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        boolean insecureAllowed = insecureHosts.contains(host);
        if (!scheme.equals("https") && !(scheme.equals("http") && insecureAllowed)) {
            return Optional.of("must be https");
        }
        if (insecureAllowed) {
            return Optional.empty();
        }
        String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        if (bare.equals("localhost") || RESERVED_SUFFIXES.stream().anyMatch(bare::endsWith)) {
            return Optional.of("must name a public host");
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(bare);
        } catch (UnknownHostException e) {
            return Optional.of("names a host that does not resolve");
        }
        for (InetAddress address : addresses) {
            if (!isPublic(address)) {
                return Optional.of("must resolve to public addresses only");
            }
        }
        return addresses.length == 0 ? Optional.of("names a host that does not resolve") : Optional.empty();
    }

    /** Not loopback, private, link-local, unique-local, shared (CGNAT), multicast, unspecified or documentation space. */
    static boolean isPublic(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first != 0 && !(first == 100 && second >= 64 && second < 128) && !(first == 192 && second == 0)
                    && !(first == 198 && (second == 18 || second == 19)) && first < 224;
        }
        if (address instanceof Inet6Address) {
            int first = b[0] & 0xff;
            boolean mappedV4 = b[10] == (byte) 0xff && b[11] == (byte) 0xff && java.util.stream.IntStream.range(0, 10).allMatch(i -> b[i] == 0);
            if (mappedV4) {
                try {
                    return isPublic(InetAddress.getByAddress(java.util.Arrays.copyOfRange(b, 12, 16)));
                } catch (UnknownHostException e) {
                    return false;
                }
            }
            return (first & 0xfe) != 0xfc && !(first == 0x20 && (b[1] & 0xff) == 0x01 && (b[2] & 0xff) == 0x0d && (b[3] & 0xff) == 0xb8);
        }
        return false;
    }
}
