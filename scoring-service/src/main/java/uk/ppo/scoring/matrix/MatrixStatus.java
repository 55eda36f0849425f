package uk.ppo.scoring.matrix;

/** Lifecycle of a scoring matrix version: drafted, made the active one, later retired. */
public enum MatrixStatus {
    DRAFT,
    ACTIVE,
    RETIRED
}
