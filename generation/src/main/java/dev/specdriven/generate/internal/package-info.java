/** Implementation of generation; not exported, may change in any release. */
@NullMarked
package dev.specdriven.generate.internal;

import org.jspecify.annotations.NullMarked;
