package uk.ppo.hotspot.importing;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "ImportReport", description = "What an incident import did")
public record ImportReport(
        @Schema(description = "New incidents stored", example = "12003") long accepted,
        @Schema(description = "Known incidents whose content changed (e.g. a new outcome)", example = "0") long updated,
        @Schema(description = "Rows already stored unchanged, or repeated within the upload", example = "24") long duplicates,
        @Schema(description = "Rows not imported (only with skipInvalid=true; otherwise any invalid row fails the request)", example = "0") long rejected,
        @Schema(description = "Valid rows with no LSOA, or an LSOA not in the area table: stored, but not in area reports", example = "431") long unmatchedArea,
        @Schema(description = "The first rejected rows (at most 100) and why") List<RowError> errors) {

    @Schema(name = "ImportRowError")
    public record RowError(@Schema(description = "Line number in the (decompressed) file, header = 1", example = "17") long line,
                    @Schema(example = "Month: must be YYYY-MM, not '2025-13'") String reason) {
    }
}
