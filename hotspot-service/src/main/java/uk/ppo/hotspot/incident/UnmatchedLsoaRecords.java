package uk.ppo.hotspot.incident;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** API types of the unmatched lsoa resource: request and response kept apart, never the entity. */
public final class UnmatchedLsoaRecords {

    private UnmatchedLsoaRecords() {
    }

    @Schema(name = "UnmatchedIncidents")
    public record UnmatchedView(
            @Schema(description = "Incidents with no LSOA (police.uk 'No Location')") long withoutLsoa,
            @Schema(description = "LSOAs not in the area table, most incidents first (at most 500)") List<Lsoa> lsoas) {
    }

    @Schema(name = "UnmatchedLsoa")
    public record Lsoa(@Schema(example = "E01016520") String lsoaCode, @Schema(example = "Slough 001A") String lsoaName,
                       long incidents) {
    }
}
