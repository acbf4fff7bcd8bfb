package dev.specdriven.trace.internal;

import java.util.HashSet;
import java.util.Set;

/**
 * An insertion-ordered set of {@code int}s for the few links of one node: a scan while small, a
 * hash set once large, so that a node cited ten thousand times stays linear.
 */
final class SmallIntSet {
    private static final int SCAN_LIMIT = 16;

    private final IntList values = new IntList();
    private Set<Integer> large;

    /** Adds a value unless present. */
    void add(int v) {
        if (large != null) {
            if (!large.add(v)) {
                return;
            }
        } else {
            for (int i = 0; i < values.size(); i++) {
                if (values.get(i) == v) {
                    return;
                }
            }
            if (values.size() == SCAN_LIMIT) {
                large = new HashSet<>();
                for (int i = 0; i < values.size(); i++) {
                    large.add(values.get(i));
                }
                large.add(v);
            }
        }
        values.add(v);
    }

    int size() {
        return values.size();
    }

    boolean isEmpty() {
        return values.size() == 0;
    }

    int get(int i) {
        return values.get(i);
    }
}
