package uk.ppo.hotspot.gistar;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Binary spatial weights as neighbour lists (self never listed; Gi* adds it). Pure. */
public final class Neighbours {

    private Neighbours() {
    }

    /** w_ij = 1 when 0 < d_ij ≤ band (Euclidean, inclusive band), for points in metres. */
    public static int[][] distanceBand(double[] x, double[] y, double band) {
        int n = x.length;
        // bucket points into band-sized cells so only nearby points are compared
        Map<Long, List<Integer>> buckets = new HashMap<>();
        for (int i = 0; i < n; i++) {
            buckets.computeIfAbsent(key(Math.floorDiv((long) Math.floor(x[i]), (long) Math.ceil(band)),
                    Math.floorDiv((long) Math.floor(y[i]), (long) Math.ceil(band))), k -> new ArrayList<>()).add(i);
        }
        double band2 = band * band;
        int[][] result = new int[n][];
        long cell = (long) Math.ceil(band);
        for (int i = 0; i < n; i++) {
            long cx = Math.floorDiv((long) Math.floor(x[i]), cell);
            long cy = Math.floorDiv((long) Math.floor(y[i]), cell);
            List<Integer> list = new ArrayList<>();
            for (long dx = -1; dx <= 1; dx++) {
                for (long dy = -1; dy <= 1; dy++) {
                    for (int j : buckets.getOrDefault(key(cx + dx, cy + dy), List.of())) {
                        if (j == i) {
                            continue;
                        }
                        double ddx = x[i] - x[j];
                        double ddy = y[i] - y[j];
                        double d2 = ddx * ddx + ddy * ddy;
                        if (d2 > 0 && d2 <= band2 * (1 + 1e-12)) {
                            list.add(j);
                        }
                    }
                }
            }
            result[i] = list.stream().mapToInt(Integer::intValue).sorted().toArray();
        }
        return result;
    }

    /** Grid cells (column, row): neighbours are the cells within one cell, diagonals included (queen). */
    public static int[][] grid(long[] column, long[] row) {
        int n = column.length;
        CellIndex index = new CellIndex(n);
        for (int i = 0; i < n; i++) {
            index.add(column[i], row[i]);
        }
        return grid(index, column, row);
    }

    /** As {@link #grid(long[], long[])} for the cells of {@code index}, which numbers them 0..n-1 in this order. */
    static int[][] grid(CellIndex index, long[] column, long[] row) {
        int n = column.length;
        int[][] result = new int[n][];
        int[] found = new int[8];
        for (int i = 0; i < n; i++) {
            int count = 0;
            for (long dx = -1; dx <= 1; dx++) {
                for (long dy = -1; dy <= 1; dy++) {
                    if (dx == 0 && dy == 0) {
                        continue;
                    }
                    int j = index.find(column[i] + dx, row[i] + dy);
                    if (j >= 0 && j != i) {
                        found[count++] = j;
                    }
                }
            }
            int[] list = java.util.Arrays.copyOf(found, count);
            java.util.Arrays.sort(list);
            result[i] = list;
        }
        return result;
    }

    /**
     * Contiguity: areas whose boundaries share at least one vertex (queen). {@code vertices[i]} are area
     * i's boundary vertices, already rounded to a common precision (ONS generalised boundaries of one set
     * share their vertices exactly along common edges).
     */
    public static int[][] sharedVertex(List<long[]> vertices) {
        Map<Long, List<Integer>> owners = new HashMap<>();
        for (int i = 0; i < vertices.size(); i++) {
            for (long v : vertices.get(i)) {
                List<Integer> list = owners.computeIfAbsent(v, k -> new ArrayList<>(2));
                if (list.isEmpty() || list.get(list.size() - 1) != i) {
                    list.add(i);
                }
            }
        }
        List<Set<Integer>> sets = new ArrayList<>();
        for (int i = 0; i < vertices.size(); i++) {
            sets.add(new HashSet<>());
        }
        for (List<Integer> list : owners.values()) {
            if (list.size() < 2) {
                continue;
            }
            for (int a : list) {
                for (int b : list) {
                    if (a != b) {
                        sets.get(a).add(b);
                    }
                }
            }
        }
        int[][] result = new int[vertices.size()][];
        for (int i = 0; i < result.length; i++) {
            result[i] = sets.get(i).stream().mapToInt(Integer::intValue).sorted().toArray();
        }
        return result;
    }

    static long key(long a, long b) {
        return (a << 32) ^ (b & 0xffffffffL);
    }
}
