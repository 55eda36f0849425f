package uk.ppo.actionplan.ppoplan;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import uk.ppo.actionplan.audit.AuditLog;
import uk.ppo.actionplan.offender.PersonSchemes;
import uk.ppo.common.paging.Page;
import uk.ppo.common.paging.PageRequest;
import uk.ppo.common.security.Entitlements;
import uk.ppo.common.security.Roles;

import java.util.List;
import java.util.UUID;

@Path("/api/v1/ppo-plans/access-log")
@Tag(name = "PPO plans", description = "Per-PPO targeting and intervention plans (personal data: audited, scoped by scheme)")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.AUDITOR, Roles.ADMIN})
public class AccessLogResource {

    private final AuditLog audit;
    private final PersonSchemes schemes;
    private final Entitlements entitlements;

    AccessLogResource(AuditLog audit, PersonSchemes schemes, Entitlements entitlements) {
        this.audit = audit;
        this.schemes = schemes;
        this.entitlements = entitlements;
    }

    @GET
    @Operation(operationId = "getPpoPlanAccessLog",
            description = "Who read or changed a person's PPO plans, newest first: each audit entry with the actor, their roles "
                    + "and agency, the purpose and the request id. Auditor or admin, for a person in their schemes; any "
                    + "other person gives an empty page.",
            summary = "Who read or changed a person's plans, newest first (auditor, admin)")
    @APIResponse(responseCode = "200", description = "A page of audit entries")
    @APIResponse(responseCode = "400", description = "personId missing or not a UUID")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not an auditor or admin")
    public Page<PpoPlanRecords.AccessView> log(@QueryParam("personId") @NotNull @Parameter(description = "The offender's id", required = true) UUID personId,
                                               @Valid @BeanParam PageRequest paging) {
        if (!entitlements.mayReadAuditOf(personId, schemes::schemeOf)) {
            return new Page<>(List.of(), paging.page(), paging.size(), 0);
        }
        return new Page<>(audit.forPerson(personId, paging.page(), paging.size()), paging.page(), paging.size(),
                audit.countForPerson(personId))
                .map(e -> new PpoPlanRecords.AccessView(e.at(), e.actor(), e.roles(), e.agency(), e.action(), e.subjectId(),
                        e.personId(), e.detail(), e.requestId(), e.purpose(), e.client()));
    }
}
