package uk.ppo.common.text;

/** Free text as the services store it. */
public final class Text {

    private Text() {
    }

    /** The text stripped of surrounding white space, or null when it is null or blank: an optional field left empty. */
    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
