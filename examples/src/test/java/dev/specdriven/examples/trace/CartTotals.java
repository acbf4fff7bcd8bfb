package dev.specdriven.examples.trace;

import java.util.List;

/**
 * A toy implementation of the fixed cart total of the {@code cart-total-rounding} bugfix spec, so
 * that the dog-food test has real tests to trace: discounts in integer cents, rounded half up once
 * per cart.
 */
final class CartTotals {
    private CartTotals() {}

    /**
     * The total of a cart.
     *
     * @param itemCents item prices in cents
     * @param discountPercent a percentage discount, 0 for none
     * @param voucherCents a fixed voucher amount in cents, 0 for none
     * @return the total in cents
     */
    static long total(List<Long> itemCents, int discountPercent, long voucherCents) {
        long sum = itemCents.stream().mapToLong(Long::longValue).sum();
        long discount = (sum * discountPercent + 50) / 100; // half up, once per cart
        return Math.max(0, sum - discount - voucherCents);
    }

    /** The defective version: discount per item, in floating point. */
    static long totalPerItemInFloatingPoint(List<Long> itemCents, int discountPercent) {
        long total = 0;
        for (long c : itemCents) {
            total += Math.round(c - c * (discountPercent / 100.0));
        }
        return total;
    }
}
