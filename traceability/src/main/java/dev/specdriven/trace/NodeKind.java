package dev.specdriven.trace;

/** The kinds of node of a {@link TraceGraph}. */
public enum NodeKind {
    /** A spec folder. */
    SPEC("spec"),
    /** A requirement ({@code ### Requirement 2}). */
    REQUIREMENT("requirement"),
    /** An acceptance criterion ({@code 2.3}) or bugfix clause. */
    CRITERION("criterion"),
    /** A glossary term of {@code requirements.md}. */
    GLOSSARY_TERM("term"),
    /** A heading of {@code design.md}, identified by its anchor. */
    DESIGN_SECTION("section"),
    /** A correctness property of {@code design.md}, identified by its number. */
    PROPERTY("property"),
    /** A task of {@code tasks.md}, identified by its id. */
    TASK("task"),
    /** External evidence: a test ({@code com.example.CheckoutTest#total}). */
    TEST("test"),
    /** External evidence: a requirement tag in non-test code ({@code src/Cart.java:12}). */
    CODE("code");

    private final String label;

    NodeKind(String label) {
        this.label = label;
    }

    /**
     * The lower-case label used in node id strings and JSON ({@code criterion}).
     *
     * @return the label
     */
    public String label() {
        return label;
    }

    /**
     * The kind with a label.
     *
     * @param label such as {@code task}
     * @return the kind
     * @throws IllegalArgumentException for an unknown label
     */
    public static NodeKind ofLabel(String label) {
        for (NodeKind k : values()) {
            if (k.label.equals(label)) {
                return k;
            }
        }
        throw new IllegalArgumentException(
                "unknown node kind '" + label + "' (kinds: " + String.join(", ", labels()) + ")");
    }

    /**
     * Every label, in declaration order: {@code spec, requirement, criterion, term, section,
     * property, task, test, code}.
     *
     * @return the labels
     */
    public static java.util.List<String> labels() {
        return java.util.Arrays.stream(values()).map(NodeKind::label).toList();
    }
}
