package uk.ppo.scoring.dataprotection;

import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * What scoring-service holds about a person, kind by kind: the tables with a person_id column. Score runs, scheme
 * baselines and matrices are not about one person and stay; a run's counts (people scored, cohort totals) stay
 * true of the run as it was when it completed.
 */
enum ScoringKind {

    /** A score with its lines, exclusions and the inputs it was computed from ({@code inputs}). */
    SCORE("score", """
            SELECT * FROM score WHERE person_id = ? ORDER BY as_of, scored_at, id""",
            Set.of("lines", "excluded", "inputs"), "asOf", "scoredAt", row -> Kinds.COMPUTED,
            "DELETE FROM score WHERE person_id = :person"),
    /** A score a running run has written but not yet made visible. */
    STAGED_SCORE("staged-score", """
            SELECT * FROM score_staging WHERE person_id = ? ORDER BY as_of, scored_at, id""",
            Set.of("lines", "excluded", "inputs"), "asOf", "scoredAt", row -> Kinds.COMPUTED,
            "DELETE FROM score_staging WHERE person_id = :person"),
    /** An ASSET assessment, supplied by whoever recorded it (a youth offending service's officer or system). */
    ASSET_ASSESSMENT("asset-assessment", """
            SELECT * FROM asset_assessment WHERE person_id = ? ORDER BY assessed_on, recorded_at, id""",
            Set.of(), "assessedOn", "recordedAt", row -> (String) row.get("recordedBy"),
            "DELETE FROM asset_assessment WHERE person_id = :person"),
    /** The person's place in a run's ranked proposal (with their PNC id), with the run's date and scheme. */
    PROPOSAL_ENTRY("proposal-entry", """
            SELECT e.*, r.scheme_code AS run_scheme_code, r.as_of AS run_as_of,
                   coalesce(r.finished_at, r.started_at) AS run_finished_at
            FROM proposal_entry e JOIN score_run r ON r.id = e.run_id
            WHERE e.person_id = ? ORDER BY r.as_of, r.started_at, e.strand""",
            Set.of(), "runAsOf", "runFinishedAt", row -> Kinds.COMPUTED,
            "DELETE FROM proposal_entry WHERE person_id = :person");

    private final String kind;
    private final String select;
    private final Set<String> jsonText;
    private final String dateField;
    private final String recordedAtField;
    private final Function<Map<String, Object>, String> source;
    private final String delete;

    ScoringKind(String kind, String select, Set<String> jsonText, String dateField, String recordedAtField,
                Function<Map<String, Object>, String> source, String delete) {
        this.kind = kind;
        this.select = select;
        this.jsonText = jsonText;
        this.dateField = dateField;
        this.recordedAtField = recordedAtField;
        this.source = source;
        this.delete = delete;
    }

    String kind() { return kind; }
    String select() { return select; }
    Set<String> jsonText() { return jsonText; }
    String dateField() { return dateField; }
    String recordedAtField() { return recordedAtField; }
    String source(Map<String, Object> row) { return source.apply(row); }
    String delete() { return delete; }

    private static final class Kinds {
        /** The source of what the service computed itself. */
        static final String COMPUTED = "scoring-service";
    }
}
