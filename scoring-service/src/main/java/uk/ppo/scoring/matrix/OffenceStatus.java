package uk.ppo.scoring.matrix;

/** How far an offence is proven: convicted, admitted (including TICs) or suspected. */
public enum OffenceStatus {
    CONVICTED, ADMITTED, SUSPECTED
}
