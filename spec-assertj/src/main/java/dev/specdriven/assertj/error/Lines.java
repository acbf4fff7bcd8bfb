package dev.specdriven.assertj.error;

import java.util.List;
import java.util.stream.Collectors;

/** Formats lists of items one per line, indented, for failure messages. */
final class Lines {
    private Lines() {}

    static String of(List<?> items) {
        if (items.isEmpty()) {
            return "  (none)";
        }
        return items.stream().map(i -> "  " + i).collect(Collectors.joining(String.format("%n")));
    }
}
