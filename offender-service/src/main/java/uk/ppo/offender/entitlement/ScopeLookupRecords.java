package uk.ppo.offender.entitlement;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

/** API types of the scope lookup resource: request and response kept apart, never the entity. */
public final class ScopeLookupRecords {

    private ScopeLookupRecords() {
    }

    @Schema(name = "PersonScope", description = "The scheme a person is managed by now")
    public record PersonScope(UUID personId, UUID schemeId, @Schema(example = "HASTINGS") String schemeCode,
                              @Schema(description = "Processing restricted: only the data protection officer and auditors may reach the person") boolean restricted) {
    }

    @Schema(name = "PersonScopes", description = "The people of the request that exist (unknown ids are absent)")
    public record PersonScopes(List<PersonScope> people) {
    }

    @Schema(name = "SchemeScope", description = "A scheme's id and (immutable) code")
    public record SchemeScope(UUID schemeId, @Schema(example = "HASTINGS") String schemeCode) {
    }

    @Schema(name = "SchemeScopes", description = "Every scheme")
    public record SchemeScopes(List<SchemeScope> schemes) {
    }
}
