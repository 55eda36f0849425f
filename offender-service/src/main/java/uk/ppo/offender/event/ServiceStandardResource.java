package uk.ppo.offender.event;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.ppo.common.http.Versions;
import uk.ppo.common.problem.ProblemException;
import uk.ppo.common.security.Roles;
import uk.ppo.offender.IfMatch;
import uk.ppo.offender.event.ServiceStandardRecords.Compliance;
import uk.ppo.offender.performance.PerformanceService;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

/**
 * The premium service measured (003 section 7): the service standards as data, the bank holiday calendar
 * their working days use, and compliance per agency, scheme, month and standard with every late item.
 */
@Path("/api/v1/performance/service-standards")
@Tag(name = "Service standards", description = "The agencies' premium-service commitments, measured from partner events")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.ANALYST})
@APIResponse(responseCode = "401", description = "No valid token")
@APIResponse(responseCode = "403", description = "The role may not do this")
public class ServiceStandardResource {

    /** A month as the reports take it; YearMonth.parse then checks it is a real one. */
    static final String MONTH = "\\d{4}-\\d{2}";
    static final String MONTH_MESSAGE = "must be a month as YYYY-MM";
    /** service_standard.code is varchar(40). */
    static final int CODE_MAX = 40;

    private final ServiceStandards standards;
    private final PerformanceService cohorts;

    ServiceStandardResource(ServiceStandards standards, PerformanceService cohorts) {
        this.cohorts = cohorts;
        this.standards = standards;
    }

    @GET
    @Operation(operationId = "getServiceStandards", summary = "Compliance with the 7-day data recording standard"
            + " (EVENTS_RECORDED) per recording agency and month of recording; the full report is getServiceStandardReport",
            description = "Counts per agency and month of the events recorded, and how many within 7 days of occurring (no personal"
                    + " data). Admins, coordinators and analysts; the read is audited.")
    @APIResponse(responseCode = "200", description = "One row per agency and month with events")
    @APIResponse(responseCode = "400", description = "from/to missing, not YYYY-MM, reversed, or over 36 months")
    public List<Compliance> compliance(@Parameter(description = "First month, YYYY-MM", example = "2026-01")
                                       @QueryParam("from") @Size(max = 7) @Pattern(regexp = MONTH, message = MONTH_MESSAGE) String from,
                                       @Parameter(description = "Last month, YYYY-MM, at most 36 after from", example = "2026-12")
                                       @QueryParam("to") @Size(max = 7) @Pattern(regexp = MONTH, message = MONTH_MESSAGE) String to) {
        YearMonth[] months = months(from, to);
        return standards.recordingCompliance(months[0], months[1]);
    }

