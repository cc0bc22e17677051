package org.prepbook.diagnostics;

import java.nio.file.Path;

/** One mistake in the content or a profile, located precisely enough for an editor to jump to it. */
public record Problem(Path path, int line, int column, String message, String hint) {

    public Problem {
        line = Math.max(line, 1);
        column = Math.max(column, 1);
    }

    /** {@code path:line:col: message}, then the hint on its own indented line when there is one. */
    public String format() {
        String head = path + ":" + line + ":" + column + ": " + message;
        return hint == null || hint.isEmpty() ? head : head + "\n    hint: " + hint;
    }
}
