package uk.ppo.offender.offence;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.ppo.offender.person.PncId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

public final class OffenceRecords {

    private OffenceRecords() {
    }

    static final String SOURCE = "[A-Za-z0-9._:/-]{1,120}";
    /** offence.source_system is varchar(60), source_id varchar(120). */
    static final int SOURCE_SYSTEM_MAX = 60;
    static final int SOURCE_ID_MAX = 120;

    @Schema(name = "PushOffence", description = "An offence from a partner system; pushing the same sourceId again updates it."
            + " It is recorded under the token's client (sourceSystem) and agency (sourceAgency): a body naming another is refused (409)")
    public record PushOffence(
            @Size(max = SOURCE_SYSTEM_MAX) @Pattern(regexp = "[A-Za-z0-9._-]{1,60}", message = "must be 1 to 60 letters, digits, '.', '_' or '-'")
            @Schema(description = "Optional; if given, must be the token's client id", example = "police-system") String sourceSystem,
            @NotNull @Size(max = SOURCE_ID_MAX) @Pattern(regexp = SOURCE, message = "must be 1 to 120 letters, digits or . _ : / -")
            @Schema(example = "CR-2026-004211") String sourceId,
            @NotNull OffenceCategory category,
            @NotNull OffenceStatus status,
            @NotNull @Schema(example = "2026-09-14") LocalDate offenceDate,
            @Size(max = 3) List<@NotNull VictimType> victimTypes,
            @Size(max = 20) @Schema(description = "Optional; if given, must be the token's agency", example = "POLICE") String sourceAgency) {
    }

    @Schema(name = "BulkOffence", description = "A pushed offence naming its person by PNC id")
    public record BulkOffence(
            @NotBlank @Size(max = PncId.MAX_INPUT) @Schema(example = "2004/0012345D") String pncId,
            @Size(max = SOURCE_SYSTEM_MAX) @Pattern(regexp = "[A-Za-z0-9._-]{1,60}", message = "must be 1 to 60 letters, digits, '.', '_' or '-'")
            @Schema(description = "Optional; if given, must be the token's client id") String sourceSystem,
            @NotNull @Size(max = SOURCE_ID_MAX) @Pattern(regexp = SOURCE, message = "must be 1 to 120 letters, digits or . _ : / -") String sourceId,
            @NotNull OffenceCategory category,
            @NotNull OffenceStatus status,
            @NotNull LocalDate offenceDate,
            @Size(max = 3) List<@NotNull VictimType> victimTypes,
            @Size(max = 20) String sourceAgency) {

        PushOffence offence() {
            return new PushOffence(sourceSystem, sourceId, category, status, offenceDate, victimTypes, sourceAgency);
        }
    }

    @Schema(name = "OffenceRecordResult", description = "What became of a pushed offence")
    public enum Result { CREATED, UPDATED, REJECTED }

    @Schema(name = "Offence")
    public record OffenceView(UUID id, UUID personId, String sourceSystem, String sourceId, OffenceCategory category,
                              OffenceStatus status, LocalDate offenceDate, List<VictimType> victimTypes,
                              String sourceAgency, Instant recordedAt, Instant updatedAt, String recordedBy) {
        static OffenceView of(Offence o) {
            return new OffenceView(o.id(), o.personId(), o.sourceSystem(), o.sourceId(), o.category(), o.status(),
                    o.offenceDate(), o.victimTypes(), o.sourceAgency(), o.recordedAt(), o.updatedAt(), o.recordedBy());
        }
    }

    @Schema(name = "BulkOffenceResult")
    public record RecordResult(int index, String sourceSystem, String sourceId, Result result, UUID offenceId,
                               List<String> errors) {
    }

    @Schema(name = "BulkOffenceResponse", description = "Valid records are stored together in one transaction; rejected ones are listed with why")
    public record BulkResult(int created, int updated, int rejected, List<RecordResult> results) {
    }
}
