package uk.ppo.actionplan.offender;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/**
 * Turns another service's answers into what the fault-tolerance policy needs to tell apart: offender-service's here,
 * and (by a subclass naming it) hotspot-service's for the indicators.
 */
public class OffenderErrors implements ResponseExceptionMapper<RuntimeException> {

    /** 5xx, 429, 408: worth retrying; counts towards opening the circuit. */
    public static class Unavailable extends RuntimeException {
        Unavailable(String message) {
            super(message);
        }
    }

    /** 4xx: retrying will not help; the circuit stays closed. */
    public static class Rejected extends RuntimeException {
        public final int status;

        Rejected(int status, String message) {
            super(message);
            this.status = status;
        }
    }

    /** The service whose answers these are, for the messages. */
    protected String service() {
        return "offender-service";
    }

    @Override
    public boolean handles(int status, MultivaluedMap<String, Object> headers) {
        return status >= 400;
    }

    @Override
    public RuntimeException toThrowable(Response response) {
        int status = response.getStatus();
        if (status >= 500 || status == 429 || status == 408) {
            return new Unavailable(service() + " answered " + status);
        }
        return new Rejected(status, service() + " refused the request (" + status + ")");
    }
}
