package org.prepbook.diagnostics;

import java.util.Arrays;
import java.util.Optional;

/**
 * Where the lines of a file's text start, so a problem found by line number can quote its line and
 * one found by character offset gets its line and column. Every parser counts lines the same way: a
 * line ends at {@code \n}; a {@code \r} before it and a byte-order mark at the start belong to no line.
 */
public final class LineMap {
    private final String text;
    private final int[] starts;

    private LineMap(String text, int[] starts) {
        this.text = text;
        this.starts = starts;
    }

    public static LineMap of(String text) {
        int[] starts = new int[16];
        starts[0] = text.startsWith("\uFEFF") ? 1 : 0;
        int n = 1;
        for (int i = text.indexOf('\n', starts[0]); i >= 0; i = text.indexOf('\n', i + 1)) {
            if (n == starts.length) {
                starts = Arrays.copyOf(starts, n * 2);
            }
            starts[n++] = i + 1;
        }
        return new LineMap(text, Arrays.copyOf(starts, n));
    }

    /** Line {@code number} (1-based), if the text has it. */
    public Optional<String> line(int number) {
        if (number < 1 || number > starts.length) {
            return Optional.empty();
        }
        int start = starts[number - 1];
        int stop = number < starts.length ? starts[number] - 1 : text.length();
        return Optional.of(text.substring(start, stop > start && text.charAt(stop - 1) == '\r' ? stop - 1 : stop));
    }

    public int lineCount() {
        return starts.length;
    }

    /** The 1-based line that holds the character at {@code offset}. */
    public int lineOf(int offset) {
        int at = Arrays.binarySearch(starts, offset);
        return Math.max(1, at >= 0 ? at + 1 : -at - 1);
    }

    /** The 1-based column of the character at {@code offset} on its line. */
    public int columnOf(int offset) {
        return Math.max(1, offset - starts[lineOf(offset) - 1] + 1);
    }
}
