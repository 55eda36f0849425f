package uk.ppo.scoring.offender;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import uk.ppo.scoring.matrix.OffenceCategory;
import uk.ppo.scoring.matrix.OffenceStatus;
import uk.ppo.scoring.matrix.VictimType;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The slim view scoring-service keeps of what offender-service returns: the scoring feed, the scope look-ups, nominations. */
public final class OffenderInputs {

    private OffenderInputs() {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Page(UUID schemeId, String schemeCode, int page, int size, long total, List<Person> people) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Person(UUID personId, String pncId, LocalDate dateOfBirth, String status, String strand, List<String> pendingStrands,
                  boolean pncMarker, boolean oasysHigh, List<Offence> offences, List<LocalDate> intelligenceDates) {

        public boolean currentMember() {
            return "ACTIVE".equals(status) || "AMBER".equals(status);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Offence(OffenceCategory category, OffenceStatus status, LocalDate offenceDate, List<VictimType> victimTypes) {
    }

    /** A person's current scheme, from the scope look-up. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record PersonScheme(UUID personId, UUID schemeId, String schemeCode, boolean restricted) {
    }

    /** A scheme's code, from the scope look-up (codes never change). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record SchemeCode(UUID schemeId, String schemeCode) {
    }

    /** {@code listedFor}: PROLIFIC or PRIORITY (offender-service requires it on every nomination). */
    public record Nominate(String strand, String listedFor, String reason, String agency) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Nominated(UUID id, String status) {
    }
}
