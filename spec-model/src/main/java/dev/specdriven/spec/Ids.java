package dev.specdriven.spec;

import java.util.Comparator;
import java.util.Objects;

/**
 * Ordering of the string ids used in specs ({@code 2} before {@code 10}, {@code 2.3} before {@code
 * 2.10}, {@code FR-2} before {@code FR-10}).
 */
public final class Ids {
    private Ids() {}

    /** Compares ids numerically where they hold digits, lexically elsewhere. */
    public static final Comparator<String> NATURAL_ORDER = Ids::compare;

    /**
     * Compares two ids in natural order.
     *
     * @param a one id
     * @param b another id
     * @return negative, zero or positive
     */
    public static int compare(String a, String b) {
        Objects.requireNonNull(a, "a must not be null");
        Objects.requireNonNull(b, "b must not be null");
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char ca = a.charAt(i);
            char cb = b.charAt(j);
            if (Character.isDigit(ca) && Character.isDigit(cb)) {
                int si = i;
                int sj = j;
                while (i < a.length() && Character.isDigit(a.charAt(i))) {
                    i++;
                }
                while (j < b.length() && Character.isDigit(b.charAt(j))) {
                    j++;
                }
                String na = a.substring(si, i).replaceFirst("^0+(?=.)", "");
                String nb = b.substring(sj, j).replaceFirst("^0+(?=.)", "");
                int c =
                        na.length() != nb.length()
                                ? Integer.compare(na.length(), nb.length())
                                : na.compareTo(nb);
                if (c != 0) {
                    return c;
                }
            } else {
                if (ca != cb) {
                    return Character.compare(ca, cb);
                }
                i++;
                j++;
            }
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    /**
     * Shared strings of short ids: "0".."99" at [n], "N.M" (N, M in 1..99) at [100 + N * 100 + M].
     */
    private static final String[] SHARED = new String[100 + 100 * 100];

    /**
     * An equal string, shared for the short numeric ids that fill a spec ({@code "7"}, {@code
     * "3.12"}): a large workspace holds hundreds of thousands of such ids, and sharing them keeps
     * the model small. Other strings come back as given.
     *
     * <pre>{@code
     * Ids.canonical(new String("2.3")) == Ids.canonical("2.3") // true
     * }</pre>
     *
     * @param id an id
     * @return an equal string
     */
    public static String canonical(String id) {
        Objects.requireNonNull(id, "id must not be null");
        int n = id.length();
        int slot;
        if (n == 1 && digit(id, 0)) {
            slot = id.charAt(0) - '0';
        } else if (n == 2 && digit(id, 0) && digit(id, 1) && id.charAt(0) != '0') {
            slot = (id.charAt(0) - '0') * 10 + id.charAt(1) - '0';
        } else {
            int dot = id.indexOf('.');
            if (dot < 1 || dot > 2 || n - dot - 1 < 1 || n - dot - 1 > 2) {
                return id;
            }
            int a = number(id, 0, dot);
            int b = number(id, dot + 1, n);
            if (a < 1 || b < 1) {
                return id;
            }
            slot = 100 + a * 100 + b;
        }
        String shared = SHARED[slot];
        if (shared == null) {
            // a benign race: Strings are immutable, two threads may store equal strings
            shared = id;
            SHARED[slot] = shared;
        }
        return shared;
    }

    private static boolean digit(String s, int i) {
        char c = s.charAt(i);
        return c >= '0' && c <= '9';
    }

    /** The value of 1 or 2 digits without a leading zero, or -1. */
    private static int number(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            if (!digit(s, i) || (i == from && to - from > 1 && s.charAt(i) == '0')) {
                return -1;
            }
            v = v * 10 + s.charAt(i) - '0';
        }
        return v;
    }
}
