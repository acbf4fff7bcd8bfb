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
}
