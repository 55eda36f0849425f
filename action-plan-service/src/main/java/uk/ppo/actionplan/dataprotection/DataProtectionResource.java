package uk.ppo.actionplan.dataprotection;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.ppo.common.dataprotection.DisposalReceipt;
import uk.ppo.common.dataprotection.PersonIds;
import uk.ppo.common.dataprotection.PersonRecordsSection;
import uk.ppo.common.dataprotection.RecordPeriod;
import uk.ppo.common.security.Roles;

/**
 * Subject access and disposal of one person's plans and case conference items, for offender-service's own client alone (role
 * {@code data-protection-service}); internal, like offender-service's scope look-ups: the gateway does not route it.
 */
@Path("/api/v1/data-protection/people/{personId}")
@Tag(name = "Data protection", description = "One person's plans and case conference items for offender-service's subject access and disposal jobs (its client only)")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.DATA_PROTECTION_SERVICE)
@APIResponse(responseCode = "400", description = "personId is not a UUID, or from/to not ISO dates or from after to")
@APIResponse(responseCode = "401", description = "No valid token")
@APIResponse(responseCode = "403", description = "Not offender-service's client (every person's role, admin and the data protection officer included)")
public class DataProtectionResource {

    private final DataProtectionService service;

    DataProtectionResource(DataProtectionService service) {
        this.service = service;
    }

    @GET
    @Path("/records")
    @Operation(operationId = "getPersonActionPlanRecords",
            description = "This service's section of a person's subject access bundle: every per-PPO plan and case conference "
                    + "item about them and every disclosure of them, optionally within from..to. The read is audited. Role "
                    + "data-protection-service only (offender-service's client); the gateway does not route it.",
            summary = "Every per-PPO plan and case conference item about a person and every disclosure of them, "
                    + "for a subject access bundle (offender-service only); audited")
    @APIResponse(responseCode = "200", description = "action-plan-service's section; empty lists when it holds nothing about the person",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PersonRecordsSection.class)))
    public PersonRecordsSection records(
            @PathParam("personId") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid", maxLength = 36)) String personId,
            @QueryParam("from") @Size(max = 10) @Parameter(description = "First day (ISO date, inclusive) of the records' dates and disclosures",
                    example = "2026-01-01", schema = @Schema(type = SchemaType.STRING, format = "date")) String from,
            @QueryParam("to") @Size(max = 10) @Parameter(description = "Last day (ISO date, inclusive)", example = "2026-12-31", schema = @Schema(type = SchemaType.STRING, format = "date")) String to) {
        return service.section(PersonIds.parse(personId), RecordPeriod.parse(from, to));
    }

    @DELETE
    @Operation(operationId = "disposeOfPersonActionPlanRecords",
            description = "Deletes every per-PPO plan and case conference item about a person in one transaction, for "
                    + "offender-service's disposal job; idempotent (zeros when nothing is left). The audit trail about the "
                    + "person is kept. Role data-protection-service only (offender-service's client); the gateway does not "
                    + "route it.",
            summary = "Delete every per-PPO plan and case conference item about a person in one transaction "
                    + "(offender-service only); idempotent, audited; the audit trail about them is kept")
    @APIResponse(responseCode = "200", description = "What was deleted, by kind (zeros when nothing was left)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DisposalReceipt.class)))
    public DisposalReceipt dispose(@PathParam("personId") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid", maxLength = 36)) String personId) {
        return service.dispose(PersonIds.parse(personId));
    }
}
