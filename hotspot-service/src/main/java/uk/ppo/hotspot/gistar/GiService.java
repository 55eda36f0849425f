package uk.ppo.hotspot.gistar;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import uk.ppo.common.problem.ProblemException;
import uk.ppo.hotspot.area.AreaDirectory;
import uk.ppo.hotspot.geo.GeoJson;
import uk.ppo.hotspot.report.HotspotReport;
import uk.ppo.hotspot.report.HotspotReportService;
import uk.ppo.hotspot.report.ReportLevel;
import uk.ppo.hotspot.report.ReportRequest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Gi* over areas (LSOA or ward values: rate per 1,000 per year or count; neighbours by shared boundary or centroid
 * distance band) or over a square grid of incident counts (neighbours within one cell). The grid's study
 * area is every cell holding an incident plus the cells around them, so open sea and empty land far
 * from any incident do not dilute the mean; only cells with incidents or a significant result are listed.
 */
@ApplicationScoped
public class GiService {

    public enum Weights { CONTIGUITY, DISTANCE_BAND }

    public enum Value { RATE, COUNT }

    /** What to analyse; level is LSOA, WARD or GRID. */
    public record GiRequest(String level, ReportRequest report, Weights weights, Double distance, int cellSize,
                            Value value, boolean fdr, String force) {
    }

    private static final Comparator<GiResult.Row> HOTTEST_FIRST = Comparator.comparing(GiResult.Row::z,
            Comparator.nullsLast(Comparator.reverseOrder())).thenComparing(GiResult.Row::code);

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(GiService.class);

    private final HotspotReportService reports;
    private final AreaDirectory areas;
    private final GiRepository points;
    private final ObjectMapper mapper;

    GiService(HotspotReportService reports, AreaDirectory areas, GiRepository points, ObjectMapper mapper) {
        this.reports = reports;
        this.areas = areas;
        this.points = points;
        this.mapper = mapper;
    }

    public GiResult analyse(GiRequest request, boolean withGeometry) {
        return "GRID".equals(request.level()) ? grid(request, withGeometry) : areas(request, withGeometry);
    }

