package uk.ppo.hotspot.area;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** API types of the area resource: request and response kept apart, never the entity. */
final class AreaRecords {

    private static final String CODE = "[A-Z][A-Z0-9]{1,11}";
    private static final String CODE_MESSAGE = "must be 2 to 12 capital letters or digits, starting with a letter";

    /** More than the United Kingdom's: no area holds more. */
    static final int MAX_POPULATION = 100_000_000;

    private AreaRecords() {
    }

    @Schema(name = "CreateArea", description = "A new area, placed under a parent one level up")
    record CreateArea(
            @NotNull @Size(max = Area.CODE_LENGTH) @Pattern(regexp = CODE, message = CODE_MESSAGE)
            @Schema(description = "ONS code, unique", example = "E07000062")
            String code,
            @NotBlank @Size(max = Area.NAME_LENGTH)
            @Schema(example = "Hastings")
            String name,
            @NotNull
            @Schema(description = "Level in the hierarchy", example = "DISTRICT")
            AreaType type,
            @Size(max = Area.CODE_LENGTH) @Pattern(regexp = CODE, message = CODE_MESSAGE)
            @Schema(description = "Code of the area one level up; none for a county or a unitary district",
                    example = "E10000011")
            String parentCode,
            @PositiveOrZero @Max(MAX_POPULATION)
            @Schema(description = "Resident population", example = "90990")
            Integer population,
            @DecimalMin("-90") @DecimalMax("90")
            @Schema(description = "Latitude of the centroid (WGS84)", example = "50.86742")
            Double latitude,
            @DecimalMin("-180") @DecimalMax("180")
            @Schema(description = "Longitude of the centroid (WGS84)", example = "0.56797")
            Double longitude) {
    }

    @Schema(name = "Area")
    record AreaView(
            @Schema(example = "E07000062") String code,
            @Schema(example = "Hastings") String name,
            @Schema(example = "DISTRICT") AreaType type,
            @Schema(description = "Code of the parent area, if any", example = "E10000011") String parentCode,
            @Schema(example = "90990") Integer population,
            @Schema(example = "50.86742") Double latitude,
            @Schema(example = "0.56797") Double longitude,
            @Schema(description = "Version for If-Match", example = "0") long version,
            Instant createdAt) {

        static AreaView of(Area a) {
            return new AreaView(a.code(), a.name(), a.type(), a.parentCode(), a.population(), a.latitude(),
                    a.longitude(), a.version(), a.createdAt());
        }
    }
}
