package uk.ppo.offender.event;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.ppo.common.problem.ProblemException;
import uk.ppo.common.security.Roles;
import uk.ppo.offender.decision.Agency;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

@Path("/api/v1/performance/service-standards")
@Tag(name = "NI 30 performance")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.ANALYST})
public class ServiceStandardResource {

    @Schema(name = "ServiceStandardCompliance", description = "Events an agency recorded in a month, and how many within 7 days of occurring")
    public record Compliance(Agency agency, @Schema(example = "2026-10") String month, long events, long withinStandard,
                             @Schema(example = "92.5") BigDecimal compliancePercent) {
    }

    private final EventService events;

    ServiceStandardResource(EventService events) {
        this.events = events;
    }

    @GET
    @Operation(operationId = "getServiceStandards", summary = "Compliance with the 7-day recording standard per agency and month (of recording)")
    @APIResponse(responseCode = "200", description = "One row per agency and month with events")
    @APIResponse(responseCode = "400", description = "from/to missing, not YYYY-MM, reversed, or over 36 months")
    public List<Compliance> compliance(@QueryParam("from") String from, @QueryParam("to") String to) {
        YearMonth start = month("from", from);
        YearMonth end = month("to", to);
        if (start.isAfter(end)) {
            throw ProblemException.invalid("from", "must not be after to");
        }
        if (start.plusMonths(36).isBefore(end)) {
            throw ProblemException.invalid("to", "must be within 36 months of from");
        }
        return events.compliance(start, end);
    }

    private static YearMonth month(String field, String value) {
        if (value == null) {
            throw ProblemException.invalid(field, "is required (YYYY-MM)");
        }
        try {
            return YearMonth.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field, "must be a month as YYYY-MM");
        }
    }
}
