package uk.ppo.common.dataprotection;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.Map;

/** One record a service holds about a person, with every field it holds. */
@Schema(name = "HeldRecord", description = "One record held about the person, with every field held")
public record HeldRecord(
        @Schema(description = "What the record is (each service names its kinds)", example = "score") String kind,
        @Schema(description = "The record's id in the service", example = "0b6d3c1e-4a8f-4e27-9d15-5c2f7a9e0003") String id,
        @Schema(description = "Who supplied it: the user, system or agency, or the service itself for what it computed",
                example = "scoring-service") String source,
        @Schema(description = "When it was recorded") Instant recordedAt,
        @Schema(description = "When it last changed (null: never)", nullable = true) Instant updatedAt,
        @Schema(type = SchemaType.OBJECT, description = "Every field of the record as held (names are the service's own)")
        Map<String, Object> content,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "Intelligence: the DPO reviews it before disclosure (DPA 2018 s.45(4)); it is listed, never withheld silently",
                nullable = true)
        Boolean reviewBeforeDisclosure) {

    /** A record with nothing withheld for review. */
    public HeldRecord(String kind, String id, String source, Instant recordedAt, Instant updatedAt, Map<String, Object> content) {
        this(kind, id, source, recordedAt, updatedAt, content, null);
    }
}
