package uk.ppo.hotspot.report;

import uk.ppo.common.problem.ProblemException;
import uk.ppo.hotspot.area.AreaType;

/** The levels a hotspot report can be run at. */
public enum ReportLevel {
    LSOA, WARD, DISTRICT;

    public AreaType areaType() {
        return AreaType.valueOf(name());
    }

    public static ReportLevel parse(String value) {
        try {
            return ReportLevel.valueOf(value == null ? "" : value.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("level", "must be one of LSOA, WARD, DISTRICT");
        }
    }
}
