package org.prepbook.markdown;

import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.jsoup.parser.Parser;

/**
 * Builds a fragment's plain text from the tags and text its HTML is made of, as the tree walk meets
 * them, applying the rules search relies on. Text arrives HTML-escaped, exactly as the renderer
 * writes it, and is unescaped once at the end, so that a rule looking at the last character sees
 * what it would see in the HTML. Linear: every character is looked at a fixed number of times.
 */
final class PlainText {
    private static final String HIDDEN = "aria-hidden=\"true\"";
    private static final Set<String> BLOCKS = Set.of("p", "div", "br", "hr", "li", "ul", "ol", "dl", "dt",
            "dd", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "tr", "td", "th", "thead", "tbody",
            "figure", "figcaption", "section", "article", "nav");

    private final StringBuilder out = new StringBuilder();
    private final StringBuilder run = new StringBuilder();
    private final UnaryOperator<String> marks;
    private boolean hidden;
    /** A script or style element a site's raw HTML opened: the sanitiser drops it with its content. */
    private String dropping;

    /** @param marks rewrites the HTML of each run of text between two tags (it may add inline tags), or null */
    PlainText(UnaryOperator<String> marks) {
        this.marks = marks;
    }

    /** Text as it appears in the HTML, escaped. */
    void text(CharSequence escaped) {
        text(escaped, 0, escaped.length());
    }

    void text(CharSequence escaped, int start, int end) {
        if (marks == null) {
            chars(escaped, start, end);
        } else {
            run.append(escaped, start, end);
        }
    }

    /**
     * Text as a reader sees it, which the renderer escapes. Marks read HTML, so for them it is
     * escaped as the renderer does; otherwise only '&' is, since '<', '>' and '"' read the same to
     * the rules as their entities, which are decoded at the end.
     */
    void plain(CharSequence plain, int start, int end) {
        if (marks == null) {
            for (int i = start; i < end; i++) {
                if (plain.charAt(i) == '&') {
                    chars(plain.subSequence(start, end).toString().replace("&", "&amp;"));
                    return;
                }
            }
        }
        plainWithoutAmpersand(plain, start, end);
    }

    /** {@link #plain} for text the caller knows has no {@code &}, which therefore needs no look for one. */
    void plainWithoutAmpersand(CharSequence plain, int start, int end) {
        if (marks != null) {
            run.append(Escaping.escapeHtml(plain.subSequence(start, end), false));
            return;
        }
        chars(plain, start, end);
    }

    void open(String tag) {
        flush();
        if (dropping == null) {
            open(tag, false);
        }
    }

    void close(String tag) {
        flush();
        if (dropping == null) {
            closeTag(tag);
        }
    }

    /** HTML written as it is (raw HTML a site allows, the heading anchors' decoration). */
    void html(CharSequence html) {
        flush();
        scan(html.toString());
    }

    /** Where the text so far ends, for {@link #since}. */
    int mark() {
        flush();
        return out.length();
    }

    /** The text added since {@code mark}, as {@link #result} would give it. */
    String since(int mark) {
        flush();
        return Parser.unescapeEntities(out.substring(Math.min(mark, out.length())).strip(), false);
    }

    String result() {
        flush();
        return Parser.unescapeEntities(out.toString().strip(), false);
    }

    private void flush() {
        if (run.isEmpty()) {
            return;
        }
        if (marks == null) {
            chars(run);
        } else {
            scan(marks.apply(run.toString()));
        }
        run.setLength(0);
    }

    private void chars(CharSequence text) {
        chars(text, 0, text.length());
    }

    // White space collapses to one space; the words between are copied whole.
    private void chars(CharSequence text, int start, int end) {
        if (hidden || dropping != null) {
            return;
        }
        int i = start;
        while (i < end) {
            int word = i;
            while (i < end && !whitespace(text.charAt(i))) {
                i++;
            }
            out.append(text, word, i);
            if (i < end) {
                space(' ');
                while (i < end && whitespace(text.charAt(i))) {
                    i++;
                }
            }
        }
    }

    /**
     * {@link Character#isWhitespace}, with ASCII answered by comparisons: the call was most of this
     * class's time, and nearly all text is ASCII, or letters of other scripts, which are not space.
     */
    static boolean whitespace(char c) {
        if (c <= ' ') {
            return c == ' ' || (c >= '\t' && c <= '\r') || c >= '\u001C';
        }
        return c >= 0x80 && Character.isWhitespace(c);
    }

    // Decorations such as the heading anchors' "#" are hidden from screen readers; search skips them
    // too, up to the next closing tag.
    private void open(String tag, boolean hiding) {
        if (hidden) {
            return;
        }
        hidden = hiding;
        if (BLOCKS.contains(tag)) {
            space(' ');
        }
    }

    // Block boundaries separate words; inline tags (links, emphasis) sit inside a sentence. A heading
    // or list item ends without a full stop, so it gets one: excerpts run blocks together, and "How
    // to answer well. Salary." reads where "How to answer well Salary." does not.
    private void closeTag(String tag) {
        if (hidden) {
            hidden = false;
            return;
        }
        if (BLOCKS.contains(tag)) {
            endSentence();
            space(' ');
        }
    }

    /** Tags and text of an HTML snippet; comments are dropped, as the sanitiser drops them. */
    private void scan(String html) {
        int i = 0;
        while (i < html.length()) {
            int tag = html.indexOf('<', i);
            chars(html.substring(i, tag < 0 ? html.length() : tag));
            if (tag < 0) {
                return;
            }
            if (html.startsWith("<!--", tag)) {
                int end = html.indexOf("-->", tag + 4);
                i = end < 0 ? html.length() : end + 3;
                continue;
            }
            int end = html.indexOf('>', tag);
            if (end < 0) {
                return;
            }
            boolean closing = tag + 1 < html.length() && html.charAt(tag + 1) == '/';
            int nameEnd = tag + (closing ? 2 : 1);
            while (nameEnd < end && Character.isLetterOrDigit(html.charAt(nameEnd))) {
                nameEnd++;
            }
            String name = html.substring(tag + (closing ? 2 : 1), nameEnd).toLowerCase(Locale.ROOT);
            if (dropping != null) {
                dropping = closing && name.equals(dropping) ? null : dropping;
            } else if (closing) {
                closeTag(name);
            } else if (name.equals("script") || name.equals("style")) {
                dropping = name;
            } else {
                // Only inside this tag: searching on to the end of the page for every tag made text quadratic.
                open(name, html.substring(tag, end).contains(HIDDEN));
            }
            i = end + 1;
        }
    }

    private void endSentence() {
        int last = out.length() - 1;
        while (last >= 0 && out.charAt(last) == ' ') {
            last--;
        }
        if (last >= 0 && (Character.isLetterOrDigit(out.charAt(last)) || out.charAt(last) == ')')) {
            out.setLength(last + 1);
            out.append('.');
        }
    }

    private void space(char c) {
        if (c != ' ' || (out.length() > 0 && out.charAt(out.length() - 1) != ' ')) {
            out.append(c);
        }
    }
}
