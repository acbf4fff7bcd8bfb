package dev.specdriven.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SourceSpanTest {

    @Test
    void coordinatesRoundTripAndEqualityIsByValue() {
        long seed = new SplittableRandom().nextLong();
        SplittableRandom r = new SplittableRandom(seed);
        for (int i = 0; i < 5_000; i++) {
            SourcePosition a =
                    new SourcePosition(1 + r.nextInt(50), 1 + r.nextInt(80), r.nextInt(4000));
            SourcePosition b =
                    new SourcePosition(
                            1 + r.nextInt(50), 1 + r.nextInt(80), a.offset() + r.nextInt(300));
            SourceSpan s = new SourceSpan(a, b);
            SourceSpan t =
                    SourceSpan.of(
                            a.line(), a.column(), a.offset(), b.line(), b.column(), b.offset());
            assertThat(s.start()).as("seed %d", seed).isEqualTo(a);
            assertThat(s.end()).as("seed %d", seed).isEqualTo(b);
            assertThat(t).as("seed %d", seed).isEqualTo(s).hasSameHashCodeAs(s);
            assertThat(s.length()).as("seed %d", seed).isEqualTo(b.offset() - a.offset());
            assertThat(s.contains(SourceSpan.at(a))).as("seed %d", seed).isTrue();
            assertThat(s.toString()).isEqualTo(a + "-" + b);
            SourceSpan other =
                    SourceSpan.of(
                            a.line(), a.column(), a.offset(), b.line(), b.column() + 1, b.offset());
            assertThat(other).as("seed %d", seed).isNotEqualTo(s);
        }
    }

    @Test
    void rejectsAnEndBeforeTheStartAndBadCoordinates() {
        SourcePosition p = new SourcePosition(2, 3, 10);
        SourcePosition q = new SourcePosition(1, 1, 0);
        assertThatThrownBy(() -> new SourceSpan(p, q)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SourceSpan.of(2, 3, 10, 1, 1, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SourceSpan.of(0, 1, 0, 1, 1, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SourceSpan.of(1, 1, 0, 1, 0, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(SourceSpan.at(p).length()).isZero();
        assertThat(SourceSpan.at(p).rebase(new SourcePosition(5, 1, 100)).start())
                .isEqualTo(new SourcePosition(6, 3, 110));
    }
}
