package uk.ppo.hotspot.geo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.List;
import java.util.Map;

/**
 * Writes a GeoJSON FeatureCollection (RFC 7946, CRS84) for map output: each feature's geometry is the
 * stored polygon where boundaries are loaded, else the centroid as a Point, else null. Stored polygons are
 * copied through as text, so large boundaries are not parsed again.
 */
public final class GeoJson {

    public static final String MEDIA_TYPE = "application/geo+json";

    private GeoJson() {
    }

    /** Whether the caller prefers GeoJSON: the first acceptable type that is JSON or GeoJSON decides. */
    public static boolean wanted(jakarta.ws.rs.core.HttpHeaders headers) {
        for (jakarta.ws.rs.core.MediaType type : headers.getAcceptableMediaTypes()) {
            if ("geo+json".equalsIgnoreCase(type.getSubtype()) && "application".equalsIgnoreCase(type.getType())) {
                return true;
            }
            if (type.isCompatible(jakarta.ws.rs.core.MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
        }
        return false;
    }

    /** One feature: the polygon as GeoJSON geometry text, or a centroid, and its properties. */
    public record Feature(String id, String geometry, Double latitude, Double longitude, Object properties) {
    }

    /** Square polygon, corners given as [longitude, latitude] pairs, closed. */
    public static String polygon(double[][] corners) {
        StringBuilder sb = new StringBuilder("{\"type\":\"Polygon\",\"coordinates\":[[");
        for (int i = 0; i <= corners.length; i++) {
            double[] c = corners[i % corners.length];
            if (i > 0) {
                sb.append(',');
            }
            sb.append('[').append(round(c[0])).append(',').append(round(c[1])).append(']');
        }
        return sb.append("]]}").toString();
    }

    private static double round(double d) {
        return Math.round(d * 1e7) / 1e7;
    }

    /** The collection; {@code members} are added at the top level (e.g. the report's level and window). */
    public static String featureCollection(ObjectMapper mapper, Map<String, Object> members, List<Feature> features) {
        try {
            StringBuilder sb = new StringBuilder(features.size() * 512);
            sb.append("{\"type\":\"FeatureCollection\"");
            for (Map.Entry<String, Object> member : members.entrySet()) {
                sb.append(',').append(mapper.writeValueAsString(member.getKey())).append(':')
                        .append(mapper.writeValueAsString(member.getValue()));
            }
            sb.append(",\"features\":[");
            boolean first = true;
            for (Feature f : features) {
                if (!first) {
                    sb.append(',');
                }
                first = false;
                sb.append("{\"type\":\"Feature\",\"id\":").append(mapper.writeValueAsString(f.id())).append(",\"geometry\":");
                if (f.geometry() != null) {
                    sb.append(f.geometry());
                } else if (f.latitude() != null && f.longitude() != null) {
                    sb.append("{\"type\":\"Point\",\"coordinates\":[").append(f.longitude()).append(',')
                            .append(f.latitude()).append("]}");
                } else {
                    sb.append("null");
                }
                sb.append(",\"properties\":").append(mapper.writeValueAsString(f.properties())).append('}');
            }
            return sb.append("]}").toString();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
