/** Implementation of the workflow (config-file editing, git, hashing). Not exported. */
@NullMarked
package dev.specdriven.workflow.internal;

import org.jspecify.annotations.NullMarked;
