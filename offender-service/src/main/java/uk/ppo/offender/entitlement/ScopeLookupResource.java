package uk.ppo.offender.entitlement;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.ppo.common.security.Roles;
import uk.ppo.offender.entitlement.ScopeLookupRecords.PersonScope;
import uk.ppo.offender.entitlement.ScopeLookupRecords.PersonScopes;
import uk.ppo.offender.entitlement.ScopeLookupRecords.SchemeScope;
import uk.ppo.offender.entitlement.ScopeLookupRecords.SchemeScopes;

import java.util.List;
import java.util.UUID;

/**
 * Which scheme a person or scheme id is in now, for the suite's own services (role {@code scope-lookup},
 * held only by their clients): scoring-service and action-plan-service check their callers' scope against
 * the person's current scheme here, so a transfer moves access everywhere at once. Answers carry no
 * personal data beyond id to scheme, and are not audited as person reads.
 */
@Path("/api/v1/entitlements")
@Tag(name = "Scope look-ups", description = "A person's or scheme's current scheme code, for the suite's own services")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.SCOPE_LOOKUP)
@APIResponse(responseCode = "401", description = "No valid token")
@APIResponse(responseCode = "403", description = "The role may not do this")
public class ScopeLookupResource {

    private final ScopeLookups lookups;

    ScopeLookupResource(ScopeLookups lookups) {
        this.lookups = lookups;
    }

    @GET
    @Path("/people/{personId}")
    @Operation(operationId = "getPersonScope", summary = "The scheme a person is in now (the suite's services only)",
            description = "The scheme a person is managed by now, so another service can check its caller's scope. The suite's own"
                    + " services only (role scope-lookup); not audited as a person read (no personal data beyond id to scheme).")
    @APIResponse(responseCode = "200", description = "The person's current scheme")
    @APIResponse(responseCode = "404", description = "No such person")
    public PersonScope person(@PathParam("personId") UUID personId) {
        return lookups.person(personId);
    }

    @GET
    @Path("/people")
    @Operation(operationId = "listPersonScopes", summary = "The schemes some people are in now (the suite's services only)",
            description = "The schemes up to 500 people are managed by now; unknown ids are left out. The suite's own services only"
                    + " (role scope-lookup); not audited as a person read.")
    @APIResponse(responseCode = "200", description = "One entry per id that exists")
    @APIResponse(responseCode = "400", description = "No id, or more than 500")
    public PersonScopes people(@Parameter(description = "Person ids, 1 to 500") @QueryParam("id") @NotNull @Size(min = 1, max = 500) List<UUID> ids) {
        return new PersonScopes(lookups.people(ids));
    }

    @GET
    @Path("/schemes/{schemeId}")
    @Operation(operationId = "getSchemeScope", summary = "A scheme's code (the suite's services only)",
            description = "A scheme's immutable code by id. The suite's own services only (role scope-lookup).")
    @APIResponse(responseCode = "200", description = "The scheme's code")
    @APIResponse(responseCode = "404", description = "No such scheme")
    public SchemeScope scheme(@PathParam("schemeId") UUID schemeId) {
        return lookups.scheme(schemeId);
    }

    @GET
    @Path("/schemes")
    @Operation(operationId = "listSchemeScopes", summary = "Every scheme's id and code (the suite's services only)",
            description = "Every scheme's id and code. The suite's own services only (role scope-lookup).")
    @APIResponse(responseCode = "200", description = "Every scheme")
    public SchemeScopes schemes() {
        return new SchemeScopes(lookups.schemes());
    }
}
