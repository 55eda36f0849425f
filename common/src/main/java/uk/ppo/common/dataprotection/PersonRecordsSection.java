package uk.ppo.common.dataprotection;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One service's section of a subject access bundle: what it holds about the person, and to whom it disclosed it. */
@Schema(name = "PersonRecordsSection", description = "One service's section of a person's subject access bundle")
public record PersonRecordsSection(
        @Schema(description = "The service that holds the records", example = "scoring-service") String service,
        UUID personId,
        @Schema(description = "When the section was read") Instant generatedAt,
        @Schema(description = "Every record about the person, oldest first (within from/to when given)") List<HeldRecord> records,
        @Schema(description = "Every read or change of the person's records in the service's audit trail, oldest first")
        List<Disclosure> disclosures) {
}
