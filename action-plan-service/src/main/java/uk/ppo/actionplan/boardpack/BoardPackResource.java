package uk.ppo.actionplan.boardpack;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Variant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.ppo.actionplan.report.AsOf;
import uk.ppo.common.problem.ProblemException;
import uk.ppo.common.security.Roles;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

@Path("/api/v1/reports/partnership")
@Tag(name = "Monitoring", description = "Quarterly monitoring reports of partnership plans")
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN, Roles.ANALYST, Roles.PARTNER_SYSTEM, Roles.OFFENDER_MANAGER})
public class BoardPackResource {

    static final String TEXT_CSV = "text/csv";
    static final String APPLICATION_PDF = "application/pdf";
    private static final List<Variant> FORMATS = Variant.mediaTypes(MediaType.APPLICATION_JSON_TYPE,
            MediaType.valueOf(TEXT_CSV), MediaType.valueOf(APPLICATION_PDF)).build();

    private final BoardPackService service;
    private final Clock clock = Clock.systemUTC();

    BoardPackResource(BoardPackService service) {
        this.service = service;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, TEXT_CSV, APPLICATION_PDF})
    @Operation(operationId = "getBoardPack",
            description = "The partnership board pack as of a day: every indicator with its performance per period, the agreed "
                    + "plans' red and amber actions and overdue milestones, open risks and NI 30 cohorts. JSON, CSV "
                    + "(Accept: text/csv) or PDF with a chart per indicator (Accept: application/pdf). Any role that reads "
                    + "plans may call it (coordinator, admin, analyst, partner-system, offender-manager); reads are not "
                    + "audited: plans hold no personal data.",
            summary = "The partnership board pack as of a day: indicators with on-track and RAG "
                    + "per period, the agreed plans' red and amber actions and overdue milestones, open risks and NI 30 cohorts; "
                    + "JSON, CSV (Accept: text/csv) or a PDF with a chart per indicator (Accept: application/pdf)")
    @APIResponse(responseCode = "200", description = "The board pack", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BoardPack.class)),
            @Content(mediaType = TEXT_CSV, schema = @Schema(type = SchemaType.STRING, maxLength = 10_000_000,
                    description = "One table, a row per indicator period, red or amber action, overdue milestone, open risk "
                            + "and NI 30 cohort: " + BoardPackCsv.HEADER)),
            @Content(mediaType = APPLICATION_PDF, schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = 50_000_000))})
    @APIResponse(responseCode = "400", description = "asOf is not an ISO date, or partnership is blank or too long")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "The role may not read plans")
    public Response get(@QueryParam("asOf") @Size(max = AsOf.LENGTH) @Parameter(description = "The day to report on (ISO date); today when absent",
                                example = "2010-10-21", schema = @Schema(type = SchemaType.STRING, format = "date")) String asOf,
                        @QueryParam("partnership") @Parameter(description = "One partnership's pack; every partnership's when absent",
                                example = "East Sussex", schema = @Schema(type = SchemaType.STRING, maxLength = 200)) String partnership,
                        @Context Request request) {
        LocalDate day = AsOf.parse(asOf, clock);
        if (partnership != null && (partnership.isBlank() || partnership.length() > 200)) {
            throw ProblemException.invalid("partnership", "must be a partnership's name of 1 to 200 characters");
        }
        BoardPack pack = service.asOf(day, partnership == null ? null : partnership.strip());
        Variant chosen = request.selectVariant(FORMATS);
        String name = "board-pack-" + day;
        if (chosen != null && chosen.getMediaType().isCompatible(MediaType.valueOf(APPLICATION_PDF))) {
            return Response.ok(BoardPackPdf.of(pack), APPLICATION_PDF)
                    .header("Content-Disposition", "attachment; filename=\"" + name + ".pdf\"").build();
        }
        if (chosen != null && chosen.getMediaType().isCompatible(MediaType.valueOf(TEXT_CSV))) {
            return Response.ok(BoardPackCsv.of(pack), TEXT_CSV + ";charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"" + name + ".csv\"").build();
        }
        return Response.ok(pack, MediaType.APPLICATION_JSON).build();
    }

}
