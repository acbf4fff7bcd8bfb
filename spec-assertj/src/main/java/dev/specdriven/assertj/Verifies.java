package dev.specdriven.assertj;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Declares which acceptance criteria a test verifies, so that the test run feeds the traceability
 * report ({@code specdriven trace --evidence target/specdriven-evidence.json}).
 *
 * <p>Each value has the form {@code <spec>:<criterion>}: the spec folder name, a colon, and the
 * criterion id as derived by specdriven ({@code 2.3} = third criterion of requirement 2), for
 * example {@code order-checkout:2.3}. A requirement id alone ({@code order-checkout:2}) stands for
 * every criterion of the requirement. Neither part may contain white space or another colon.
 *
 * <pre>{@code
 * @Verifies("order-checkout:1.3")
 * class EmptyCartTest {
 *     @Test
 *     @Verifies({"order-checkout:1.1", "order-checkout:1.2"})
 *     void removes_items_no_longer_sold() { ... }
 *
 *     @Test
 *     @Verifies("order-checkout:1.4")
 *     @Verifies("cart-total-rounding:2.1")   // repeatable
 *     void recomputes_the_total_in_cents() { ... }
 * }
 * }</pre>
 *
 * <p>On a class the criteria apply to every test of the class (and of its {@code @Nested} classes
 * and subclasses); on a method to that test. The annotation registers {@link VerifiesExtension}
 * itself, so no {@code @ExtendWith} is needed; see {@link VerifiesExtension} for where the evidence
 * file is written.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Repeatable(Verifies.List.class)
@ExtendWith(VerifiesExtension.class)
public @interface Verifies {

    /**
     * The verified criteria, each {@code <spec>:<criterion>} such as {@code order-checkout:2.3}.
     *
     * @return the criteria
     */
    String[] value();

    /** The container of repeated {@link Verifies} annotations. */
    @Documented
    @Inherited
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.TYPE, ElementType.METHOD, ElementType.ANNOTATION_TYPE})
    @ExtendWith(VerifiesExtension.class)
    @interface List {
        /**
         * The repeated annotations.
         *
         * @return the annotations
         */
        Verifies[] value();
    }
}
