package uk.ppo.actionplan.conference;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import uk.ppo.common.http.Versions;
import uk.ppo.common.paging.Page;
import uk.ppo.common.paging.PageRequest;
import uk.ppo.common.problem.ProblemException;
import uk.ppo.common.security.Roles;

import java.time.LocalDate;
import java.util.UUID;

@Path("/api/v1/case-conferences")
@Tag(name = "Case conferences", description = "Monthly case conferences per scheme; items raise actions into PPO plans")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN, Roles.OFFENDER_MANAGER})
@APIResponse(responseCode = "401", description = "No valid token")
@APIResponse(responseCode = "403", description = "The role may not see case conferences (e.g. analyst)")
@APIResponse(responseCode = "503", description = "offender-service cannot say which schemes exist or which scheme a person is in now, so access cannot be checked")
public class ConferenceResource {

    private final ConferenceService service;
    private final AgendaService agenda;
    private final SecurityIdentity identity;

    ConferenceResource(ConferenceService service, AgendaService agenda, SecurityIdentity identity) {
        this.service = service;
        this.agenda = agenda;
        this.identity = identity;
    }

    @GET
    @Operation(operationId = "listCaseConferences",
            description = "The case conferences of the caller's schemes, latest first, without their items (so without personal "
                    + "data); a scheme filter outside the caller's schemes gives an empty page. Coordinator, admin or "
                    + "offender-manager, for the schemes in their token; a conference or person outside them answers 404, "
                    + "as an unknown one does.",
            summary = "Conferences of the caller's schemes, latest first, without their items (an unknown or out-of-scope scheme filter gives an empty page)")
    @APIResponse(responseCode = "200", description = "A page of conferences")
    @APIResponse(responseCode = "400", description = "page, size or schemeCode invalid")
    public Page<ConferenceRecords.ConferenceSummary> list(@QueryParam("schemeCode") @Parameter(example = "HASTINGS")
                                                          @Pattern(regexp = "[A-Z][A-Z0-9_-]{1,19}", message = "must be a scheme code such as HASTINGS")
                                                          @Size(max = 20) String schemeCode,
                                                          @Valid @BeanParam PageRequest paging) {
        return service.list(schemeCode, paging.page(), paging.size()).map(ConferenceRecords.ConferenceSummary::of);
    }

    @GET
    @Path("/agenda")
    @Operation(operationId = "getCaseConferenceAgenda",
            description = "The agenda of a scheme's case conference on a day: every current member of the scheme (ACTIVE and "
                    + "AMBER) with the reasons to discuss each, read from offender-service. Each person on the agenda is "
                    + "audited. Coordinator, admin or offender-manager, for the schemes in their token; a conference or "
                    + "person outside them answers 404, as an unknown one does.",
            summary = "The agenda of the scheme's conference on a day: every current member (ACTIVE and AMBER)"
                    + " with the reasons to discuss them (audited per PPO)")
    @APIResponse(responseCode = "200", description = "The agenda", content = @Content(schema = @Schema(implementation = ConferenceRecords.Agenda.class)))
    @APIResponse(responseCode = "400", description = "schemeId missing")
    @APIResponse(responseCode = "404", description = "No such scheme, or not one of the caller's")
    public ConferenceRecords.Agenda agenda(@QueryParam("schemeId") @Parameter(description = "The scheme's id in offender-service") UUID schemeId,
                                           @QueryParam("on") @Parameter(description = "The conference's day; today if not given") LocalDate on) {
        if (schemeId == null) {
            throw ProblemException.invalid("schemeId", "is required");
        }
        return agenda.agenda(schemeId, on == null ? LocalDate.now(java.time.ZoneOffset.UTC) : on);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getCaseConference",
            description = "One case conference with its items: the discussion of each PPO and the actions raised into their "
                    + "plan. Each person named is audited; the ETag header is the conference's version. Coordinator, admin "
                    + "or offender-manager, for the schemes in their token; a conference or person outside them answers "
                    + "404, as an unknown one does.",
            summary = "One conference with its items (audited per PPO)")
    @APIResponse(responseCode = "200", description = "The conference", content = @Content(schema = @Schema(implementation = ConferenceRecords.ConferenceView.class)))
    @APIResponse(responseCode = "404", description = "No such conference, or not in the caller's schemes")
    public Response get(@PathParam("id") UUID id) {
        return withEtag(Response.ok(), service.get(id));
    }