    private GiResult areas(GiRequest request, boolean withGeometry) {
        HotspotReport report = reports.report(request.report());
        ReportLevel level = request.report().level();
        Map<String, AreaDirectory.AreaRef> refs = new HashMap<>();
        areas.within(level.areaType(), request.report().within()).forEach(a -> refs.put(a.code(), a));
        List<HotspotReport.AreaRow> rows = report.areas().stream()
                .filter(r -> request.value() == Value.COUNT || r.ratePer1000PerYear() != null).toList();
        int n = rows.size();
        if (n < 3) {
            throw ProblemException.invalid("within", "Gi* needs at least 3 areas with a population, found " + n);
        }
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = request.value() == Value.COUNT ? rows.get(i).count() : rows.get(i).ratePer1000PerYear().doubleValue();
        }
        List<String> codes = rows.stream().map(HotspotReport.AreaRow::code).toList();
        Map<String, String> polygons = request.weights() == Weights.CONTIGUITY || withGeometry
                ? areas.geometries(codes) : Map.of();
        int[][] neighbours;
        String weights;
        if (request.weights() == Weights.CONTIGUITY) {
            List<String> missing = codes.stream().filter(c -> !polygons.containsKey(c)).toList();
            if (!missing.isEmpty()) {
                throw ProblemException.invalid("weights", missing.size() + " of the " + n + " areas have no boundaries"
                        + " loaded (e.g. " + missing.get(0) + "); load them or use weights=DISTANCE_BAND");
            }
            List<long[]> vertices = new ArrayList<>(n);
            for (String code : codes) {
                vertices.add(vertices(polygons.get(code)));
            }
            neighbours = Neighbours.sharedVertex(vertices);
            weights = "contiguity: areas sharing a boundary point (queen), self included";
        } else {
            double[] px = new double[n];
            double[] py = new double[n];
            for (int i = 0; i < n; i++) {
                AreaDirectory.AreaRef ref = refs.get(codes.get(i));
                if (ref == null || ref.latitude() == null || ref.longitude() == null) {
                    throw ProblemException.invalid("weights", codes.get(i) + " has no centroid; use weights=CONTIGUITY");
                }
                px[i] = Projection.x(ref.longitude());
                py[i] = Projection.y(ref.latitude());
            }
            neighbours = Neighbours.distanceBand(px, py, request.distance());
            weights = "distance band " + Math.round(request.distance()) + " m between centroids, self included";
        }
        double[] z = GiStar.giStar(x, neighbours);
        Significance.Classification[] classes = classes(z, request.fdr());
        List<GiResult.Row> results = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            AreaDirectory.AreaRef ref = refs.get(codes.get(i));
            results.add(row(codes.get(i), x[i], z[i], classes[i], ref == null ? null : ref.latitude(),
                    ref == null ? null : ref.longitude(), withGeometry ? polygons.get(codes.get(i)) : null));
        }
        results.sort(HOTTEST_FIRST);
        return new GiResult(request.level(), weights + (request.fdr() ? "; FDR-corrected" : ""), results);
    }

    private GiResult grid(GiRequest request, boolean withGeometry) {
        if (request.report().within() != null) {
            areas.find(request.report().within())
                    .orElseThrow(() -> ProblemException.invalid("within", "no area has code " + request.report().within()));
        }
        int size = request.cellSize();
        long started = System.nanoTime();
        List<GiRepository.Point> located = points.points(request.report(), request.force());
        long queried = System.nanoTime();
        // cells numbered as first seen; counts by number (primitive arrays: no boxing per cell)
        CellIndex cells = new CellIndex(located.size() * 2);
        double[] counts = new double[located.size()];
        for (GiRepository.Point point : located) {
            int cell = cells.add((long) Math.floor(Projection.x(point.longitude()) / size),
                    (long) Math.floor(Projection.y(point.latitude()) / size));
            counts[cell] += point.count();
        }
        int occupied = cells.size();
        for (int c = 0; c < occupied; c++) {
            long column = cells.column(c);
            long row = cells.row(c);
            for (long dx = -1; dx <= 1; dx++) {
                for (long dy = -1; dy <= 1; dy++) {
                    cells.add(column + dx, row + dy);
                }
            }
        }
        int n = cells.size();
        if (n < 3) {
            throw ProblemException.invalid("from", "no incidents with coordinates match; nothing to analyse");
        }
        long[] columns = new long[n];
        long[] rows = new long[n];
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            columns[i] = cells.column(i);
            rows[i] = cells.row(i);
            x[i] = i < occupied ? counts[i] : 0;
        }
        double[] z = GiStar.giStar(x, Neighbours.grid(cells, columns, rows));
        Significance.Classification[] classes = classes(z, request.fdr());
        List<GiResult.Row> results = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            if (x[k] == 0 && classes[k] == Significance.Classification.NOT_SIGNIFICANT) {
                continue;
            }
            double west = columns[k] * (double) size;
            double south = rows[k] * (double) size;
            String geometry = withGeometry ? GeoJson.polygon(new double[][] {
                    {Projection.longitude(west), Projection.latitude(south)},
                    {Projection.longitude(west + size), Projection.latitude(south)},
                    {Projection.longitude(west + size), Projection.latitude(south + size)},
                    {Projection.longitude(west), Projection.latitude(south + size)}}) : null;
            results.add(row("G" + size + ":" + columns[k] + ":" + rows[k], x[k], z[k], classes[k],
                    Projection.latitude(south + size / 2.0), Projection.longitude(west + size / 2.0), geometry));
        }
        results.sort(HOTTEST_FIRST);
        LOG.debugf("Gi* grid: %d points, %d cells, query %d ms, statistics %d ms", located.size(), n,
                (queried - started) / 1_000_000, (System.nanoTime() - queried) / 1_000_000);
        return new GiResult("GRID", "grid " + size + " m: cells within one cell (queen), self included; "
                + n + " cells analysed" + (request.fdr() ? "; FDR-corrected" : ""), results);
    }

    private static Significance.Classification[] classes(double[] z, boolean fdr) {
        if (fdr) {
            return Significance.classifyFdr(z);
        }
        Significance.Classification[] classes = new Significance.Classification[z.length];
        for (int i = 0; i < z.length; i++) {
            classes[i] = Significance.classify(z[i]);
        }
        return classes;
    }

    private static GiResult.Row row(String code, double value, double z, Significance.Classification c,
                                    Double latitude, Double longitude, String geometry) {
        boolean defined = !Double.isNaN(z);
        return new GiResult.Row(code, value, defined ? round(z, 6) : null,
                defined ? round(Significance.pValue(z), 8) : null, c, latitude, longitude, geometry);
    }

    private static double round(double v, int places) {
        double f = Math.pow(10, places);
        return Math.round(v * f) / f;
    }

    /** Boundary vertices rounded to 1e-7 degrees, packed as longs. */
    private long[] vertices(String geometry) {
        try {
            JsonNode node = mapper.readTree(geometry);
            List<Long> keys = new ArrayList<>();
            collect(node.path("coordinates"), keys);
            return keys.stream().mapToLong(Long::longValue).toArray();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored boundary is not JSON", e);
        }
    }

    private static void collect(JsonNode node, List<Long> keys) {
        if (node.isArray() && node.size() >= 2 && node.get(0).isNumber()) {
            keys.add(Neighbours.key(Math.round(node.get(0).asDouble() * 1e7), Math.round(node.get(1).asDouble() * 1e7)));
            return;
        }
        for (JsonNode child : node) {
            collect(child, keys);
        }
    }
}
