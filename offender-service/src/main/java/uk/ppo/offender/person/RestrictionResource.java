package uk.ppo.offender.person;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.ppo.common.security.Roles;
import uk.ppo.offender.person.RestrictionRecords.Restrict;

import java.util.UUID;

/**
 * Restriction of processing (Data Protection Act 2018 s.47), for the data protection officer: while
 * restricted, a person is kept but left out of lists, searches, cohorts, score runs, proposals and the
 * summary, and their record is read only by the DPO and auditors. The officers' status lookup still answers
 * (operational safety) and says nothing more than before.
 */
@Path("/api/v1/offenders/{id}/restriction")
@Tag(name = "Offenders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.DATA_PROTECTION_OFFICER)
@APIResponse(responseCode = "401", description = "No valid token")
@APIResponse(responseCode = "403", description = "The role may not do this")
public class RestrictionResource {

    private final PersonService people;

    RestrictionResource(PersonService people) {
        this.people = people;
    }

    @POST
    @Operation(operationId = "restrictOffender", summary = "Restrict processing of a person's data",
            description = "Restricts processing of a person's data (DPA 2018 s.47): they are kept but left out of lists, searches,"
                    + " cohorts and feeds, and read only by the DPO and auditors. The data protection officer only; audited.")
    @APIResponse(responseCode = "200", description = "Restricted: the record, with its restriction",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PersonRecords.PersonView.class)))
    @APIResponse(responseCode = "400", description = "No reason given")
    @APIResponse(responseCode = "404", description = "No such person, or outside the caller's schemes")
    @APIResponse(responseCode = "409", description = "Already restricted")
    public Response restrict(@PathParam("id") UUID id, @Valid @NotNull Restrict request) {
        Person person = people.restrict(id, request.reason());
        return Response.ok(PersonRecords.PersonView.of(person)).tag(String.valueOf(person.version())).build();
    }

    @DELETE
    @Operation(operationId = "liftOffenderRestriction", summary = "Lift the restriction: the person is processed as before",
            description = "Lifts a restriction of processing; the person is processed as before. Idempotent. The data protection"
                    + " officer only; audited.")
    @APIResponse(responseCode = "204", description = "Lifted, or there was no restriction")
    @APIResponse(responseCode = "404", description = "No such person, or outside the caller's schemes")
    public void lift(@PathParam("id") UUID id) {
        people.liftRestriction(id);
    }
}
