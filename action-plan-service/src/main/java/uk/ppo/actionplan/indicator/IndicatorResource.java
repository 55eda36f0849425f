package uk.ppo.actionplan.indicator;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.ppo.actionplan.api.IfMatch;
import uk.ppo.actionplan.plan.FinancialYear;
import uk.ppo.actionplan.schedule.FiscalYear;
import uk.ppo.common.http.Versions;
import uk.ppo.common.paging.Page;
import uk.ppo.common.paging.PageRequest;
import uk.ppo.common.problem.ProblemException;
import uk.ppo.common.security.Roles;

import java.util.List;
import java.util.UUID;

@Path("/api/v1/indicators")
@Tag(name = "Indicators", description = "Partnership performance indicators (NI 30, NI 16, NI 18, ...): baseline, targets per"
        + " financial year, actuals per period entered by partners or computed by the suite, performance against the target")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN, Roles.ANALYST, Roles.PARTNER_SYSTEM, Roles.OFFENDER_MANAGER})
@APIResponse(responseCode = "401", description = "No valid token")
@APIResponse(responseCode = "403", description = "The role may not do this")
public class IndicatorResource {

    private final IndicatorService service;
    private final SecurityIdentity identity;

    IndicatorResource(IndicatorService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    @GET
    @Operation(operationId = "listIndicators",
            description = "The partnership performance indicators (NI 30, NI 16, NI 18, ...), by partnership and code, "
                    + "optionally of one partnership. Any role that reads plans may call it (coordinator, admin, analyst, "
                    + "partner-system, offender-manager); reads are not audited: plans hold no personal data.",
            summary = "Indicators by partnership and code")
    @APIResponse(responseCode = "200", description = "A page of indicators")
    @APIResponse(responseCode = "400", description = "page, size or partnership invalid")
    public Page<IndicatorRecords.IndicatorView> list(
            @QueryParam("partnership") @Size(max = 200) @Parameter(description = "Only this partnership's", example = "East Sussex") String partnership,
            @Valid @BeanParam PageRequest paging) {
        return service.list(partnership, paging.page(), paging.size()).map(IndicatorRecords.IndicatorView::of);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getIndicator",
            description = "One indicator with its targets and source; the ETag header is its version. Any role that reads plans "
                    + "may call it (coordinator, admin, analyst, partner-system, offender-manager); reads are not audited: "
                    + "plans hold no personal data.",
            summary = "One indicator; its ETag is the version to send in If-Match")
    @APIResponse(responseCode = "200", description = "The indicator", content = @Content(schema = @Schema(implementation = IndicatorRecords.IndicatorView.class)))
    @APIResponse(responseCode = "404", description = "No such indicator")
    public Response get(@PathParam("id") UUID id) {
        return withEtag(Response.ok(), service.get(id));
    }

    @POST
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @Operation(operationId = "createIndicator",
            description = "Creates a performance indicator: definition, frequency, polarity, baseline, targets per financial "
                    + "year (a reduction on the baseline is computed into a value) and optionally the source the suite "
                    + "computes its actuals from. Codes are unique in a partnership (409). Coordinator or admin only; the "
                    + "change is kept in the audit log (who, when, what).",
            summary = "Create an indicator (coordinator, admin); a target given as a reduction on the baseline is computed")
    @APIResponse(responseCode = "201", description = "Created; Location names it", content = @Content(schema = @Schema(implementation = IndicatorRecords.IndicatorView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, named in violations")
    @APIResponse(responseCode = "409", description = "The partnership already has an indicator with this code")
    public Response create(@Valid @NotNull IndicatorRecords.IndicatorBody request, @Context UriInfo uri) {
        Indicator indicator = service.create(request, identity.getPrincipal().getName());
        return withEtag(Response.created(uri.getAbsolutePathBuilder().path(indicator.id().toString()).build()), indicator);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @Operation(operationId = "updateIndicator",
            description = "Replaces an indicator's definition and targets. Send its ETag in If-Match. Coordinator or admin "
                    + "only; the change is kept in the audit log (who, when, what).",
            summary = "Replace an indicator's definition and targets (coordinator, admin); send its ETag in If-Match")
    @APIResponse(responseCode = "200", description = "The indicator as changed", content = @Content(schema = @Schema(implementation = IndicatorRecords.IndicatorView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, named in violations")
    @APIResponse(responseCode = "404", description = "No such indicator")
    @APIResponse(responseCode = "409", description = "Another indicator of the partnership has this code")
    @APIResponse(responseCode = "412", description = "If-Match is stale")
    public Response update(@PathParam("id") UUID id, @BeanParam IfMatch ifMatch,
                           @Valid @NotNull IndicatorRecords.IndicatorBody request) {
        return withEtag(Response.ok(), service.update(id, request, ifMatch.expected(), identity.getPrincipal().getName()));
    }

    @GET
    @Path("/{id}/actuals")
    @Operation(operationId = "listIndicatorActuals",
            description = "The indicator's actuals, oldest period first; with history=true the actuals later replaced for their "
                    + "period too. Any role that reads plans may call it (coordinator, admin, analyst, partner-system, "
                    + "offender-manager); reads are not audited: plans hold no personal data.",
            summary = "The indicator's actuals by period; with history=true the replaced ones too")
    @APIResponse(responseCode = "200", description = "The actuals, oldest period first")
    @APIResponse(responseCode = "404", description = "No such indicator")
    public List<IndicatorRecords.ActualView> actuals(@PathParam("id") UUID id, @QueryParam("history") boolean history) {
        return service.actuals(id, history).stream().map(IndicatorRecords.ActualView::of).toList();
    }

    @POST
    @Path("/{id}/actuals")
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN, Roles.ANALYST})
    @Operation(operationId = "recordIndicatorActual", summary = "Record a partner's actual for a period that has ended (coordinator, admin, analyst)",
            description = "Who and when are recorded. A second actual for the same period replaces the first, which is kept as"
                    + " history (GET .../actuals?history=true). The period must be of the indicator's frequency and have ended;"
                    + " values are 0 or more (a percentage at most 100).")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(implementation = IndicatorRecords.Recorded.class)))
    @APIResponse(responseCode = "400", description = "Invalid period or value, named in violations")
    @APIResponse(responseCode = "404", description = "No such indicator")
    public Response record(@PathParam("id") UUID id, @Valid @NotNull IndicatorRecords.RecordActual request) {
        return Response.status(Response.Status.CREATED).entity(service.record(id, request, identity.getPrincipal().getName())).build();
    }

    @POST
    @Path("/{id}/actuals/computed")
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN, Roles.ANALYST})
    @Operation(operationId = "computeIndicatorActual", summary = "Compute a period's actual from the indicator's source and record it (coordinator, admin, analyst)",
            description = "NI30_COHORT: offender-service's cohort report for the follow-up quarter (or year). POLICE_UK_CRIMES:"
                    + " hotspot-service's police.uk counts of the source's crime types in its area over the period's months, per"
                    + " 1,000 of the area's population for a RATE_PER_1000 indicator. NI 16 (serious acquisitive crime) as"
                    + " police.uk's categories allow is Burglary + Robbery + Vehicle crime. The actual is marked computed, with"
                    + " its source; it replaces an earlier actual for the period as an entered one does.")
    @APIResponse(responseCode = "201", description = "Computed and recorded", content = @Content(schema = @Schema(implementation = IndicatorRecords.Recorded.class)))
    @APIResponse(responseCode = "400", description = "Invalid period, named in violations")
    @APIResponse(responseCode = "404", description = "No such indicator")
    @APIResponse(responseCode = "409", description = "The indicator has no source, or its source does not know the cohort or area")
    @APIResponse(responseCode = "503", description = "The service holding the data is unavailable")
    public Response compute(@PathParam("id") UUID id, @Valid @NotNull IndicatorRecords.ComputeActual request) {
        return Response.status(Response.Status.CREATED).entity(service.compute(id, request.period(), identity.getPrincipal().getName())).build();
    }

    @GET
    @Path("/{id}/performance")
    @Operation(operationId = "getIndicatorPerformance",
            description = "An indicator's performance in one financial year, per period: the actual, the year to date, the "
                    + "pro-rata target, on track or not, RAG and the change on the same period last year. Any role that "
                    + "reads plans may call it (coordinator, admin, analyst, partner-system, offender-manager); reads are "
                    + "not audited: plans hold no personal data.",
            summary = "Performance in a financial year, per period: actual, year to date, pro-rata target, on track, RAG, change on last year")
    @APIResponse(responseCode = "200", description = "The year's performance", content = @Content(schema = @Schema(implementation = IndicatorPerformance.class)))
    @APIResponse(responseCode = "400", description = "Missing or malformed financialYear")
    @APIResponse(responseCode = "404", description = "No such indicator")
    public IndicatorPerformance performance(@PathParam("id") UUID id,
                                            @QueryParam("financialYear") @Size(max = FinancialYear.LENGTH)
                                            @Parameter(description = "The financial year, such as 2010/11", required = true, example = "2010/11") String financialYear) {
        FiscalYear year;
        try {
            year = FiscalYear.parse(financialYear);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("financialYear", e.getMessage());
        }
        return service.performance(id, year);
    }

    private static Response withEtag(Response.ResponseBuilder response, Indicator indicator) {
        return response.header(HttpHeaders.ETAG, Versions.etag(indicator.version())).entity(IndicatorRecords.IndicatorView.of(indicator)).build();
    }
}
