package dev.specdriven.spec.internal;

import dev.specdriven.source.Diagnostic;
import dev.specdriven.spec.AcceptanceCriterion;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;
import org.jspecify.annotations.Nullable;

/**
 * The diagnostics of a document whose criteria are parsed on first use: the reader's own
 * diagnostics with each criterion's EARS diagnostics spliced in where the reader met the criterion,
 * so the order is the reading order. The EARS parses run on the first call of {@link #get} or
 * {@link #size}. Immutable and thread-safe.
 */
public final class LazyDiagnostics extends AbstractList<Diagnostic> implements RandomAccess {

    private final List<Diagnostic> own;
    private final int[] at;
    private final List<AcceptanceCriterion> criteria;
    private volatile @Nullable List<Diagnostic> all;

    private LazyDiagnostics(List<Diagnostic> own, int[] at, List<AcceptanceCriterion> criteria) {
        this.own = own;
        this.at = at;
        this.criteria = criteria;
    }

    /**
     * An immutable copy of a document's diagnostics: the same instance when it is already a {@code
     * LazyDiagnostics}, else {@link List#copyOf}.
     *
     * @param diagnostics the diagnostics
     * @return the immutable list
     */
    public static List<Diagnostic> copyOf(List<Diagnostic> diagnostics) {
        return diagnostics instanceof LazyDiagnostics ? diagnostics : List.copyOf(diagnostics);
    }

    @Override
    public Diagnostic get(int index) {
        return all().get(index);
    }

    @Override
    public int size() {
        return all().size();
    }

    private List<Diagnostic> all() {
        List<Diagnostic> a = all;
        if (a == null) {
            List<Diagnostic> out = new ArrayList<>(own.size());
            int k = 0;
            for (int i = 0; i <= own.size(); i++) {
                while (k < at.length && at[k] == i) {
                    out.addAll(criteria.get(k++).earsDiagnostics());
                }
                if (i < own.size()) {
                    out.add(own.get(i));
                }
            }
            a = List.copyOf(out);
            all = a;
        }
        return a;
    }

    /**
     * Collects a reader's diagnostics and the criteria whose EARS diagnostics belong among them.
     */
    static final class Collector {
        private final List<Diagnostic> own;
        private int[] at = new int[16];
        private final List<AcceptanceCriterion> criteria = new ArrayList<>();

        /**
         * @param own the reader's diagnostics list, which it keeps appending to
         */
        Collector(List<Diagnostic> own) {
            this.own = own;
        }

        /** The criterion's EARS diagnostics go here, after the diagnostics added so far. */
        void ears(AcceptanceCriterion c) {
            if (criteria.size() == at.length) {
                at = Arrays.copyOf(at, at.length * 2);
            }
            at[criteria.size()] = own.size();
            criteria.add(c);
        }

        /** The diagnostics, EARS ones parsed on first use. */
        List<Diagnostic> build() {
            if (criteria.isEmpty()) {
                return List.copyOf(own);
            }
            return new LazyDiagnostics(
                    List.copyOf(own), Arrays.copyOf(at, criteria.size()), List.copyOf(criteria));
        }
    }
}
