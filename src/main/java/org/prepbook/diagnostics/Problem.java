package org.prepbook.diagnostics;

import java.nio.file.Path;

/**
 * One mistake in the content or a profile, located precisely enough for an editor to jump to it.
 *
 * @param excerpt the text of the offending line, shown under the message with a caret at the column;
 *                null when the line is not known (a missing folder, a problem in the built pages)
 */
public record Problem(Path path, int line, int column, String message, String hint, String excerpt) {

    public Problem {
        line = Math.max(line, 1);
        column = Math.max(column, 1);
    }

    public Problem(Path path, int line, int column, String message, String hint) {
        this(path, line, column, message, hint, null);
    }

    /** This problem quoting its line from {@code text}, unless it already quotes one or the line is empty or not there. */
    public Problem quoting(LineMap text) {
        if (excerpt != null) {
            return this;
        }
        return text.line(line).filter(l -> !l.isEmpty()).map(l -> new Problem(path, line, column, message, hint, l)).orElse(this);
    }

    /** The same problem under another name for its file, e.g. relative to the project for Maven's log. */
    public Problem at(Path shown) {
        return new Problem(shown, line, column, message, hint, excerpt);
    }

    /**
     * {@code path:line:col: message} first, so editors and CI can jump to it; then the line itself with
     * a caret under the column when it is known; then the hint on its own indented line.
     */
    public String format() {
        StringBuilder out = new StringBuilder().append(path).append(':').append(line).append(':').append(column)
                .append(": ").append(message);
        if (excerpt != null) {
            out.append('\n').append(Excerpt.show(line, column, excerpt));
        }
        if (hint != null && !hint.isEmpty()) {
            out.append("\n    hint: ").append(hint);
        }
        return out.toString();
    }
}