    @POST
    @Operation(operationId = "createCaseConference",
            description = "Records a scheme's case conference on a day, with the agencies and people attending; one conference "
                    + "per scheme a day (409). Coordinator, admin or offender-manager, for the schemes in their token; a "
                    + "conference or person outside them answers 404, as an unknown one does. The conference is kept in the "
                    + "audit log.",
            summary = "Record a scheme's case conference: day and attending agencies")
    @APIResponse(responseCode = "201", description = "Created; Location names it", content = @Content(schema = @Schema(implementation = ConferenceRecords.ConferenceView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, named in violations")
    @APIResponse(responseCode = "404", description = "No such scheme, or not one of the caller's")
    @APIResponse(responseCode = "409", description = "The scheme already has a conference that day")
    public Response create(@Valid @NotNull ConferenceRecords.CreateConference request, @Context UriInfo uri) {
        ConferenceService.Shown conference = service.create(request, identity.getPrincipal().getName());
        return withEtag(Response.created(uri.getAbsolutePathBuilder().path(conference.conference().id().toString()).build()), conference);
    }

    @POST
    @Path("/{id}/items")
    @Operation(operationId = "recordCaseConferenceItem",
            description = "Records the discussion of one PPO at the conference and raises its actions into the PPO's active "
                    + "plan (400 if they have none); the person must be one the caller may see now in the conference's "
                    + "scheme. Send the conference's ETag in If-Match. Audited as a change of the person's data. "
                    + "Coordinator, admin or offender-manager, for the schemes in their token; a conference or person "
                    + "outside them answers 404, as an unknown one does.",
            summary = "Record the discussion of a PPO and raise actions into their active plan; If-Match: the conference's ETag")
    @APIResponse(responseCode = "201", description = "The conference with the new item", content = @Content(schema = @Schema(implementation = ConferenceRecords.ConferenceView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, or the PPO has no active plan")
    @APIResponse(responseCode = "404", description = "No such conference or person, the conference not in the caller's schemes, or the person not one the caller may see now in the conference's scheme")
    @APIResponse(responseCode = "412", description = "If-Match is stale")
    public Response recordItem(@PathParam("id") UUID id, @Valid @NotNull ConferenceRecords.RecordItem request,
                               @BeanParam IfMatch ifMatch) {
        ConferenceService.Shown conference = service.recordItem(id, request, ifMatch.expected(), identity.getPrincipal().getName());
        return withEtag(Response.status(Response.Status.CREATED), conference);
    }

    @GET
    @Path("/{id}/open-actions")
    @Operation(operationId = "listOpenConferenceActions",
            description = "The actions raised at the scheme's earlier conferences that are still open, oldest conference first, "
                    + "to review at this one. Each person named is audited. Coordinator, admin or offender-manager, for the "
                    + "schemes in their token; a conference or person outside them answers 404, as an unknown one does.",
            summary = "Actions raised at the scheme's earlier conferences and still open (audited per PPO)")
    @APIResponse(responseCode = "200", description = "The open actions, oldest conference first", content = @Content(schema = @Schema(implementation = ConferenceRecords.OpenActions.class)))
    @APIResponse(responseCode = "404", description = "No such conference, or not in the caller's schemes")
    public ConferenceRecords.OpenActions openActions(@PathParam("id") UUID id) {
        return service.openActions(id);
    }

    private static Response withEtag(Response.ResponseBuilder response, ConferenceService.Shown conference) {
        return response.header(HttpHeaders.ETAG, Versions.etag(conference.conference().version()))
                .entity(ConferenceRecords.ConferenceView.of(conference)).build();
    }
}
