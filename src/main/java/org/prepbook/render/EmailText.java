package org.prepbook.render;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * An email's rendered HTML as the plain text a reader pastes into a mail program: one paragraph per
 * block, line breaks kept, and each placeholder its label in brackets ("[Their name]"), so what is
 * left to fill in stands out and can never be sent by mistake as if it were a name.
 */
final class EmailText {
    /** Stands in for a {@code <br>} while Jsoup collapses the rest of the whitespace; not whitespace to it. */
    private static final String BREAK = "\u2028";

    private EmailText() {
    }

    static String of(String html) {
        Element body = Jsoup.parseBodyFragment(html).body();
        for (Element mark : body.select("mark.placeholder")) {
            mark.replaceWith(new TextNode(bracketed(mark.text())));
        }
        for (Element br : body.select("br")) {
            br.replaceWith(new TextNode(BREAK));
        }
        List<String> blocks = new ArrayList<>();
        for (Element block : body.children()) {
            if (block.is("ul, ol")) {
                StringBuilder list = new StringBuilder();
                int n = 1;
                for (Element item : block.children()) {
                    list.append(list.isEmpty() ? "" : "\n").append(block.is("ol") ? n++ + ". " : "- ").append(lines(item.text()));
                }
                blocks.add(list.toString());
            } else {
                blocks.add(lines(block.text()));
            }
        }
        return String.join("\n\n", blocks);
    }

    static String bracketed(String label) {
        return "[" + label + "]";
    }

    private static String lines(String text) {
        return text.replaceAll(" ?" + BREAK + " ?", "\n").strip();
    }
}
