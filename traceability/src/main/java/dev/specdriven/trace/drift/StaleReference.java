package dev.specdriven.trace.drift;

import dev.specdriven.spec.TextEdit;
import dev.specdriven.trace.NodeId;
import java.util.Objects;

/**
 * A reference token left pointing at the old id of a renumbered criterion, with the rewrite that
 * fixes it.
 *
 * @param owner the task, property or section holding the reference
 * @param file the file, relative to the workspace
 * @param written the token as written ({@code 2.1})
 * @param suggested the id to write instead ({@code 2.2})
 * @param edit the edit replacing exactly the token
 */
public record StaleReference(
        NodeId owner, String file, String written, String suggested, TextEdit edit) {

    /** Validates. */
    public StaleReference {
        Objects.requireNonNull(owner, "owner must not be null");
        Objects.requireNonNull(file, "file must not be null");
        Objects.requireNonNull(written, "written must not be null");
        Objects.requireNonNull(suggested, "suggested must not be null");
        Objects.requireNonNull(edit, "edit must not be null");
    }
}
