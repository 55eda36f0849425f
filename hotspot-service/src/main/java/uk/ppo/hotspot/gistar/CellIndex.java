package uk.ppo.hotspot.gistar;

import java.util.Arrays;

/**
 * Grid cells (column, row) numbered 0, 1, 2, ... in the order they are added, with their lookup in an
 * open-addressing table of primitive longs: a 250 m grid over a force area has tens of thousands of cells,
 * and a HashMap of boxed keys spent more on allocation than the statistics cost. Not thread-safe.
 */
final class CellIndex {

    private long[] columns;
    private long[] rows;
    private int size;
    private long[] keys;   // packed (column, row); only meaningful where slots[i] != 0
    private int[] slots;   // cell number + 1, 0 = free

    CellIndex(int expected) {
        int capacity = Math.max(16, expected);
        columns = new long[capacity];
        rows = new long[capacity];
        int table = Integer.highestOneBit(Math.max(16, capacity * 2 - 1)) << 1;
        keys = new long[table];
        slots = new int[table];
    }

    int size() {
        return size;
    }

    long column(int cell) {
        return columns[cell];
    }

    long row(int cell) {
        return rows[cell];
    }

    /** The cell's number, or -1 when it was never added. */
    int find(long column, long row) {
        long key = Neighbours.key(column, row);
        int mask = slots.length - 1;
        for (int i = spread(key) & mask; slots[i] != 0; i = (i + 1) & mask) {
            if (keys[i] == key) {
                return slots[i] - 1;
            }
        }
        return -1;
    }

    /** The cell's number, adding it if new. */
    int add(long column, long row) {
        long key = Neighbours.key(column, row);
        int mask = slots.length - 1;
        int i = spread(key) & mask;
        for (; slots[i] != 0; i = (i + 1) & mask) {
            if (keys[i] == key) {
                return slots[i] - 1;
            }
        }
        if (size == columns.length) {
            columns = Arrays.copyOf(columns, size * 2);
            rows = Arrays.copyOf(rows, size * 2);
        }
        int cell = size++;
        columns[cell] = column;
        rows[cell] = row;
        keys[i] = key;
        slots[i] = cell + 1;
        if (size * 2 > slots.length) {
            rehash();
        }
        return cell;
    }

    private void rehash() {
        long[] oldKeys = keys;
        int[] oldSlots = slots;
        keys = new long[oldKeys.length * 2];
        slots = new int[oldSlots.length * 2];
        int mask = slots.length - 1;
        for (int j = 0; j < oldSlots.length; j++) {
            if (oldSlots[j] != 0) {
                int i = spread(oldKeys[j]) & mask;
                while (slots[i] != 0) {
                    i = (i + 1) & mask;
                }
                keys[i] = oldKeys[j];
                slots[i] = oldSlots[j];
            }
        }
    }

    private static int spread(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
