package org.prepbook.search;

import org.jsoup.parser.Parser;

/**
 * The words of an HTML fragment that the build's own Markdown renderer wrote. A scan rather than
 * an HTML parse: the fragments are well-formed (flexmark wrote them, and escaped every {@code <}
 * in text), and parsing 10,000 of them took most of the search step's time budget.
 */
final class HtmlText {
    private static final String HIDDEN = "aria-hidden=\"true\"";

    private HtmlText() {
    }

    /** Text with tags turned into spaces, entities decoded, runs of white space collapsed. */
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
            space(out, ' ');
            i = end + 1;
        }
        return Parser.unescapeEntities(out.toString().strip(), false);
    }

    private static void space(StringBuilder out, char c) {
        if (c != ' ' || (out.length() > 0 && out.charAt(out.length() - 1) != ' ')) {
            out.append(c);
        }
    }
}
