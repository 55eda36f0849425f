package uk.ppo.offender.person;

import org.apache.commons.codec.language.DoubleMetaphone;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * How a person found by the officers' name search matches what the officer typed: the rule, pure.
 * <p>
 * Names sound alike when their Double Metaphone keys (commons-codec, primary or alternate) share a value:
 * "Smyth" and "Smith" both give SM0/XMT, "Jon" and "John" both JN/AN. A candidate must sound like the last
 * name and, when one is given, the first name, and be born on the date of birth or on that date with day and
 * month swapped (05/11 for 11/05: a common slip between British and American forms). Then:
 * <ul>
 *   <li>{@code EXACT}: both names equal, ignoring case, accents and spacing, and born on the date given;</li>
 *   <li>{@code PHONETIC}: born on the date given, a name only sounds alike;</li>
 *   <li>{@code DOB_TRANSPOSED}: born on the date with day and month swapped (names equal or alike). A date whose
 *       swap is impossible (13/05 has no month 13) or the same date (05/05) has no transposition.</li>
 * </ul>
 * The order of the enum is the order of the answer: the best match first.
 */
public final class NameMatching {

    /** How a candidate matches, best first. */
    @Schema(name = "PpoNameMatch", description = "How a candidate of the name search matches, best first")
    public enum Match { EXACT, PHONETIC, DOB_TRANSPOSED }

    /** What the officer typed; {@code firstName} may be null (the search is then by last name and date only). */
    public record Query(String lastName, String firstName, LocalDate dateOfBirth) {
    }

    /** A person's name and date of birth as recorded. */
    public record Candidate(String lastName, String firstName, LocalDate dateOfBirth) {
    }

    /** A name's Double Metaphone keys, the values stored beside the name for the search to use an index. */
    public record Keys(String primary, String alternate) {
        static final Keys NONE = new Keys(null, null);

        boolean shareOneWith(Keys other) {
            return primary != null && (primary.equals(other.primary) || primary.equals(other.alternate)
                    || alternate.equals(other.primary) || alternate.equals(other.alternate));
        }
    }

    /** The longest key kept: commons-codec's default, enough to tell most names apart. */
    static final int KEY_LENGTH = 4;
    private static final DoubleMetaphone ENCODER = new DoubleMetaphone();

    private NameMatching() {
    }

    /** A name's keys; none for a blank or missing name. */
    public static Keys keys(String name) {
        if (name == null || name.isBlank()) {
            return Keys.NONE;
        }
        String plain = plain(name);
        String primary = ENCODER.doubleMetaphone(plain, false);
        if (primary == null || primary.isEmpty()) {
            // a name of silent letters only ("H"): the name itself is its key, so it still finds itself
            String itself = normal(name).toUpperCase(Locale.ROOT);
            itself = itself.substring(0, Math.min(itself.length(), KEY_LENGTH));
            return new Keys(itself, itself);
        }
        return new Keys(primary, ENCODER.doubleMetaphone(plain, true));
    }

    /** The date with day and month swapped, if that is another real date. */
    public static Optional<LocalDate> transposed(LocalDate date) {
        if (date.getDayOfMonth() == date.getMonthValue() || date.getDayOfMonth() > 12) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(date.getYear(), date.getDayOfMonth(), date.getMonthValue()));
        } catch (DateTimeException impossible) {
            return Optional.empty();
        }
    }

    /** How the candidate matches the query, or empty when it does not. */
    public static Optional<Match> classify(Query query, Candidate candidate) {
        boolean bornThen = candidate.dateOfBirth().equals(query.dateOfBirth());
        if (!bornThen && !transposed(query.dateOfBirth()).filter(candidate.dateOfBirth()::equals).isPresent()) {
            return Optional.empty();
        }
        boolean lastEqual = sameName(query.lastName(), candidate.lastName());
        boolean firstEqual = query.firstName() == null || sameName(query.firstName(), candidate.firstName());
        boolean lastAlike = lastEqual || keys(query.lastName()).shareOneWith(keys(candidate.lastName()));
        boolean firstAlike = firstEqual || keys(query.firstName()).shareOneWith(keys(candidate.firstName()));
        if (!lastAlike || !firstAlike) {
            return Optional.empty();
        }
        if (!bornThen) {
            return Optional.of(Match.DOB_TRANSPOSED);
        }
        return Optional.of(lastEqual && firstEqual ? Match.EXACT : Match.PHONETIC);
    }

    static boolean sameName(String a, String b) {
        return a != null && b != null && normal(a).equals(normal(b));
    }

    // Case, accents, curly apostrophes and runs of spaces do not make a different name.
    private static String normal(String name) {
        return plain(name).toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceAll("\\s+", " ").strip();
    }

    private static String plain(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }
}
