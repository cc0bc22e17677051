package org.prepbook.search;

import java.util.Locale;
import java.util.Set;
import org.jsoup.parser.Parser;

/**
 * The words of an HTML fragment that the build's own Markdown renderer wrote. A scan rather than
 * an HTML parse: the fragments are well-formed (flexmark wrote them, and escaped every {@code <}
 * in text), and parsing 10,000 of them took most of the search step's time budget.
 */
final class HtmlText {
    private static final String HIDDEN = "aria-hidden=\"true\"";
    private static final Set<String> BLOCKS = Set.of("p", "div", "br", "hr", "li", "ul", "ol", "dl", "dt",
            "dd", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "tr", "td", "th", "thead", "tbody",
            "figure", "figcaption", "section", "article", "nav");

    private HtmlText() {
    }

    /**
     * Text with block tags turned into spaces (a block that ends without punctuation gets a full
     * stop), inline tags dropped, entities decoded, white space collapsed.
     */
    static String of(String html) {
        if (html == null || html.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(html.length());
        int i = 0;
        while (i < html.length()) {
            char c = html.charAt(i);
            if (c != '<') {
                space(out, Character.isWhitespace(c) ? ' ' : c);
                i++;
                continue;
            }
            int end = html.indexOf('>', i);
            if (end < 0) {
                break;
            }
            // Decorations such as the heading anchors' "#" are hidden from screen readers; search skips them too.
            int hidden = html.indexOf(HIDDEN, i);
            if (hidden >= 0 && hidden < end && html.charAt(i + 1) != '/') {
                int close = html.indexOf("</", end);
                end = close < 0 ? html.length() - 1 : html.indexOf('>', close);
                if (end < 0) {
                    break;
                }
            }
            // Block boundaries separate words; inline tags (links, emphasis) sit inside a sentence.
            // A heading or list item ends without a full stop, so it gets one: excerpts run blocks
            // together, and "How to answer well. Salary." reads where "How to answer well Salary." does not.
            if (block(html, i)) {
                if (html.charAt(i + 1) == '/') {
                    endSentence(out);
                }
                space(out, ' ');
            }
            i = end + 1;
        }
        return Parser.unescapeEntities(out.toString().strip(), false);
    }

    private static boolean block(String html, int tag) {
        int start = tag + (html.charAt(tag + 1) == '/' ? 2 : 1);
        int end = start;
        while (end < html.length() && Character.isLetterOrDigit(html.charAt(end))) {
            end++;
        }
        return BLOCKS.contains(html.substring(start, end).toLowerCase(Locale.ROOT));
    }

    private static void endSentence(StringBuilder out) {
        int last = out.length() - 1;
        while (last >= 0 && out.charAt(last) == ' ') {
            last--;
        }
        if (last >= 0 && (Character.isLetterOrDigit(out.charAt(last)) || out.charAt(last) == ')')) {
            out.setLength(last + 1);
            out.append('.');
        }
    }

    private static void space(StringBuilder out, char c) {
        if (c != ' ' || (out.length() > 0 && out.charAt(out.length() - 1) != ' ')) {
            out.append(c);
        }
    }
}
