package uk.ppo.scoring.matrix;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One activation: from {@code activatedAt} the version scores for the scheme, or everywhere when no scheme. */
@Entity
@Table(name = "matrix_activation")
public class MatrixActivation {

    @Id
    private UUID id;
    @Column(name = "matrix_id", nullable = false)
    private UUID matrixId;
    @Column(name = "scheme_id")
    private UUID schemeId;
    @Column(name = "activated_at", nullable = false)
    private Instant activatedAt;
    @Column(name = "activated_by", nullable = false, length = 120)
    private String activatedBy;

    protected MatrixActivation() {
    }

    MatrixActivation(UUID matrixId, UUID schemeId, Instant activatedAt, String activatedBy) {
        this.id = UUID.randomUUID();
        this.matrixId = matrixId;
        this.schemeId = schemeId;
        this.activatedAt = activatedAt;
        this.activatedBy = activatedBy;
    }

    public UUID matrixId() {
        return matrixId;
    }

    public UUID schemeId() {
        return schemeId;
    }

    public Instant activatedAt() {
        return activatedAt;
    }

    public String activatedBy() {
        return activatedBy;
    }
}
