package uk.ppo.scoring.score;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One stored score: inputs, version, explanation and why it differs from the person's score before. Never updated. */
@Entity
@Table(name = "score")
public class Score {

    @Id
    private UUID id;
    @Column(name = "run_id", nullable = false)
    private UUID runId;
    @Column(name = "person_id", nullable = false)
    private UUID personId;
    @Column(name = "scheme_id", nullable = false)
    private UUID schemeId;
    @Column(name = "scheme_code", length = 20)
    private String schemeCode;
    @Column(name = "as_of", nullable = false)
    private LocalDate asOf;
    @Column(name = "matrix_version_number", nullable = false)
    private int matrixVersionNumber;
    @Column(nullable = false)
    private int total;
    @Column(nullable = false, columnDefinition = "text")
    private String lines;
    @Column(nullable = false, columnDefinition = "text")
    private String excluded;
    @Column(nullable = false, columnDefinition = "text")
    private String inputs;
    @Column(nullable = false)
    private boolean provisional;
    @Column(name = "provisional_reasons", length = 500)
    private String provisionalReasons;
    @Column(name = "change_reason", nullable = false, length = 1000)
    private String changeReason;
    @Column(name = "scored_at", nullable = false)
    private Instant scoredAt;

    protected Score() {
    }

    public Score(UUID runId, UUID personId, UUID schemeId, String schemeCode, LocalDate asOf, int matrixVersionNumber, int total,
                 String linesJson, String excludedJson, String inputsJson, String provisionalReasons, String changeReason,
                 Instant scoredAt) {
        this.id = UUID.randomUUID();
        this.runId = runId;
        this.personId = personId;
        this.schemeId = schemeId;
        this.schemeCode = schemeCode;
        this.asOf = asOf;
        this.matrixVersionNumber = matrixVersionNumber;
        this.total = total;
        this.lines = linesJson;
        this.excluded = excludedJson;
        this.inputs = inputsJson;
        this.provisional = provisionalReasons != null && !provisionalReasons.isEmpty();
        this.provisionalReasons = provisional ? provisionalReasons : null;
        this.changeReason = changeReason.length() > 1000 ? changeReason.substring(0, 997) + "..." : changeReason;
        this.scoredAt = scoredAt;
    }

    public UUID id() { return id; }
    public UUID runId() { return runId; }
    public UUID personId() { return personId; }
    public UUID schemeId() { return schemeId; }
    public String schemeCode() { return schemeCode; }
    public LocalDate asOf() { return asOf; }
    public int matrixVersionNumber() { return matrixVersionNumber; }
    public int total() { return total; }
    public String linesJson() { return lines; }
    public String excludedJson() { return excluded; }
    public String inputsJson() { return inputs; }
    public boolean provisional() { return provisional; }
    public String provisionalReasons() { return provisionalReasons; }
    public String changeReason() { return changeReason; }
    public Instant scoredAt() { return scoredAt; }
}
