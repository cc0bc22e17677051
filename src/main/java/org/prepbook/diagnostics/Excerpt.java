package org.prepbook.diagnostics;

/**
 * Draws a source line with a caret under one column, as rustc and Elm do:
 * <pre>
 *    12 |   text: "Why
 *       |         ^
 * </pre>
 * Columns count code points, as the YAML parser does. What a terminal would not show faithfully is
 * drawn visibly: a tab as an arrow (so "indent with spaces" points at something), control characters
 * as their Unicode control pictures (a NUL byte prints as ␀, never as a raw NUL).
 */
final class Excerpt {
    /** Longer lines are cut to a window around the column, so the caret stays on screen. */
    private static final int WIDTH = 100;

    private Excerpt() {
    }

    static String show(int line, int column, String text) {
        int[] points = text.codePoints().toArray();
        int at = Math.min(column - 1, points.length);
        int from = 0;
        int to = points.length;
        if (points.length > WIDTH) {
            from = Math.max(0, Math.min(at - WIDTH / 2, points.length - WIDTH));
            to = Math.min(points.length, from + WIDTH);
        }
        StringBuilder shown = new StringBuilder(from > 0 ? "…" : "");
        StringBuilder pad = new StringBuilder(from > 0 ? " " : "");
        for (int i = from; i < to; i++) {
            String drawn = visible(points[i]);
            shown.append(drawn);
            if (i < at) {
                pad.append(" ".repeat(drawn.codePointCount(0, drawn.length())));
            }
        }
        if (to < points.length) {
            shown.append('…');
        }
        String number = String.valueOf(line);
        String gutter = "    " + " ".repeat(number.length()) + " | ";
        return "    " + number + " | " + shown + "\n" + gutter + pad + "^";
    }

    private static String visible(int c) {
        if (c == '\t') {
            return "→   ";
        }
        if (c < 0x20) {
            return Character.toString(0x2400 + c);
        }
        if (c == 0x7F) {
            return "\u2421";
        }
        return Character.toString(c);
    }
}
