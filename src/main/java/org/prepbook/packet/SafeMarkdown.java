package org.prepbook.packet;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Document.OutputSettings;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;
import org.prepbook.diagnostics.Problems;
import org.prepbook.markdown.Markdown;
import org.prepbook.model.MarkdownText;
import org.prepbook.model.Origin;

/**
 * Markdown written by a job seeker, made safe to print. Raw HTML is escaped by the renderer; the
 * safelist then drops what Markdown itself can produce but a packet must not hold: images (a packet
 * makes no network request), {@code javascript:} and other non-web links, ids that could clash.
 * Shared by all render threads; both parts are immutable.
 */
final class SafeMarkdown {
    private static final Safelist SAFE = Safelist.basic().addTags("h2", "h3", "h4", "del", "table", "thead", "tbody",
            "tr", "th", "td").removeEnforcedAttribute("a", "rel");
    private static final OutputSettings OUTPUT = new OutputSettings().prettyPrint(false);

    private final Markdown markdown;

    SafeMarkdown(Markdown.Labels labels) {
        markdown = new Markdown(false, labels);
    }

    String html(String text, Origin origin, Problems problems) {
        String html = markdown.render(new MarkdownText(text, origin.path(), origin.line() - 1), problems).html();
        return Jsoup.clean(html, "", SAFE, OUTPUT);
    }

    /**
     * A fragment of the handbook, for a packet: links within the handbook ({@code /stages/x/}) made
     * absolute under {@code base} (the site's address, ending in {@code /}), and headings made bold
     * paragraphs, because the fragment sits under the packet's own headings and must not break their order.
     */
    String handbookHtml(MarkdownText text, String base, Problems problems) {
        Document doc = Jsoup.parseBodyFragment(markdown.render(text, problems).html());
        doc.outputSettings().prettyPrint(false);
        for (Element a : doc.select("a[href^=/]")) {
            String href = a.attr("href");
            if (!href.startsWith("//")) {
                a.attr("href", base + href.substring(1));
            }
        }
        for (Element h : doc.select("h1, h2, h3, h4, h5, h6")) {
            h.tagName("p").html("<strong>" + h.html() + "</strong>");
        }
        return Jsoup.clean(doc.body().html(), "", SAFE, OUTPUT);
    }
}
