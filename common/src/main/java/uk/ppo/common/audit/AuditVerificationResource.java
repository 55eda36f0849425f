package uk.ppo.common.audit;

import io.quarkus.arc.properties.UnlessBuildProperty;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.ppo.common.security.Roles;

/**
 * {@code GET /api/v1/audit/verification}: this service's audit hash chain checked ({@link AuditChain}), for auditors.
 * The answer names no person, so any auditor may ask, whatever their schemes. The gateway serves the same path,
 * asking every service and answering for the suite.
 */
@Path("/api/v1/audit/verification")
@Tag(name = "Audit", description = "The append-only log of every read and change of personal data")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.AUDITOR)
@UnlessBuildProperty(name = "ppo.audit.chain.table", stringValue = "none", enableIfMissing = false)
@APIResponse(responseCode = "401", description = "No valid token")
@APIResponse(responseCode = "403", description = "The role may not do this")
public class AuditVerificationResource {

    private final AuditChain chain;

    AuditVerificationResource(AuditChain chain) {
        this.chain = chain;
    }

    @GET
    @Operation(operationId = "verifyAuditChain", summary = "Check this service's audit hash chain: every row recomputed and linked"
            + " to the one before (auditor)",
            description = "Recomputes every row of this service's audit trail and checks each links to the one before, so tampering"
                    + " shows. Auditors only, whatever their schemes (the answer names no person).")
    @APIResponse(responseCode = "200", description = "The check's result; intact false names the first row where the chain breaks",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AuditVerification.class)))
    public AuditVerification verify() {
        return chain.verify();
    }
}
