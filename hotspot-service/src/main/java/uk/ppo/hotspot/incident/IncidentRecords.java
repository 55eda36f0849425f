package uk.ppo.hotspot.incident;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.ppo.hotspot.report.Window;

import java.time.Instant;
import java.time.YearMonth;

/** API types of the incident push endpoint. */
final class IncidentRecords {

    /** incident.source_key is varchar(100): the partner's name, a colon and the reference. */
    static final int REFERENCE_LENGTH = 60;

    private IncidentRecords() {
    }

    @Schema(name = "PushIncident", description = "One incident from a partner system (police incident system), with the time it happened. No personal data.")
    record PushIncident(
            @NotBlank @Size(max = REFERENCE_LENGTH) @Pattern(regexp = "[A-Za-z0-9._:-]+", message = "must be letters, digits or . _ : -")
            @Schema(description = "The partner's own record id; pushing it again updates the incident", example = "INC-2025-000123")
            String reference,
            @NotNull
            @Schema(description = "When it happened (UTC)", example = "2025-07-12T22:40:00Z")
            Instant occurredAt,
            @NotBlank @Size(max = CrimeTypes.MAX_LENGTH)
            @Schema(description = "police.uk crime type", example = "Anti-social behaviour")
            String crimeType,
            @DecimalMin("-90") @DecimalMax("90") @Schema(example = "50.855") Double latitude,
            @DecimalMin("-180") @DecimalMax("180") @Schema(example = "0.5725") Double longitude,
            @Size(max = 200) @Schema(example = "On or near Robertson Street") String location,
            @Size(max = 9) @Pattern(regexp = "[A-Z][0-9]{8}", message = "must be an ONS code such as E01020963")
            @Schema(description = "LSOA 2021 code", example = "E01020963") String lsoaCode,
            @Size(max = 200) @Schema(example = "Under investigation") String outcome) {
    }

    @Schema(name = "Incident")
    record IncidentView(
            @Schema(example = "INC-2025-000123") String reference,
            @Schema(implementation = String.class, pattern = Window.MONTH_PATTERN, maxLength = Window.MONTH_LENGTH, example = "2025-07") YearMonth month,
            Instant occurredAt,
            @Schema(example = "Anti-social behaviour") String crimeType,
            Double latitude,
            Double longitude,
            String location,
            @Schema(example = "E01020963") String lsoaCode,
            String outcome,
            Instant recordedAt) {

        static IncidentView of(String reference, Incident i) {
            return new IncidentView(reference, YearMonth.from(i.month()), i.occurredAt(), i.crimeType(), i.latitude(),
                    i.longitude(), i.location(), i.lsoaCode(), i.outcome(), i.importedAt());
        }
    }
}
