package uk.ppo.hotspot.gistar;

/**
 * Longitude/latitude (CRS84) to metres for distance bands and grids: an equirectangular projection true
 * at 51.5°N, fixed so grid cells have stable codes. Across the three force areas (50.7–52.6°N) east-west
 * distances are within ±1.5 % of true; north-south distances are true. Pure.
 */
public final class Projection {

    static final double EARTH_RADIUS = 6_371_008.8;
    static final double REFERENCE_LATITUDE = 51.5;
    private static final double COS_REF = Math.cos(Math.toRadians(REFERENCE_LATITUDE));

    private Projection() {
    }

    public static double x(double longitude) {
        return EARTH_RADIUS * COS_REF * Math.toRadians(longitude);
    }

    public static double y(double latitude) {
        return EARTH_RADIUS * Math.toRadians(latitude);
    }

    public static double longitude(double x) {
        return Math.toDegrees(x / (EARTH_RADIUS * COS_REF));
    }

    public static double latitude(double y) {
        return Math.toDegrees(y / EARTH_RADIUS);
    }
}
