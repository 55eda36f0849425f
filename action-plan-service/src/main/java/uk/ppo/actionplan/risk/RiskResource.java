package uk.ppo.actionplan.risk;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.ppo.actionplan.api.IfMatch;
import uk.ppo.actionplan.history.ChangeView;
import uk.ppo.actionplan.report.AsOf;
import uk.ppo.common.http.Versions;
import uk.ppo.common.paging.Page;
import uk.ppo.common.paging.PageRequest;
import uk.ppo.common.problem.ProblemException;
import uk.ppo.common.security.Roles;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import static uk.ppo.common.text.Text.blankToNull;

@Path("/api/v1/risks")
@Tag(name = "Risks", description = "The partnership's risk register: owner, likelihood × impact, mitigations, review dates, history")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN, Roles.ANALYST, Roles.PARTNER_SYSTEM, Roles.OFFENDER_MANAGER})
@APIResponse(responseCode = "401", description = "No valid token")
@APIResponse(responseCode = "403", description = "The role may not do this")
public class RiskResource {

    private final RiskService service;
    private final SecurityIdentity identity;

    RiskResource(RiskService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    @GET
    @Operation(operationId = "listRisks",
            description = "The partnership's risk register, highest score (likelihood x impact) first, optionally by "
                    + "partnership, status, overdue review (as of a day) or minimum score. Any role that reads plans may "
                    + "call it (coordinator, admin, analyst, partner-system, offender-manager); reads are not audited: "
                    + "plans hold no personal data.",
            summary = "The register: by partnership, highest score first; filter by status, overdue review, minimum score")
    @APIResponse(responseCode = "200", description = "A page of risks")
    @APIResponse(responseCode = "400", description = "A filter is invalid")
    public Page<RiskRecords.RiskView> list(
            @QueryParam("partnership") @Size(max = 200) @Parameter(description = "Only this partnership's", example = "East Sussex") String partnership,
            @QueryParam("status") @Parameter(description = "OPEN or CLOSED") RiskStatus status,
            @QueryParam("reviewOverdue") @Parameter(description = "true: only OPEN risks past their review date on asOf; false: the others") Boolean reviewOverdue,
            @QueryParam("minScore") @Min(value = 1, message = "must be 1 to 25") @Max(value = 25, message = "must be 1 to 25")
            @Parameter(description = "Only risks scored at least this (likelihood × impact)", example = "15") Integer minScore,
            @QueryParam("asOf") @Size(max = AsOf.LENGTH) @Parameter(description = "The day overdue reviews are judged on (ISO date); today when absent",
                    example = "2010-10-21", schema = @Schema(type = SchemaType.STRING, format = "date")) String asOf,
            @Valid @BeanParam PageRequest paging) {
        LocalDate day = asOf(asOf);
        RiskRepository.Filter filter = new RiskRepository.Filter(blankToNull(partnership),
                status, reviewOverdue, minScore, day);
        return service.list(filter, paging.page(), paging.size()).map(r -> RiskRecords.RiskView.of(r, day));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getRisk",
            description = "One risk, flagged as overdue for review as of a day (today when absent); the ETag header is its "
                    + "version. Any role that reads plans may call it (coordinator, admin, analyst, partner-system, "
                    + "offender-manager); reads are not audited: plans hold no personal data.",
            summary = "One risk, flagged as of a day; its ETag is the version to send in If-Match")
    @APIResponse(responseCode = "200", description = "The risk", content = @Content(schema = @Schema(implementation = RiskRecords.RiskView.class)))
    @APIResponse(responseCode = "400", description = "asOf is not an ISO date")
    @APIResponse(responseCode = "404", description = "No such risk")
    public Response get(@PathParam("id") UUID id,
                        @QueryParam("asOf") @Size(max = AsOf.LENGTH) @Parameter(description = "The day overdue reviews are judged on (ISO date); today when absent",
                    example = "2010-10-21", schema = @Schema(type = SchemaType.STRING, format = "date")) String asOf) {
        return withEtag(Response.ok(), service.get(id), asOf(asOf));
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN, Roles.AUDITOR})
    @Operation(operationId = "getRiskHistory",
            description = "Every change to a risk, oldest first: who, when, what and the fields altered. Coordinator, admin or "
                    + "auditor.",
            summary = "Who changed what when, oldest first (coordinator, admin, auditor)")
    @APIResponse(responseCode = "200", description = "A page of changes")
    @APIResponse(responseCode = "404", description = "No such risk")
    @APIResponse(responseCode = "400", description = "page or size out of range")
    public Page<ChangeView> history(@PathParam("id") UUID id, @Valid @BeanParam PageRequest paging) {
        return service.history(id, paging.page(), paging.size());
    }

    @POST
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @Operation(operationId = "createRisk",
            description = "Enters a risk on the register: owner, likelihood and impact (1 to 5 each), mitigations, review date "
                    + "and the plan, delivery plan or project it is about; OPEN unless stated. Coordinator or admin only; "
                    + "the change is kept in the audit log (who, when, what).",
            summary = "Enter a risk on the register (coordinator, admin); OPEN unless stated")
    @APIResponse(responseCode = "201", description = "Created; Location names it", content = @Content(schema = @Schema(implementation = RiskRecords.RiskView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, named in violations")
    public Response create(@Valid @NotNull RiskRecords.RiskBody request, @Context UriInfo uri) {
        Risk risk = service.create(request, identity.getPrincipal().getName());
        return withEtag(Response.created(uri.getAbsolutePathBuilder().path(risk.id().toString()).build()), risk, service.today());
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @Operation(operationId = "updateRisk",
            description = "Replaces a risk's content: rescore, review, close it (with a closing note) or reopen it; the fields "
                    + "altered are kept in its history. Send the risk's ETag in If-Match. Coordinator or admin only; the "
                    + "change is kept in the audit log (who, when, what).",
            summary = "Replace a risk's content: rescore, review, close (with a closing note) or reopen it (coordinator, admin)")
    @APIResponse(responseCode = "200", description = "The risk as it now is", content = @Content(schema = @Schema(implementation = RiskRecords.RiskView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, named in violations")
    @APIResponse(responseCode = "404", description = "No such risk")
    @APIResponse(responseCode = "412", description = "If-Match is stale")
    public Response update(@PathParam("id") UUID id, @BeanParam IfMatch ifMatch,
                           @Valid @NotNull RiskRecords.RiskBody request) {
        Risk risk = service.update(id, request, ifMatch.expected(), identity.getPrincipal().getName());
        return withEtag(Response.ok(), risk, service.today());
    }

    private static Response withEtag(Response.ResponseBuilder response, Risk risk, LocalDate asOf) {
        return response.header(HttpHeaders.ETAG, Versions.etag(risk.version())).entity(RiskRecords.RiskView.of(risk, asOf)).build();
    }

    private LocalDate asOf(String asOf) {
        if (asOf == null || asOf.isBlank()) {
            return service.today();
        }
        try {
            return LocalDate.parse(asOf.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid("asOf", "must be an ISO date such as 2010-10-21");
        }
    }
}
