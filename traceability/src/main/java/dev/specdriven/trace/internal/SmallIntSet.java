package dev.specdriven.trace.internal;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * An insertion-ordered set of {@code int}s for the few links of one node: a scan while small, a
 * hash set once large, so that a node cited ten thousand times stays linear.
 */
final class SmallIntSet {
    private static final int SCAN_LIMIT = 16;

    private int[] values = new int[4];
    private int size;
    private Set<Integer> large;

    /** Adds a value unless present. */
    void add(int v) {
        if (large != null) {
            if (!large.add(v)) {
                return;
            }
        } else {
            for (int i = 0; i < size; i++) {
                if (values[i] == v) {
                    return;
                }
            }
            if (size == SCAN_LIMIT) {
                large = new HashSet<>();
                for (int i = 0; i < size; i++) {
                    large.add(values[i]);
                }
                large.add(v);
            }
        }
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = v;
    }

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    int get(int i) {
        return values[i];
    }
}
