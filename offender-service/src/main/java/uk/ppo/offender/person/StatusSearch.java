package uk.ppo.offender.person;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.ppo.common.audit.AuditTrail;
import uk.ppo.common.security.Caller;
import uk.ppo.offender.audit.AuditAction;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The officers' lookup by name and date of birth, for when they have no PNC id. Finds current PPOs (active or
 * amber) in the caller's schemes whose names' Double Metaphone keys and date of birth (as given, or with day
 * and month swapped) fit, through the indexes on the stored keys; {@link NameMatching} then says how each
 * matches. Restricted and disposed-of people are never candidates; nor are people who are not current PPOs
 * (the status view tells an officer nothing about them, and a search by name must not hand out their PNC id).
 * Each candidate returned is audited ({@code STATUS_SEARCH}); a search that returned no one is one record.
 */
@ApplicationScoped
public class StatusSearch {

    /** The most candidates an answer carries. */
    public static final int LIMIT = 10;
    /** The most rows read: same-sounding name and one of two birth dates are never this many in practice. */
    static final int CANDIDATES_READ = 200;

    private static final String SQL = """
            SELECT p.id, p.pnc_id, p.first_name, p.last_name, p.date_of_birth, p.status, p.strand, s.code AS scheme,
                   p.lead_officer_name, p.lead_officer_contact, p.flags, p.next_review_due
              FROM person p JOIN scheme s ON s.id = p.scheme_id
             WHERE (p.last_name_key = ANY (?) OR p.last_name_key_alt = ANY (?))
               AND p.date_of_birth = ANY (?)
               AND (? OR p.first_name_key = ANY (?) OR p.first_name_key_alt = ANY (?))
               AND p.status = ANY (?) AND p.restricted_at IS NULL AND p.disposed_at IS NULL
               AND (? OR s.code = ANY (?))
             ORDER BY p.pnc_id
             LIMIT ?""";

    private static final Object[] CURRENT_PPO = Arrays.stream(PersonStatus.values())
            .filter(PersonStatus::isCurrentPpo).map(Enum::name).toArray();

    private final AgroalDataSource dataSource;
    private final Caller caller;
    private final AuditTrail audit;

    StatusSearch(AgroalDataSource dataSource, Caller caller, AuditTrail audit) {
        this.dataSource = dataSource;
        this.caller = caller;
        this.audit = audit;
    }

    private record Found(UUID id, NameMatching.Match match, String lastName, String firstName, PersonRecords.StatusMatch view) {
    }

    @Transactional
    public PersonRecords.StatusSearchResult search(NameMatching.Query query) {
        List<Found> found = candidates(query);
        found.sort(Comparator.comparing(Found::match).thenComparing(Found::lastName).thenComparing(Found::firstName)
                .thenComparing(f -> f.view().pncId()));
        List<Found> answer = found.subList(0, Math.min(LIMIT, found.size()));
        audit.recordEach(AuditAction.STATUS_SEARCH, answer.stream().map(Found::id).toList(),
                "status search by name and date of birth");
        return new PersonRecords.StatusSearchResult(answer.stream().map(Found::view).toList(), found.size() > LIMIT);
    }

    private List<Found> candidates(NameMatching.Query query) {
        var scope = caller.scope();
        Object[] lastKeys = keys(query.lastName());
        Object[] dates = Stream.concat(Stream.of(query.dateOfBirth()), NameMatching.transposed(query.dateOfBirth()).stream())
                .toArray();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(SQL)) {
            statement.setArray(1, connection.createArrayOf("varchar", lastKeys));
            statement.setArray(2, connection.createArrayOf("varchar", lastKeys));
            statement.setArray(3, connection.createArrayOf("date", dates));
            statement.setBoolean(4, query.firstName() == null);
            Object[] firstKeys = query.firstName() == null ? new Object[0] : keys(query.firstName());
            statement.setArray(5, connection.createArrayOf("varchar", firstKeys));
            statement.setArray(6, connection.createArrayOf("varchar", firstKeys));
            statement.setArray(7, connection.createArrayOf("varchar", CURRENT_PPO));
            statement.setBoolean(8, scope.coversEveryScheme());
            statement.setArray(9, connection.createArrayOf("text", scope.codes().toArray()));
            statement.setInt(10, CANDIDATES_READ + 1);
            List<Found> found = new ArrayList<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    var candidate = new NameMatching.Candidate(row.getString("last_name"), row.getString("first_name"),
                            row.getObject("date_of_birth", LocalDate.class));
                    Optional<NameMatching.Match> match = NameMatching.classify(query, candidate);
                    if (match.isPresent()) {
                        found.add(new Found(row.getObject("id", UUID.class), match.get(), candidate.lastName(),
                                candidate.firstName(), PersonRecords.StatusMatch.of(StatusLookup.view(row), match.get())));
                    }
                }
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException("status search failed", e);
        }
    }

    private static Object[] keys(String name) {
        NameMatching.Keys keys = NameMatching.keys(name);
        return Stream.of(keys.primary(), keys.alternate()).distinct().toArray();
    }
}
