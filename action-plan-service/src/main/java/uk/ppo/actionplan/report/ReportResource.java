package uk.ppo.actionplan.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.ppo.actionplan.plan.Plan;
import uk.ppo.common.security.Roles;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

@Path("/api/v1/plans/{planId}/report")
@Tag(name = "Monitoring", description = "Quarterly monitoring reports of partnership plans")
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN, Roles.ANALYST, Roles.PARTNER_SYSTEM, Roles.OFFENDER_MANAGER})
public class ReportResource {

    public static final String TEXT_CSV = "text/csv";

    private final ReportService service;
    private final Clock clock = Clock.systemUTC();

    ReportResource(ReportService service) {
        this.service = service;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, TEXT_CSV})
    @Operation(operationId = "getPlanReport",
            description = "The plan's monitoring report as of a day: per priority, the actions by RAG, those completed, overdue "
                    + "milestones with days late and open actions with no update this quarter. JSON, or CSV with Accept: "
                    + "text/csv. Any role that reads plans may call it (coordinator, admin, analyst, partner-system, "
                    + "offender-manager); reads are not audited: plans hold no personal data.",
            summary = "Monitoring report as of a day: per priority, actions by RAG, "
                    + "completed, overdue milestones with days late, open actions with no update this quarter; JSON or CSV (Accept: text/csv)")
    @APIResponse(responseCode = "200", description = "The report", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportRecords.ReportView.class)),
            @Content(mediaType = TEXT_CSV, schema = @Schema(type = SchemaType.STRING,
                    description = "One row per action and overdue milestone: priority,action,lead,rag,completed,updatedThisQuarter,overdueMilestone,due,daysLate"))})
    @APIResponse(responseCode = "400", description = "asOf is not an ISO date")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "The role may not read plans")
    @APIResponse(responseCode = "404", description = "No such plan")
    public Response report(@PathParam("planId") UUID planId,
                           @QueryParam("asOf") @Size(max = AsOf.LENGTH) @Parameter(description = "The day to report on (ISO date); today when absent",
                                   example = "2010-10-21", schema = @Schema(type = SchemaType.STRING, format = "date")) String asOf,
                           @Context HttpHeaders headers) {
        LocalDate day = AsOf.parse(asOf, clock);
        ReportService.Report report = service.report(planId, day);
        if (wantsCsv(headers)) {
            Plan plan = report.plan();
            String filename = "report-" + plan.financialYear().replace('/', '-') + "-" + day + ".csv";
            return Response.ok(ReportCsv.of(report.result()), TEXT_CSV + ";charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"" + filename + "\"").build();
        }
        return Response.ok(view(report), MediaType.APPLICATION_JSON).build();
    }

    private static boolean wantsCsv(HttpHeaders headers) {
        for (MediaType type : headers.getAcceptableMediaTypes()) {
            if (type.isCompatible(MediaType.valueOf(TEXT_CSV)) && !type.isWildcardType()) {
                return true;
            }
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
        }
        return false;
    }


    private static ReportRecords.ReportView view(ReportService.Report report) {
        Plan plan = report.plan();
        MonitoringReport.Result result = report.result();
        return new ReportRecords.ReportView(
                new ReportRecords.PlanSummary(plan.id(), plan.title(), plan.partnership(), plan.financialYear(), plan.status()),
                result.asOf(), result.quarter().label(),
                result.priorities().stream().map(ReportRecords.PriorityView::of).toList(),
                ReportRecords.TotalsView.of(result.totals()));
    }
}
