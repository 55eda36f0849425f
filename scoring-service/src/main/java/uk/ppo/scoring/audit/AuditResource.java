package uk.ppo.scoring.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.ppo.common.audit.AuditEntry;
import uk.ppo.common.audit.AuditTrail;
import uk.ppo.common.paging.Page;
import uk.ppo.common.paging.PageRequest;
import uk.ppo.common.problem.ProblemException;
import uk.ppo.common.security.Roles;

import java.time.Instant;
import java.util.UUID;

@Path("/api/v1/scoring/audit")
@Tag(name = "Scoring audit", description = "Who read or changed a person's scores and assessments")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.AUDITOR)
public class AuditResource {

    private final AuditTrail trail;

    AuditResource(AuditTrail trail) {
        this.trail = trail;
    }

    @GET
    @Operation(operationId = "searchScoringAudit", summary = "Scoring audit records, oldest first, filtered by person, user and time (auditor)")
    public Page<AuditEntry> search(@QueryParam("personId") UUID personId, @QueryParam("user") String user,
                                   @QueryParam("from") Instant from, @QueryParam("to") Instant to, @Valid @BeanParam PageRequest paging) {
        if (from != null && to != null && !from.isBefore(to)) {
            throw ProblemException.invalid("from", "must be before to");
        }
        return trail.search(personId, user, from, to, paging.page(), paging.size());
    }
}
