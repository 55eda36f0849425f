package uk.ppo.scoring.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.ppo.common.audit.AuditEntry;
import uk.ppo.common.audit.AuditTrail;
import uk.ppo.common.paging.Page;
import uk.ppo.common.paging.PageRequest;
import uk.ppo.common.problem.ProblemException;
import uk.ppo.common.security.Entitlements;
import uk.ppo.common.security.Roles;
import uk.ppo.scoring.offender.Scopes;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Path("/api/v1/scoring/audit")
@Tag(name = "Scoring audit", description = "Who read or changed a person's scores and assessments")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.AUDITOR)
@APIResponse(responseCode = "401", description = "No valid token")
@APIResponse(responseCode = "403", description = "The role may not do this")
public class AuditResource {

    /** audit_record.username is varchar(120). */
    private static final int USERNAME_MAX_LENGTH = 120;

    private final AuditTrail trail;
    private final Entitlements entitlements;
    private final Scopes scopes;

    AuditResource(AuditTrail trail, Entitlements entitlements, Scopes scopes) {
        this.trail = trail;
        this.entitlements = entitlements;
        this.scopes = scopes;
    }

    @GET
    @Operation(operationId = "searchScoringAudit", summary = "Scoring audit records, oldest first, filtered by person, user and time (auditor). "
            + "An auditor whose schemes are not every scheme reads the records of one person they may see; otherwise their list is empty",
            description = "Who read or changed which person's scores and ASSET assessments, and refusals. Auditors only.")
    @APIResponse(responseCode = "200", description = "The records")
    @APIResponse(responseCode = "400", description = "from not before to, user longer than 120 characters, or bad paging; named in violations")
    @APIResponse(responseCode = "503", description = "offender-service is unavailable to say which scheme the person is in")
    public Page<AuditEntry> search(@QueryParam("personId") UUID personId,
                                   @QueryParam("user") @Size(max = USERNAME_MAX_LENGTH) @Parameter(description = "Username") String user,
                                   @QueryParam("from") Instant from, @QueryParam("to") Instant to, @Valid @BeanParam PageRequest paging) {
        if (from != null && to != null && !from.isBefore(to)) {
            throw ProblemException.invalid("from", "must be before to");
        }
        if (!entitlements.mayReadAuditOf(personId, person -> scopes.currentSchemeOf(person).orElse(null))) {
            return new Page<>(List.of(), paging.page(), paging.size(), 0);
        }
        return trail.search(personId, user, from, to, paging.page(), paging.size());
    }
}
