package dev.specdriven.generate.internal;

import dev.specdriven.spec.CriterionId;
import dev.specdriven.spec.DesignDocument;
import dev.specdriven.spec.ReferenceList;
import dev.specdriven.spec.RequirementReference;
import dev.specdriven.spec.Section;
import dev.specdriven.spec.Task;
import dev.specdriven.spec.TasksDocument;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Line-based text units of documents: a design section's own text (heading up to the next heading
 * of any level) and a task's own block (task line and detail lines up to the next task or heading).
 */
public final class Units {
    private Units() {}

    /** The lock marker on a task line. */
    public static final Pattern LOCK =
            Pattern.compile("<!--\\s*locked\\s*-->", Pattern.CASE_INSENSITIVE);

    /**
     * The start of the line after the one holding {@code offset}, or {@code offset} itself when it
     * is a line start.
     *
     * @param text the text
     * @param offset an offset
     * @return a line start (or the text length)
     */
    public static int nextLineStart(String text, int offset) {
        int o = Math.min(offset, text.length());
        if (o == 0 || text.charAt(o - 1) == '\n') {
            return o;
        }
        int nl = text.indexOf('\n', o);
        return nl < 0 ? text.length() : nl + 1;
    }

    /**
     * The end of a section's whole span (its sub-sections included) as a line start, trailing blank
     * lines excluded.
     *
     * @param text the text
     * @param headingStart the line start of the heading
     * @param spanEnd the section span's end offset
     * @return the insertion point after the section's last content line
     */
    public static int sectionEnd(String text, int headingStart, int spanEnd) {
        return trimBlankTail(text, headingStart, nextLineStart(text, spanEnd));
    }

    /** A half-open character range. */
    public record Range(int start, int end) {}

    /**
     * The start of the line holding an offset.
     *
     * @param text the text
     * @param offset an offset
     * @return the line start
     */
    public static int lineStart(String text, int offset) {
        int o = Math.min(offset, text.length());
        while (o > 0 && text.charAt(o - 1) != '\n' && text.charAt(o - 1) != '\r') {
            o--;
        }
        return o;
    }

    /**
     * The own range of each section, in section order: heading line start to the next heading's
     * line start, trailing blank lines excluded.
     *
     * @param d the design
     * @return the ranges, parallel to {@code d.sections()}
     */
    public static List<Range> sectionRanges(DesignDocument d) {
        String text = d.source().text();
        List<Section> ss = d.sections();
        List<Range> out = new ArrayList<>(ss.size());
        for (int i = 0; i < ss.size(); i++) {
            int s = lineStart(text, ss.get(i).headingSpan().startOffset());
            int e =
                    i + 1 < ss.size()
                            ? lineStart(text, ss.get(i + 1).headingSpan().startOffset())
                            : text.length();
            out.add(new Range(s, trimBlankTail(text, s, e)));
        }
        return out;
    }

    /**
     * The own block of each task, in task order: task line start to the next task line or heading,
     * trailing blank lines excluded.
     *
     * @param t the tasks document
     * @return the ranges, parallel to {@code t.tasks()}
     */
    public static List<Range> taskRanges(TasksDocument t) {
        String text = t.source().text();
        List<Integer> stops = new ArrayList<>();
        for (Task x : t.tasks()) {
            stops.add(lineStart(text, x.span().startOffset()));
        }
        for (Section s : t.sections()) {
            stops.add(lineStart(text, s.headingSpan().startOffset()));
        }
        stops.sort(null);
        List<Range> out = new ArrayList<>();
        for (Task x : t.tasks()) {
            int s = lineStart(text, x.span().startOffset());
            int e = text.length();
            for (int stop : stops) {
                if (stop > s) {
                    e = stop;
                    break;
                }
            }
            out.add(new Range(s, trimBlankTail(text, s, e)));
        }
        return out;
    }

    /** Moves {@code e} back over trailing blank lines, keeping the line break of the last line. */
    static int trimBlankTail(String text, int s, int e) {
        int end = e;
        while (end > s) {
            int contentEnd = end;
            if (contentEnd > s && text.charAt(contentEnd - 1) == '\n') {
                contentEnd--;
            }
            if (contentEnd > s && text.charAt(contentEnd - 1) == '\r') {
                contentEnd--;
            }
            int ls = Math.max(s, lineStart(text, contentEnd));
            if (ls > s && text.substring(ls, contentEnd).isBlank()) {
                end = ls;
            } else {
                break;
            }
        }
        return end;
    }

    /**
     * Whether a task line carries the lock marker.
     *
     * @param t the tasks document
     * @param task the task
     * @return true when locked
     */
    public static boolean locked(TasksDocument t, Task task) {
        return LOCK.matcher(t.source().line(task.line())).find();
    }

    /**
     * Whether a reference token mentions one of the criteria (criterion, its requirement, or a
     * range around it; {@code ALL} and free text mention nothing).
     *
     * @param r the token
     * @param ids the criteria
     * @return true when it mentions one
     */
    public static boolean mentions(RequirementReference r, Collection<CriterionId> ids) {
        for (CriterionId id : ids) {
            switch (r.kind()) {
                case CRITERION:
                    if (r.criterion().map(id::equals).orElse(false)) {
                        return true;
                    }
                    break;
                case REQUIREMENT:
                    if (r.requirement().map(id.requirement()::equals).orElse(false)) {
                        return true;
                    }
                    break;
                case RANGE:
                    {
                        CriterionId from = r.criterion().orElseThrow();
                        CriterionId to = r.rangeEnd().orElse(from);
                        if (from.compareTo(id) <= 0 && id.compareTo(to) <= 0) {
                            return true;
                        }
                        break;
                    }
                default:
                    break;
            }
        }
        return false;
    }

    /**
     * The reference lists whose span starts inside a range.
     *
     * @param refs the references
     * @param r the range
     * @return the tokens inside
     */
    public static List<RequirementReference> within(List<ReferenceList> refs, Range r) {
        List<RequirementReference> out = new ArrayList<>();
        for (ReferenceList l : refs) {
            int o = l.span().startOffset();
            if (o >= r.start() && o < Math.max(r.end(), r.start() + 1)) {
                out.addAll(l.references());
            }
        }
        return out;
    }
}
