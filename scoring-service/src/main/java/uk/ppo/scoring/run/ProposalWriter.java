package uk.ppo.scoring.run;

import io.micrometer.core.annotation.Timed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;

/**
 * Writes a completing run's proposal ({@code proposal_entry}, one row per person and strand) in JDBC batches, in
 * the completing transaction: a run of 100,000 people proposes about as many entries.
 */
@ApplicationScoped
class ProposalWriter {

    private static final String INSERT = """
            INSERT INTO proposal_entry (id, run_id, strand, person_id, pnc_id, rank, ranking_score, current_member, pending_nominee,
                                        action, tie_at_cut_off, provisional)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final int BATCH = 1000;

    private final EntityManager em;

    ProposalWriter(EntityManager em) {
        this.em = em;
    }

    /** The run's entries, leaving out people disposed of (data protection) while the run worked. */
    @Timed(value = RunStages.TIMER, extraTags = {"stage", "proposal"})
    @Transactional(Transactional.TxType.MANDATORY)
    void write(UUID runId, Collection<ProposalRules.Entry> entries, Set<UUID> disposed) {
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                int batch = 0;
                for (ProposalRules.Entry entry : entries) {
                    if (disposed.contains(entry.personId())) {
                        continue;
                    }
                    ProposalEntry e = new ProposalEntry(runId, entry);
                    insert.setObject(1, e.id());
                    insert.setObject(2, runId);
                    insert.setString(3, e.strand().name());
                    insert.setObject(4, e.personId());
                    insert.setString(5, e.pncId());
                    insert.setInt(6, e.rank());
                    insert.setInt(7, e.rankingScore());
                    insert.setBoolean(8, e.currentMember());
                    insert.setBoolean(9, e.pendingNominee());
                    insert.setString(10, e.action().name());
                    insert.setBoolean(11, e.tieAtCutOff());
                    insert.setBoolean(12, e.provisional());
                    insert.addBatch();
                    if (++batch % BATCH == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
        });
    }
}
