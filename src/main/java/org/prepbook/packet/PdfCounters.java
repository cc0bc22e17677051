package org.prepbook.packet;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.prepbook.render.Messages;

/**
 * The CSS of the PDF's numbers, in the handbook's language: the footer ({@code packet.pageOf},
 * "Page 3 of 34", "第 3 页，共 34 页", "34 में से पृष्ठ 3", its words around CSS counters in the
 * message's order) and every counter (the footer's, the contents' page numbers, list numbers) in
 * the digits the messages write numbers with. openhtmltopdf draws counters in two numeral
 * systems, {@code decimal} and {@code arabic-indic}; a language written with others (Persian's
 * ۰–۹, Devanagari's ०–९ when a site asks for them) gets Latin digits there.
 *
 * <p>Appended after the theme's {@code packet/pdf.css}, so these rules win.
 */
final class PdfCounters {
    /** The stand-ins the message is filled with for its two numbers, then cut at: no message holds a NUL. */
    private static final Pattern NUMBER = Pattern.compile("\u0000(pages?)\u0000");

    private PdfCounters() {
    }

    static String css(Messages messages) {
        String style = messages.number(0).equals("\u0660") ? "arabic-indic" : "decimal";
        String text = messages.text("packet.pageOf", "page", "\u0000page\u0000", "pages", "\u0000pages\u0000");
        StringBuilder footer = new StringBuilder();
        Matcher m = NUMBER.matcher(text);
        int at = 0;
        while (m.find()) {
            literal(footer, text.substring(at, m.start()));
            footer.append(" counter(").append(m.group(1)).append(", ").append(style).append(')');
            at = m.end();
        }
        literal(footer, text.substring(at));
        String pageOf = "target-counter(attr(href), page, " + style + ")";
        // All of the footer box here: openhtmltopdf takes a margin box from the last rule that has it, declarations and all.
        return "@page { @bottom-center { content:" + footer + "; font-family: " + PacketFonts.cssFamilies()
                + "; font-size: 8.5pt; color: #4a4a4a; } }\n"
                + ".toc a::after { content: leader('.') " + pageOf + "; }\n"
                // Right to left, the number and the leader come first, in the left-to-right line pdf.css makes.
                + "html[dir=\"rtl\"] .toc a::after { content: none; }\n"
                + "html[dir=\"rtl\"] .toc a::before { content: " + pageOf + " leader('.'); }\n"
                + (style.equals("decimal") ? "" : "ol { list-style-type: " + style + "; }\n");
    }

    /**
     * A run of the message's words, a space beside a number as a string of its own: openhtmltopdf
     * loses the last space of a right-to-left string before a counter.
     */
    private static void literal(StringBuilder css, String text) {
        for (String part : text.split("(?<=^ )|(?= $)")) {
            if (!part.isEmpty()) {
                css.append(' ').append(string(part));
            }
        }
    }

    /** {@code text} as a CSS string. */
    static String string(String text) {
        StringBuilder out = new StringBuilder("\"");
        text.codePoints().forEach(c -> {
            if (c == '"' || c == '\\') {
                out.append('\\').appendCodePoint(c);
            } else if (c < 0x20 || c == 0x7f) {
                out.append('\\').append(Integer.toHexString(c)).append(' ');
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.append('"').toString();
    }
}
