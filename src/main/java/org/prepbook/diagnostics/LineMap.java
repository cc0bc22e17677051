package org.prepbook.diagnostics;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The lines of a file's text, so a problem found by line number can quote its line. Every parser
 * counts lines the same way: a line ends at {@code \n}; a {@code \r} before it and a byte-order mark
 * at the start belong to no line.
 */
public final class LineMap {
    private final List<String> lines;

    private LineMap(List<String> lines) {
        this.lines = lines;
    }

    public static LineMap of(String text) {
        List<String> lines = new ArrayList<>();
        int start = text.startsWith("\uFEFF") ? 1 : 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            int stop = end < 0 ? text.length() : end;
            lines.add(text.substring(start, stop > start && text.charAt(stop - 1) == '\r' ? stop - 1 : stop));
            if (end < 0) {
                break;
            }
            start = end + 1;
        }
        return new LineMap(lines);
    }

    /** Line {@code number} (1-based), if the text has it. */
    public Optional<String> line(int number) {
        return number >= 1 && number <= lines.size() ? Optional.of(lines.get(number - 1)) : Optional.empty();
    }

    public int lineCount() {
        return lines.size();
    }
}