    @GET
    @Path("/report")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.ANALYST, Roles.AUDITOR, Roles.DATA_PROTECTION_OFFICER})
    @Operation(operationId = "getServiceStandardReport", summary = "Compliance per standard, agency, scheme and month of"
            + " clock start, at this moment, with every late item (open clocks past their limit included)",
            description = "Compliance with every premium-service standard for people of the caller's schemes, optionally of one fixed"
                    + " cohort, with each late item. Admins, coordinators, analysts, auditors and the data protection officer; audited.")
    @APIResponse(responseCode = "200", description = "The report, for people of the caller's schemes")
    @APIResponse(responseCode = "400", description = "from/to missing, not YYYY-MM, reversed, or over 36 months")
    @APIResponse(responseCode = "404", description = "cohortId names no fixed cohort the caller may read")
    public ServiceStandardRecords.Report report(@Parameter(description = "First month, YYYY-MM", example = "2026-01")
            @QueryParam("from") @Size(max = 7) @Pattern(regexp = MONTH, message = MONTH_MESSAGE) String from,
            @Parameter(description = "Last month, YYYY-MM, at most 36 after from", example = "2026-12")
            @QueryParam("to") @Size(max = 7) @Pattern(regexp = MONTH, message = MONTH_MESSAGE) String to,
            @Parameter(description = "Only the members of this fixed cohort (an NI 30 cohort of any IOM category)")
            @QueryParam("cohortId") UUID cohortId) {
        YearMonth[] months = months(from, to);
        return standards.report(months[0], months[1], cohortId == null ? null : cohorts.membersOf(cohortId));
    }

    @GET
    @Path("/definitions")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.ANALYST, Roles.AUDITOR, Roles.DATA_PROTECTION_OFFICER})
    @Operation(operationId = "listServiceStandardDefinitions", summary = "Every service standard: clock start, stop, limit and owning agency",
            description = "Every service standard as data (no personal data). Admins, coordinators, analysts, auditors and the data"
                    + " protection officer.")
    @APIResponse(responseCode = "200", description = "The standards, by code")
    public List<ServiceStandardRecords.StandardView> definitions() {
        return standards.list().stream().map(ServiceStandardRecords.StandardView::of).toList();
    }

    @GET
    @Path("/definitions/{code}")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.ANALYST, Roles.AUDITOR, Roles.DATA_PROTECTION_OFFICER})
    @Operation(operationId = "getServiceStandardDefinition", summary = "One service standard",
            description = "One service standard by code, with its version as ETag (no personal data). Admins, coordinators, analysts,"
                    + " auditors and the data protection officer.")
    @APIResponse(responseCode = "200", description = "The standard; ETag is its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ServiceStandardRecords.StandardView.class)))
    @APIResponse(responseCode = "404", description = "No such standard")
    public Response definition(@Parameter(description = "The standard's code", example = "FTA_WARRANTS_NOTIFIED")
                               @PathParam("code") @Size(max = CODE_MAX) String code) {
        ServiceStandard standard = standards.get(code);
        return Response.ok(ServiceStandardRecords.StandardView.of(standard)).tag(Long.toString(standard.version())).build();
    }

    @PUT
    @Path("/definitions/{code}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "updateServiceStandardDefinition", summary = "Redefine a service standard (admin); audited",
            description = "Replaces a service standard's definition (its code cannot change); reports measure by it from then on. Admins"
                    + " only; send If-Match to guard against lost updates; audited.")
    @APIResponse(responseCode = "200", description = "The standard as it now is; ETag is its new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ServiceStandardRecords.StandardView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, named in violations")
    @APIResponse(responseCode = "404", description = "No such standard")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    public Response redefine(@Parameter(description = "The standard's code", example = "FTA_WARRANTS_NOTIFIED")
                             @PathParam("code") @Size(max = CODE_MAX) String code,
                             @Valid @NotNull ServiceStandardRecords.UpdateStandard request,
                             @Parameter(description = "The ETag the caller read", schema = @Schema(type = SchemaType.STRING, maxLength = IfMatch.MAX_LENGTH)) @HeaderParam(Versions.IF_MATCH) String ifMatch) {
        ServiceStandard standard = standards.update(code, Versions.expected(ifMatch), request);
        return Response.ok(ServiceStandardRecords.StandardView.of(standard)).tag(Long.toString(standard.version())).build();
    }

    @GET
    @Path("/bank-holidays")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.ANALYST, Roles.AUDITOR, Roles.DATA_PROTECTION_OFFICER})
    @Operation(operationId = "listBankHolidays", summary = "The England and Wales bank holiday calendar working-day standards use, by year",
            description = "Every year of the bank holiday calendar with its days (no personal data). Admins, coordinators, analysts,"
                    + " auditors and the data protection officer.")
    @APIResponse(responseCode = "200", description = "Every year the calendar holds, with its days")
    public List<ServiceStandardRecords.YearView> bankHolidays() {
        return standards.bankHolidays();
    }

    @PUT
    @Path("/bank-holidays/{year}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "setBankHolidayYear", summary = "Add a year to the bank holiday calendar, or replace its days (admin); audited",
            description = "Adds a year to the bank holiday calendar or replaces its days, as gov.uk announces them. Admins only; send"
                    + " If-Match when replacing a year; audited.")
    @APIResponse(responseCode = "200", description = "The year as it now is; ETag is its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ServiceStandardRecords.YearView.class)))
    @APIResponse(responseCode = "400", description = "Invalid year or days, named in violations")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    public Response setBankHolidays(@Parameter(description = "The year, " + ServiceStandards.FIRST_YEAR + " to " + ServiceStandards.LAST_YEAR)
                                    @PathParam("year") @Min(value = ServiceStandards.FIRST_YEAR, message = ServiceStandards.YEAR_MESSAGE)
                                    @Max(value = ServiceStandards.LAST_YEAR, message = ServiceStandards.YEAR_MESSAGE) int year,
                                    @Valid @NotNull ServiceStandardRecords.SetYear request,
                                    @Parameter(description = "The ETag the caller read", schema = @Schema(type = SchemaType.STRING, maxLength = IfMatch.MAX_LENGTH)) @HeaderParam(Versions.IF_MATCH) String ifMatch) {
        ServiceStandardRecords.YearView view = standards.setBankHolidays(year, Versions.expected(ifMatch), request);
        return Response.ok(view).tag(Long.toString(view.version())).build();
    }

    /** from and to as months, in order, at most 36 apart. */
    private static YearMonth[] months(String from, String to) {
        YearMonth start = month("from", from);
        YearMonth end = month("to", to);
        if (start.isAfter(end)) {
            throw ProblemException.invalid("from", "must not be after to");
        }
        if (start.plusMonths(36).isBefore(end)) {
            throw ProblemException.invalid("to", "must be within 36 months of from");
        }
        return new YearMonth[] {start, end};
    }

    private static YearMonth month(String field, String value) {
        if (value == null) {
            throw ProblemException.invalid(field, "is required (YYYY-MM)");
        }
        try {
            return YearMonth.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field, MONTH_MESSAGE);
        }
    }
}
