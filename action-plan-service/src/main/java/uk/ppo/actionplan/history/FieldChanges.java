package uk.ppo.actionplan.history;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Collects the fields a change alters; a field left as it was is not listed. Pure, no CDI. */
public final class FieldChanges {

    private final List<FieldChange> changes = new ArrayList<>();

    /** Lists {@code field} when {@code before} and {@code after} differ (compared by their text). */
    public FieldChanges compare(String field, Object before, Object after) {
        String from = before == null ? null : before.toString();
        String to = after == null ? null : after.toString();
        if (!Objects.equals(from, to)) {
            changes.add(new FieldChange(field, from, to));
        }
        return this;
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    public List<FieldChange> list() {
        return List.copyOf(changes);
    }
}
