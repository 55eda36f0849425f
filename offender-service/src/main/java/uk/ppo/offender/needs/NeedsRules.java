package uk.ppo.offender.needs;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The rules of needs assessments, pure: what an assessment of each area must and must not say, which
 * assessment is a person's latest for an area on a date, and what a scheme's members' latest assessments
 * add up to for the indicators (settled accommodation, employment, high needs).
 */
public final class NeedsRules {

    /** An assessment is dated no earlier than the person's 10th birthday (the age of criminal responsibility). */
    static final int MINIMUM_AGE = 10;

    private NeedsRules() {
    }

    /** What a caller asks to record; the flags are null when not given. */
    public record Entry(NeedArea area, NeedLevel level, NeedStatus status, Boolean onRelease, Boolean classAUse,
                        Boolean dipClient, LocalDate assessedOn) {
    }

    /** An assessment as the rules see it. */
    public record Assessed(UUID id, NeedArea area, NeedLevel level, NeedStatus status, LocalDate assessedOn,
                           Instant recordedAt) {
    }

    /** The field at fault and why. */
    public record Violation(String field, String message) {
    }

    /** What is wrong with an entry for a person born on {@code dateOfBirth}, on {@code today}; empty when nothing. */
    public static Optional<Violation> violation(Entry entry, LocalDate dateOfBirth, LocalDate today) {
        boolean hasStatus = entry.area() == NeedArea.ACCOMMODATION || entry.area() == NeedArea.EMPLOYMENT;
        if (hasStatus && entry.status() == null) {
            return invalid("status", "is required for " + entry.area() + ": one of " + statuses(entry.area()));
        }
        if (!hasStatus && entry.status() != null) {
            return invalid("status", "is not used for " + entry.area() + " (only ACCOMMODATION and EMPLOYMENT); leave it out");
        }
        if (hasStatus && entry.status().area() != entry.area()) {
            return invalid("status", "must be one of " + statuses(entry.area()) + " for " + entry.area());
        }
        if (entry.onRelease() != null && entry.area() != NeedArea.ACCOMMODATION) {
            return invalid("onRelease", "is only for ACCOMMODATION (the accommodation the person is released to); leave it out");
        }
        if (entry.classAUse() != null && entry.area() != NeedArea.DRUGS) {
            return invalid("classAUse", "is only for DRUGS; leave it out");
        }
        if (entry.dipClient() != null && entry.area() != NeedArea.DRUGS) {
            return invalid("dipClient", "is only for DRUGS; leave it out");
        }
        if (entry.assessedOn().isAfter(today)) {
            return invalid("assessedOn", "must not be in the future");
        }
        if (entry.assessedOn().isBefore(dateOfBirth.plusYears(MINIMUM_AGE))) {
            return invalid("assessedOn", "is before the person's 10th birthday");
        }
        return Optional.empty();
    }

    private static Optional<Violation> invalid(String field, String message) {
        return Optional.of(new Violation(field, message));
    }

    private static String statuses(NeedArea area) {
        return Arrays.stream(NeedStatus.values()).filter(s -> s.area() == area).map(Enum::name)
                .collect(Collectors.joining(", "));
    }

    /** Latest first: the later assessment date, then the later recording (a correction made the same day wins). */
    static final Comparator<Assessed> LATEST_FIRST = Comparator.comparing(Assessed::assessedOn)
            .thenComparing(Assessed::recordedAt).reversed();

    /** Each area's latest assessment on or before {@code on}; an area never assessed by then is absent. */
    public static Map<NeedArea, Assessed> latestOn(Collection<Assessed> assessments, LocalDate on) {
        Map<NeedArea, Assessed> latest = new EnumMap<>(NeedArea.class);
        assessments.stream()
                .filter(a -> !a.assessedOn().isAfter(on))
                .sorted(LATEST_FIRST)
                .forEach(a -> latest.putIfAbsent(a.area(), a));
        return latest;
    }

    /** What the members' latest assessments on a date add up to. */
    public record Summary(int members, int settledAccommodation, int noFixedAbode, int accommodationNotAssessed,
                          int employed, int employmentNotAssessed, int noAssessment, Map<NeedArea, Integer> highNeeds) {
    }

    /** Sums each member's latest assessments (one map per member, as {@link #latestOn} gives them). */
    public static Summary summarise(List<Map<NeedArea, Assessed>> members) {
        int settled = 0;
        int nfa = 0;
        int accommodationNotAssessed = 0;
        int employed = 0;
        int employmentNotAssessed = 0;
        int none = 0;
        Map<NeedArea, Integer> high = new EnumMap<>(NeedArea.class);
        for (NeedArea area : NeedArea.values()) {
            high.put(area, 0);
        }
        for (Map<NeedArea, Assessed> latest : members) {
            none += latest.isEmpty() ? 1 : 0;
            Assessed accommodation = latest.get(NeedArea.ACCOMMODATION);
            if (accommodation == null) {
                accommodationNotAssessed++;
            } else {
                settled += accommodation.status() == NeedStatus.SETTLED ? 1 : 0;
                nfa += accommodation.status() == NeedStatus.NO_FIXED_ABODE ? 1 : 0;
            }
            Assessed employment = latest.get(NeedArea.EMPLOYMENT);
            if (employment == null) {
                employmentNotAssessed++;
            } else {
                employed += employment.status() == NeedStatus.EMPLOYED ? 1 : 0;
            }
            latest.values().stream().filter(a -> a.level() == NeedLevel.HIGH).forEach(a -> high.merge(a.area(), 1, Integer::sum));
        }
        return new Summary(members.size(), settled, nfa, accommodationNotAssessed, employed, employmentNotAssessed, none, high);
    }
}
