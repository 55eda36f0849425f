package uk.ppo.offender.decision;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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
import uk.ppo.common.security.Roles;
import uk.ppo.offender.IfMatch;
import uk.ppo.offender.person.IomCategory;
import uk.ppo.offender.person.ListingBasis;
import uk.ppo.offender.person.PersonStatus;
import uk.ppo.offender.person.Strand;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Path("/api/v1/offenders/{id}/decisions")
@Tag(name = "Panel decisions", description = "Selection/deselection panel decisions: an append-only history")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.OFFENDER_MANAGER})
@APIResponse(responseCode = "401", description = "No valid token")
@APIResponse(responseCode = "403", description = "The role may not do this")
public class DecisionResource {

    @Schema(name = "CreateDecision", description = "SELECT and MOVE need a strand (a MOVE to REHABILITATE_RESETTLE also one of the five reasons); "
            + "SELECT needs listedFor (a MOVE may restate it); DESELECT and REMOVE a reasonCode; AMBER takes CUSTODY_OVER_2_YEARS "
            + "or none; RETURN_FROM_AMBER (an amber PPO released, back on the active list on their strand) takes neither; "
            + "IOM_ENTER an iomCategory; IOM_EXIT an iomCategory and a reasonCode")
    public record CreateDecision(
            @NotNull DecisionType type,
            Strand strand,
            ReasonCode reasonCode,
            @Schema(description = "Why the person is listed: the volume of offending (PROLIFIC) or its seriousness and impact"
                    + " on the community (PRIORITY)", example = "PROLIFIC") ListingBasis listedFor,
            @Schema(description = "For IOM_ENTER and IOM_EXIT: SHORT_SENTENCE, WOMEN_SHORT_SENTENCE, DIP or MAPPA")
            IomCategory iomCategory,
            @NotNull @Schema(example = "2026-11-02") LocalDate decidedOn,
            @NotBlank @Size(max = 4000) @Schema(example = "Matrix score 64; 14 dwelling burglaries in 12 months") String rationale,
            @NotEmpty @Size(max = 12) List<@NotNull Agency> attendingAgencies,
            @Size(max = 20) @Schema(description = "Needs assessments of this person the panel weighed (ids; none after the decision date)")
            List<@NotNull UUID> needsAssessmentIds) {
    }

    @Schema(name = "PanelDecision")
    public record DecisionView(UUID id, UUID personId, DecisionType type, Strand strand, ReasonCode reasonCode,
                               @Schema(description = "PROLIFIC or PRIORITY as decided; null when the decision gave none"
                                       + " (not a SELECT, or recorded before the basis was asked for)") ListingBasis listedFor,
                               LocalDate decidedOn, String rationale, List<Agency> attendingAgencies,
                               PersonStatus previousStatus, Strand previousStrand, PersonStatus resultingStatus,
                               Strand resultingStrand,
                               @Schema(description = "The IOM cohort an IOM_ENTER or IOM_EXIT is about") IomCategory iomCategory,
                               @Schema(description = "The person's IOM cohort before: PPO while a current PPO") IomCategory previousIomCohort,
                               @Schema(description = "The person's IOM cohort after: PPO while a current PPO") IomCategory resultingIomCohort,
                               boolean previousMappaManaged, boolean resultingMappaManaged,
                               String recordedBy, Instant recordedAt,
                               @Schema(description = "The needs assessments the panel cited") List<UUID> needsAssessmentIds) {
        static DecisionView of(PanelDecision d) {
            return new DecisionView(d.id(), d.personId(), d.type(), d.strand(), d.reasonCode(), d.listedFor(), d.decidedOn(),
                    d.rationale(), d.attendingAgencies(), d.previousStatus(), d.previousStrand(), d.resultingStatus(),
                    d.resultingStrand(), d.iomCategory(), IomCategory.cohortOf(d.previousStatus(), d.previousIomCategory()),
                    IomCategory.cohortOf(d.resultingStatus(), d.resultingIomCategory()), d.previousMappa(), d.resultingMappa(),
                    d.recordedBy(), d.recordedAt(), d.needsAssessmentIds());
        }
    }

    private final DecisionService service;

    DecisionResource(DecisionService service) {
        this.service = service;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Operation(operationId = "recordDecision", summary = "Record a panel decision: select, move strand, amber list, deselect, remove, enter or leave an IOM cohort",
            description = "Appends a selection or deselection panel's decision to the person's history and moves their status, strand and"
                    + " IOM cohort as it says; an event for partners is written. Admins and coordinators; audited.")
    @APIResponse(responseCode = "201", description = "Recorded; the person's state follows it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DecisionView.class)))
    @APIResponse(responseCode = "400", description = "Invalid or missing fields for this type of decision")
    @APIResponse(responseCode = "404", description = "No such person")
    @APIResponse(responseCode = "409", description = "Not legal from the person's state or age, or out of order")
    @APIResponse(responseCode = "412", description = "If-Match names an older version of the person")
    public Response decide(@PathParam("id") UUID personId,
                           @Parameter(description = "ETag of the person when the panel looked",
                                   schema = @Schema(type = SchemaType.STRING, maxLength = IfMatch.MAX_LENGTH)) @HeaderParam("If-Match") String ifMatch,
                           @Valid @NotNull CreateDecision request) {
        PanelDecision decision = service.decide(personId, Versions.expected(ifMatch), request);
        return Response.created(URI.create("/api/v1/offenders/" + personId + "/decisions/" + decision.id()))
                .entity(DecisionView.of(decision)).build();
    }

    @GET
    @Operation(operationId = "listDecisions", summary = "The person's decision history, oldest first",
            description = "Every panel decision about a person of the caller's schemes, oldest first. Admins, coordinators and offender"
                    + " managers; the read is audited.")
    @APIResponse(responseCode = "200", description = "The decisions, oldest first")
    @APIResponse(responseCode = "404", description = "No such person, or outside the caller's schemes")
    public List<DecisionView> history(@PathParam("id") UUID personId) {
        return service.history(personId).stream().map(DecisionView::of).toList();
    }
}
