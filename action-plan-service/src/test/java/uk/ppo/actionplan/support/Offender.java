package uk.ppo.actionplan.support;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import org.eclipse.microprofile.config.ConfigProvider;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.notFound;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.serviceUnavailable;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

/** What offender-service (the {@link OffenderServiceStub}) says about people and schemes, as tests set it. */
public final class Offender {

    private static WireMock stub;

    private Offender() {
    }

    private static synchronized WireMock stub() {
        if (stub == null) {
            stub = new WireMock("localhost", ConfigProvider.getConfig().getValue("ppo.test.offender-stub.port", Integer.class));
        }
        return stub;
    }

    /** A new person, now in the scheme with this code. */
    public static UUID personIn(String schemeCode) {
        UUID person = UUID.randomUUID();
        transfer(person, schemeCode);
        return person;
    }

    /** The person is in this scheme from now on (offender-service's answer changes at once). */
    public static void transfer(UUID person, String schemeCode) {
        stub().register(get(urlEqualTo(OffenderServiceStub.PEOPLE + "/" + person)).willReturn(okJson(
                "{\"personId\":\"" + person + "\",\"schemeId\":\"" + UUID.nameUUIDFromBytes(schemeCode.getBytes())
                        + "\",\"schemeCode\":\"" + schemeCode + "\"}")));
    }

    /** A person offender-service does not know (its 404 problem). */
    public static UUID unknownPerson() {
        UUID person = UUID.randomUUID();
        forget(person);
        return person;
    }

    /** offender-service no longer knows the person (erased): its 404 problem from now on. */
    public static void forget(UUID person) {
        stub().register(get(urlEqualTo(OffenderServiceStub.PEOPLE + "/" + person)).willReturn(notFound()
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"type\":\"urn:ppo:problem:not-found\",\"status\":404,\"detail\":\"No person " + person + "\"}")));
    }

    /** A new scheme of its own (a code no other test uses), known to offender-service. */
    public static String newScheme() {
        String code = "S" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36).toUpperCase();
        String id = UUID.nameUUIDFromBytes(code.getBytes()).toString();
        stub().register(get(urlEqualTo(OffenderServiceStub.SCHEMES + "/" + id))
                .willReturn(okJson("{\"schemeId\":\"" + id + "\",\"schemeCode\":\"" + code + "\"}")));
        return code;
    }

    /**
     * offender-service's agenda facts of the scheme with this code: {@code membersJson} (a JSON array of
     * AgendaMemberFacts), answered only when asked with this {@code lateSince}.
     */
    public static void agendaFacts(String schemeCode, String lateSince, String membersJson) {
        String id = UUID.nameUUIDFromBytes(schemeCode.getBytes()).toString();
        stub().register(get(WireMock.urlPathEqualTo("/api/v1/schemes/" + id + "/agenda-facts"))
                .withQueryParam("lateSince", WireMock.equalTo(lateSince))
                .willReturn(okJson("{\"schemeId\":\"" + id + "\",\"schemeCode\":\"" + schemeCode + "\",\"lateSince\":\""
                        + lateSince + "\",\"members\":" + membersJson + "}")));
    }

    /** Runs {@code work} while offender-service answers every call with 503; it is back afterwards. */
    public static void down(Runnable work) {
        StubMapping outage = stub().register(get(anyUrl()).atPriority(1).willReturn(serviceUnavailable()));
        try {
            work.run();
        } finally {
            stub().removeStubMapping(outage);
        }
    }
}
