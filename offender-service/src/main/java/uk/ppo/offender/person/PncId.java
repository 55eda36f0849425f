package uk.ppo.offender.person;

import java.time.Year;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Police National Computer identifiers: year, '/', serial number of up to 7 digits, check letter
 * ({@code 2004/0012345A}, also written {@code 04/12345A}). Stored in one canonical form (4-digit year,
 * 7-digit serial, capital letter) so the same person is found however a partner wrote it.
 * The check letter's format is validated but not its value: partner systems hold legacy ids whose
 * letters do not follow the mod-23 rule, and refusing them would hide a PPO from a lookup.
 */
public final class PncId {

    private static final Pattern FORMAT = Pattern.compile("(\\d{2}|\\d{4})/(\\d{1,7})([A-Za-z])");

    private PncId() {
    }

    /** The canonical form, or empty if {@code raw} is not a PNC id. */
    public static Optional<String> canonical(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        Matcher m = FORMAT.matcher(raw.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(1));
        if (m.group(1).length() == 2) {
            int thisYear = Year.now().getValue() % 100;
            year += year <= thisYear ? 2000 : 1900;
        }
        if (year < 1900 || year > Year.now().getValue()) {
            return Optional.empty();
        }
        return Optional.of("%04d/%07d%s".formatted(year, Integer.parseInt(m.group(2)), m.group(3).toUpperCase()));
    }

    /** The longest PNC id a caller may send: 13 characters canonical (2004/0012345A), room for spaces around it. */
    public static final int MAX_INPUT = 20;

    public static final String FORMAT_MESSAGE = "must be a PNC id: year/serial number and check letter, e.g. 2004/0012345A";
}
