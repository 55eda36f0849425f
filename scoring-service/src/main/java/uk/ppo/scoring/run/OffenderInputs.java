package uk.ppo.scoring.run;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import uk.ppo.scoring.matrix.OffenceCategory;
import uk.ppo.scoring.matrix.OffenceStatus;
import uk.ppo.scoring.matrix.VictimType;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The slim view scoring-service keeps of what offender-service's scoring feed returns. */
final class OffenderInputs {

    private OffenderInputs() {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Page(UUID schemeId, String schemeCode, int page, int size, long total, List<Person> people) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Person(UUID personId, String pncId, LocalDate dateOfBirth, String status, String strand, List<String> pendingStrands,
                  boolean pncMarker, boolean oasysHigh, List<Offence> offences, List<LocalDate> intelligenceDates) {

        boolean currentMember() {
            return "ACTIVE".equals(status) || "AMBER".equals(status);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Offence(OffenceCategory category, OffenceStatus status, LocalDate offenceDate, List<VictimType> victimTypes) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Scheme(UUID id, String code) {
    }

    record Nominate(String strand, String reason, String agency) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Nominated(UUID id, String status) {
    }
}
