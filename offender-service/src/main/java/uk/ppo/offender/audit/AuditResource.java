package uk.ppo.offender.audit;

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
import uk.ppo.offender.person.PersonService;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Path("/api/v1/audit")
@Tag(name = "Audit", description = "The append-only log of every read and change of personal data")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.AUDITOR)
@APIResponse(responseCode = "401", description = "No valid token")
@APIResponse(responseCode = "403", description = "The role may not do this")
public class AuditResource {

    /** audit_record.username is varchar(120). */
    static final int USER_MAX = 120;

    private final AuditTrail trail;
    private final Entitlements entitlements;
    private final PersonService people;

    AuditResource(AuditTrail trail, Entitlements entitlements, PersonService people) {
        this.trail = trail;
        this.entitlements = entitlements;
        this.people = people;
    }

    @GET
    @Operation(operationId = "searchAudit", summary = "Audit records, oldest first, filtered by person, user and time (auditor)",
            description = "A page of the audit trail, oldest first, filtered by person, user and time; an auditor limited to some"
                    + " schemes reads one person's records at a time. Auditors only.")
    @APIResponse(responseCode = "200", description = "A page of audit records, oldest first")
    @APIResponse(responseCode = "400", description = "from not before to, user too long, or page or size out of range")
    @APIResponse(responseCode = "404", description = "personId, from or to is not an id or an instant")
    public Page<AuditEntry> search(@QueryParam("personId") UUID personId, @Parameter(description = "The user or client named in the records")
                                  @QueryParam("user") @Size(max = USER_MAX) String user,
                                  @QueryParam("from") Instant from, @QueryParam("to") Instant to,
                                  @Valid @BeanParam PageRequest paging) {
        if (from != null && to != null && !from.isBefore(to)) {
            throw ProblemException.invalid("from", "must be before to");
        }
        // The trail spans every scheme and holds records about no one person (searches, cohort reads): reading it
        // whole needs every scheme; an auditor limited to some schemes reads one person's records at a time.
        if (!entitlements.mayReadAuditOf(personId, people::currentSchemeOf)) {
            return new Page<>(List.of(), paging.page(), paging.size(), 0);
        }
        return trail.search(personId, user, from, to, paging.page(), paging.size());
    }
}
