package org.prepbook.markdown;

import com.vladsch.flexmark.util.sequence.Escaping;

/**
 * The HTML {@link FragmentWalk} writes for the nodes of ordinary prose, byte for byte what flexmark's
 * renderer writes for them with the options {@link Markdown} sets, without its line-formatting
 * machinery (which appends one character at a time). It keeps flexmark's two line rules: a block
 * starts and ends on a line of its own ({@link #line}), and spaces at the start of a line are
 * dropped. Where flexmark would write something these rules do not cover (a blank line, a tab that
 * starts a line), or the walk meets a node it does not write, the writer {@link #decline declines}
 * and flexmark renders the fragment instead.
 */
final class HtmlOut {
    private final StringBuilder out = new StringBuilder(256);
    /** Where the current line starts in {@link #out}. */
    private int lineStart;
    /** Whether the current line holds nothing but white space so far (flexmark's "all whitespace"). */
    private boolean blank = true;
    private boolean declined;

    /** Ends the current line unless it is empty. */
    void line() {
        if (out.length() > lineStart) {
            eol();
        }
    }

    /** Markup of the walk's own: a tag without spaces or line breaks. */
    void markup(String markup) {
        out.append(markup);
        blank = false;
    }

    /** An opening tag with attributes (name, value, name, value…), each value escaped as flexmark escapes attribute values. */
    void tag(String name, String... attributes) {
        out.append('<').append(name);
        for (int i = 0; i < attributes.length; i += 2) {
            out.append(' ').append(attributes[i]).append("=\"").append(Escaping.escapeHtml(attributes[i + 1], true))
                    .append('"');
        }
        out.append('>');
        blank = false;
    }

    /** HTML written as it is, under the line rules (a soft or hard break, a typographic entity). */
    void raw(CharSequence html) {
        append(html, 0, html.length(), false);
    }

    /** Text, escaped as flexmark escapes text: {@code & < > "}. */
    void text(CharSequence text) {
        append(text, 0, text.length(), true);
    }

    void text(CharSequence text, int start, int end) {
        append(text, start, end, true);
    }

    /** Gives up: flexmark renders this fragment. */
    void decline() {
        declined = true;
    }

    /** The HTML, or null if the writer declined. */
    String html() {
        return declined ? null : out.toString();
    }

    private void append(CharSequence s, int start, int end, boolean escape) {
        if (declined) {
            return;
        }
        int run = start;
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (c == ' ') {
                if (blank) {
                    run = i + 1;
                }
            } else if (c == '\n') {
                out.append(s, run, i);
                run = i + 1;
                if (out.length() == lineStart) {
                    declined = true;
                    return;
                }
                eol();
            } else if (c == '\t' && !blank) {
                continue;
            } else if (c == '\t' || c == '\r') {
                declined = true;
                return;
            } else {
                blank = false;
                if (escape && (c == '&' || c == '<' || c == '>' || c == '"')) {
                    out.append(s, run, i).append(c == '&' ? "&amp;" : c == '<' ? "&lt;" : c == '>' ? "&gt;" : "&quot;");
                    run = i + 1;
                }
            }
        }
        out.append(s, run, end);
    }

    private void eol() {
        out.append('\n');
        lineStart = out.length();
        blank = true;
    }
}
