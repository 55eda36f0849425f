package uk.ppo.offender.decision;

/**
 * Who was where on a date: each person's latest panel decision on or before {@code :on}, with the state it left
 * them in. The one rule by which NI 30 fixes its cohorts and the needs summary counts a scheme's members; use it
 * as a subquery.
 */
public final class LatestDecisions {

    /** Columns: person_id, scheme_id, resulting_status, resulting_mappa, resulting_iom_category. Parameter: {@code :on}. */
    public static final String ON_DATE = """
            SELECT DISTINCT ON (person_id) person_id, scheme_id, resulting_status, resulting_mappa, resulting_iom_category
              FROM panel_decision
             WHERE decided_on <= :on
             ORDER BY person_id, decided_on DESC, recorded_at DESC""";

    private LatestDecisions() {
    }
}
