package dev.specdriven.trace;

import dev.specdriven.spec.CriterionId;
import java.util.Objects;

/**
 * The identity of a node of a {@link TraceGraph}: its kind, the spec it belongs to and its id
 * inside the spec.
 *
 * <p>The string form is {@code kind:spec/local}, for example {@code criterion:checkout/2.3}, {@code
 * task:checkout/4.1}, {@code section:checkout/data-models}; evidence nodes belong to no spec and
 * print as {@code test:com.example.CartTest#total}.
 *
 * <pre>{@code
 * NodeId c = NodeId.criterion("checkout", "2.3");
 * NodeId same = NodeId.parse("criterion:checkout/2.3");
 * }</pre>
 *
 * @param kind the node kind
 * @param spec the spec name, empty for evidence nodes
 * @param local the id inside the spec: requirement id, criterion id, anchor, property number, task
 *     id, normalized glossary term, test name or {@code file:line}; empty for spec nodes
 */
public record NodeId(NodeKind kind, String spec, String local) implements Comparable<NodeId> {

    /** Validates. */
    public NodeId {
        Objects.requireNonNull(kind, "kind must not be null");
        Objects.requireNonNull(spec, "spec must not be null");
        Objects.requireNonNull(local, "local must not be null");
        local = dev.specdriven.spec.Ids.canonical(local);
    }

    /**
     * The node of a spec.
     *
     * @param spec the spec name
     * @return the id
     */
    public static NodeId spec(String spec) {
        return new NodeId(NodeKind.SPEC, spec, "");
    }

    /**
     * The node of a requirement.
     *
     * @param spec the spec name
     * @param requirement the requirement id
     * @return the id
     */
    public static NodeId requirement(String spec, String requirement) {
        return new NodeId(NodeKind.REQUIREMENT, spec, requirement);
    }

    /**
     * The node of a criterion.
     *
     * @param spec the spec name
     * @param criterion the criterion id, such as {@code 2.3}
     * @return the id
     */
    public static NodeId criterion(String spec, String criterion) {
        return new NodeId(NodeKind.CRITERION, spec, criterion);
    }

    /**
     * The node of a criterion.
     *
     * @param spec the spec name
     * @param criterion the criterion id
     * @return the id
     */
    public static NodeId criterion(String spec, CriterionId criterion) {
        return new NodeId(NodeKind.CRITERION, spec, criterion.toString());
    }

    /**
     * The node of a task.
     *
     * @param spec the spec name
     * @param task the task id, such as {@code 4.1}
     * @return the id
     */
    public static NodeId task(String spec, String task) {
        return new NodeId(NodeKind.TASK, spec, task);
    }

    /**
     * The node of a design section.
     *
     * @param spec the spec name
     * @param anchor the section anchor, such as {@code data-models}
     * @return the id
     */
    public static NodeId section(String spec, String anchor) {
        return new NodeId(NodeKind.DESIGN_SECTION, spec, anchor);
    }

    /**
     * The node of a correctness property.
     *
     * @param spec the spec name
     * @param number the property number
     * @return the id
     */
    public static NodeId property(String spec, String number) {
        return new NodeId(NodeKind.PROPERTY, spec, number);
    }

    /**
     * The node of a test.
     *
     * @param test the test name, {@code class#method}
     * @return the id
     */
    public static NodeId test(String test) {
        return new NodeId(NodeKind.TEST, "", test);
    }

    /**
     * Parses the string form {@code kind:spec/local} (or {@code kind:local} for evidence).
     *
     * @param text the string form
     * @return the id
     * @throws IllegalArgumentException when the text has no such form
     */
    public static NodeId parse(String text) {
        Objects.requireNonNull(text, "text must not be null");
        int colon = text.indexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("not a node id: " + text);
        }
        NodeKind kind = NodeKind.ofLabel(text.substring(0, colon));
        String rest = text.substring(colon + 1);
        if (kind == NodeKind.TEST || kind == NodeKind.CODE) {
            return new NodeId(kind, "", rest);
        }
        int slash = rest.indexOf('/');
        if (slash < 0) {
            return new NodeId(kind, rest, "");
        }
        return new NodeId(kind, rest.substring(0, slash), rest.substring(slash + 1));
    }

    /**
     * The local id as the spec writes it. The graph gives the second and later elements of one spec
     * that share an id (a requirement, task or property numbered twice) the node ids {@code id~2},
     * {@code id~3}...; messages print the written id instead, with the element's position.
     *
     * <pre>{@code
     * NodeId.task("checkout", "8~2").written();        // "8"
     * NodeId.criterion("checkout", "3~2.1").written(); // "3.1"
     * }</pre>
     *
     * @return {@link #local()} without its {@code ~n} suffixes (evidence ids as they are)
     */
    public String written() {
        if (kind == NodeKind.TEST || kind == NodeKind.CODE || local.indexOf('~') < 0) {
            return local;
        }
        StringBuilder sb = new StringBuilder(local.length());
        int i = 0;
        while (i < local.length()) {
            char c = local.charAt(i);
            int j = i + 1;
            while (j < local.length() && Character.isDigit(local.charAt(j))) {
                j++;
            }
            boolean suffix =
                    c == '~' && j > i + 1 && (j == local.length() || local.charAt(j) == '.');
            if (suffix) {
                i = j;
            } else {
                sb.append(c);
                i++;
            }
        }
        return sb.toString();
    }

    @Override
    public int compareTo(NodeId o) {
        int c = spec.compareTo(o.spec);
        if (c != 0) {
            return c;
        }
        c = kind.compareTo(o.kind);
        return c != 0 ? c : dev.specdriven.spec.Ids.compare(local, o.local);
    }

    /** Returns {@code kind:spec/local}. */
    @Override
    public String toString() {
        if (kind == NodeKind.TEST || kind == NodeKind.CODE) {
            return kind.label() + ":" + local;
        }
        return kind.label() + ":" + spec + (kind == NodeKind.SPEC ? "" : "/" + local);
    }
}
