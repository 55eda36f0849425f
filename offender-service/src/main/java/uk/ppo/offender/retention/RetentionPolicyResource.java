package uk.ppo.offender.retention;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
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

/**
 * The retention policy (Data Protection Act 2018 s.39): for each kind of record, after how many months
 * it is due for review and from which date. Versioned: a change is a new version, earlier ones stay
 * readable, and a retention decision names the version it applied. Admins and the data protection officer.
 */
@Path("/api/v1/retention/policy")
@Tag(name = "Retention", description = "Review periods for each kind of record, and the reviews they make due")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.DATA_PROTECTION_OFFICER})
@APIResponse(responseCode = "401", description = "No valid token")
@APIResponse(responseCode = "403", description = "The role may not do this")
public class RetentionPolicyResource {

    private final RetentionService service;

    RetentionPolicyResource(RetentionService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "getRetentionPolicy", summary = "The retention policy in force",
            description = "The retention policy version in force (no personal data), with its version as ETag. Admins and the data"
                    + " protection officer.")
    @APIResponse(responseCode = "200", description = "The current version; ETag is its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RetentionRecords.PolicyView.class)))
    public Response current() {
        RetentionRecords.PolicyView policy = service.current();
        return Response.ok(policy).tag(Integer.toString(policy.version())).build();
    }

    @GET
    @Path("/versions/{version}")
    @Operation(operationId = "getRetentionPolicyVersion", summary = "One version of the retention policy, current or earlier",
            description = "One version of the retention policy, current or earlier (no personal data). Admins and the data protection officer.")
    @APIResponse(responseCode = "200", description = "That version")
    @APIResponse(responseCode = "400", description = "version is not a number from 1 to 100000")
    @APIResponse(responseCode = "404", description = "No such version")
    public RetentionRecords.PolicyView version(@PathParam("version") @Min(1) @Max(100000) int version) {
        return service.version(version);
    }

    @PUT
    @Operation(operationId = "changeRetentionPolicy", summary = "Put a new version of the retention policy in force (one rule for every kind of record)",
            description = "Puts a new version of the retention policy in force; earlier versions stay readable. Admins and the data"
                    + " protection officer; send If-Match to guard against lost updates; audited.")
    @APIResponse(responseCode = "200", description = "The new version; ETag is its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RetentionRecords.PolicyView.class)))
    @APIResponse(responseCode = "400", description = "A rule missing, repeated or out of range, named in violations")
    @APIResponse(responseCode = "412", description = "If-Match names a version that is no longer current")
    public Response change(@Parameter(description = "The ETag of the version read, e.g. \"1\"", schema = @Schema(type = SchemaType.STRING, maxLength = IfMatch.MAX_LENGTH))
                           @HeaderParam(Versions.IF_MATCH) String ifMatch,
                           @Valid @NotNull RetentionRecords.ChangePolicy change) {
        RetentionRecords.PolicyView policy = service.change(Versions.expected(ifMatch), change);
        return Response.ok(policy).tag(Integer.toString(policy.version())).build();
    }
}
