package org.prepbook.diagnostics;

/** A 1-based position in a source file. */
public record Mark(int line, int column) {
}
