package uk.ppo.offender.offence;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/** API types of the person offence resource: request and response kept apart, never the entity. */
public final class PersonOffenceRecords {

    private PersonOffenceRecords() {
    }

    @Schema(name = "PushOffenceResult", description = "The offence's id, and whether the push created or updated it")
    public record Created(UUID id, OffenceRecords.Result result) {
    }
}
