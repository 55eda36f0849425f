package uk.ppo.actionplan.indicator;

import java.math.BigDecimal;

/** Stored figures (four decimals in the database) as people write them: 213, 53.25, 6.99. */
final class Numbers {

    private Numbers() {
    }

    static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
