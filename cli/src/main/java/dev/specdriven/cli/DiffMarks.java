package dev.specdriven.cli;

import dev.specdriven.spec.Spec;
import dev.specdriven.spec.StaleFileException;
import dev.specdriven.spec.Workspace;
import dev.specdriven.trace.NodeId;
import dev.specdriven.trace.drift.CriterionChange;
import dev.specdriven.trace.drift.DriftReport;
import dev.specdriven.workflow.RevisionMark;
import dev.specdriven.workflow.SpecWorkflow;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** {@code diff --mark / --unmark / --approved}: needs-revision marking of completed tasks. */
final class DiffMarks {
    private DiffMarks() {}

    /** Changed criteria by spec name from a drift report (semantic changes, current ids). */
    static Map<String, Set<String>> changed(DriftReport report) {
        Map<String, Set<String>> out = new HashMap<>();
        for (CriterionChange c : report.changes()) {
            if (!c.semantic()) {
                continue;
            }
            String id = c.after().or(c::before).map(NodeId::local).orElse("");
            if (!id.isEmpty()) {
                out.computeIfAbsent(c.spec(), k -> new TreeSet<>()).add(id);
                c.before().map(NodeId::local).ifPresent(out.get(c.spec())::add);
            }
        }
        return out;
    }

    /** Lists (and with {@code mark} writes) the needs-revision marks of a change set. */
    static int mark(
            Path workspace,
            Map<String, Set<String>> changedBySpec,
            boolean mark,
            PrintWriter out,
            PrintWriter err) {
        Workspace ws = WorkflowSupport.read("diff", workspace, err);
        if (ws == null) {
            return ExitCodes.USAGE;
        }
        SpecWorkflow flow = WorkflowSupport.workflow(ws.root(), err, new ArrayList<>());
        int total = 0;
        for (Spec s : ws.specs()) {
            Set<String> changed =
                    changedBySpec == null
                            ? flow.changedSinceApproval(s)
                            : changedBySpec.getOrDefault(
                                    s.name(), changedBySpec.getOrDefault(s.path(), Set.of()));
            if (changed.isEmpty()) {
                continue;
            }
            out.println(s.name() + ": changed criteria " + String.join(", ", changed));
            List<RevisionMark> marks = flow.needsRevision(s, changed);
            for (RevisionMark m : marks) {
                out.println(
                        "  needs revision: task "
                                + m.taskId()
                                + " (line "
                                + m.line()
                                + ") "
                                + m.title()
                                + " ← "
                                + String.join(", ", m.criteria())
                                + (m.inferred() ? " (inferred link)" : ""));
            }
            total += marks.size();
            if (mark) {
                try {
                    int n = flow.mark(s, marks);
                    out.println("  marked " + n + " task line(s) in tasks.md");
                } catch (StaleFileException e) {
                    err.println("specdriven diff: " + e.getMessage() + "; nothing was written");
                    return ExitCodes.USAGE;
                } catch (IOException e) {
                    err.println(
                            "specdriven diff: cannot write tasks.md: " + CheckCommand.describe(e));
                    return ExitCodes.USAGE;
                }
            }
        }
        out.println(total + " completed task(s) need revision");
        out.flush();
        return ExitCodes.OK;
    }

    /** Removes every needs-revision marker (or those of some tasks). */
    static int unmark(Path workspace, List<String> tasks, PrintWriter out, PrintWriter err) {
        Workspace ws = WorkflowSupport.read("diff", workspace, err);
        if (ws == null) {
            return ExitCodes.USAGE;
        }
        SpecWorkflow flow = WorkflowSupport.workflow(ws.root(), err, new ArrayList<>());
        int total = 0;
        for (Spec s : ws.specs()) {
            try {
                int n = flow.unmark(s, Set.copyOf(tasks));
                if (n > 0) {
                    out.println(s.name() + ": removed " + n + " needs-revision marker(s)");
                }
                total += n;
            } catch (IOException e) {
                err.println("specdriven diff: cannot write tasks.md: " + e.getMessage());
                return ExitCodes.USAGE;
            }
        }
        out.println(total + " marker(s) removed");
        out.flush();
        return ExitCodes.OK;
    }
}
