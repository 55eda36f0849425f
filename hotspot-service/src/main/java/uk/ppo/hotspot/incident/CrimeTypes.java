package uk.ppo.hotspot.incident;

import java.util.List;
import java.util.Set;

/** The police.uk street-level crime categories, spelt exactly as the open data and the API use them. */
public final class CrimeTypes {

    public static final String ANTI_SOCIAL_BEHAVIOUR = "Anti-social behaviour";

    public static final List<String> ALL = List.of(
            ANTI_SOCIAL_BEHAVIOUR,
            "Bicycle theft",
            "Burglary",
            "Criminal damage and arson",
            "Drugs",
            "Other crime",
            "Other theft",
            "Possession of weapons",
            "Public order",
            "Robbery",
            "Shoplifting",
            "Theft from the person",
            "Vehicle crime",
            "Violence and sexual offences");

    /** How many there are: the most a request may name (ALL's size, pinned by a test). */
    public static final int COUNT = 14;
    /** incident.crime_type is varchar(60). */
    public static final int MAX_LENGTH = 60;

    private static final Set<String> KNOWN = Set.copyOf(ALL);

    private CrimeTypes() {
    }

    public static boolean isKnown(String crimeType) {
        return crimeType != null && KNOWN.contains(crimeType);
    }

    public static String describe() {
        return "must be a police.uk crime type: " + String.join(", ", ALL);
    }
}
