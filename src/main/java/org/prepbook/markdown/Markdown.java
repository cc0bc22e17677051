package org.prepbook.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ext.anchorlink.AnchorLink;
import com.vladsch.flexmark.ext.anchorlink.AnchorLinkExtension;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.toc.TocExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.NodeVisitor;
import com.vladsch.flexmark.util.ast.VisitHandler;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document.OutputSettings;
import org.jsoup.safety.Safelist;
import org.prepbook.diagnostics.Problems;
import org.prepbook.model.MarkdownText;

/**
 * Markdown to HTML with GFM tables, strikethrough, autolinks, typographic quotes, heading ids with
 * permalinks and {@code [TOC]}. Raw HTML is escaped unless the site allows it, and then it is
 * cleaned by Jsoup's safelist. One instance is shared by all render threads: flexmark's parser and
 * renderer are immutable once built.
 */
public final class Markdown {
    private final Parser parser;
    private final HtmlRenderer renderer;
    private final boolean allowHtml;
    private final MarkdownMemo memo;
    private final Safelist safelist = Safelist.relaxed()
            .addAttributes(":all", "id", "class", "aria-hidden", "aria-label")
            .addProtocols("a", "href", "#");

    public Markdown(boolean allowHtml) {
        this(allowHtml, null);
    }

    /** @param memo rendered fragments to reuse and to add to, or null to render every fragment */
    public Markdown(boolean allowHtml, MarkdownMemo memo) {
        this.allowHtml = allowHtml;
        this.memo = memo;
        MutableDataSet options = new MutableDataSet()
                .set(Parser.EXTENSIONS, List.of(TablesExtension.create(), StrikethroughExtension.create(),
                        AutolinkExtension.create(), TypographicExtension.create(), TocExtension.create(),
                        AnchorLinkExtension.create(), new AnchorLabels()))
                .set(HtmlRenderer.ESCAPE_HTML, !allowHtml)
                .set(HtmlRenderer.GENERATE_HEADER_ID, true)
                .set(HtmlRenderer.RENDER_HEADER_ID, true)
                .set(HtmlRenderer.HEADER_ID_GENERATOR_RESOLVE_DUPES, true)
                .set(AnchorLinkExtension.ANCHORLINKS_SET_ID, false)
                .set(AnchorLinkExtension.ANCHORLINKS_SET_NAME, false)
                .set(AnchorLinkExtension.ANCHORLINKS_WRAP_TEXT, false)
                .set(AnchorLinkExtension.ANCHORLINKS_TEXT_PREFIX, "<span aria-hidden=\"true\">#</span>")
                .set(AnchorLinkExtension.ANCHORLINKS_ANCHOR_CLASS, "heading-anchor")
                .set(TocExtension.LEVELS, (1 << 2) | (1 << 3))
                .set(TocExtension.TITLE, "On this page")
                .set(TocExtension.TITLE_LEVEL, 2)
                .set(TablesExtension.CLASS_NAME, "table")
                .set(HtmlRenderer.SOFT_BREAK, "\n");
        parser = Parser.builder(options).build();
        renderer = HtmlRenderer.builder(options).build();
    }

    /**
     * Renders {@code text}, reporting a level-1 heading as a problem: the page title is the page's
     * only {@code h1}, so content headings start at {@code ##}.
     *
     */
    public String render(MarkdownText text, Problems problems) {
        return memo == null ? renderNow(text, problems) : memo.render(text, problems, this);
    }

    String renderNow(MarkdownText text, Problems problems) {
        Document doc = parser.parse(text.source());
        new NodeVisitor(new VisitHandler<>(Heading.class, h -> {
            if (h.getLevel() == 1) {
                problems.add(text.path(), text.line() + h.getLineNumber(), 1, "a level-1 heading ('# ') in the body",
                        "the page title is the only top-level heading; start headings in the text at '##'");
            }
        })).visit(doc);
        String html = renderer.render(doc);
        if (allowHtml) {
            html = Jsoup.clean(html, "", safelist, new OutputSettings().prettyPrint(false));
        }
        return html;
    }


    /** A permalink whose only text is "#" has no useful accessible name; give it one without changing its look. */
    private static final class AnchorLabels implements HtmlRenderer.HtmlRendererExtension {
        @Override
        public void rendererOptions(MutableDataHolder options) {
        }

        @Override
        public void extend(HtmlRenderer.Builder builder, String rendererType) {
            builder.attributeProviderFactory(new IndependentAttributeProviderFactory() {
                @Override
                public AttributeProvider apply(LinkResolverContext context) {
                    return (node, part, attributes) -> {
                        if (node instanceof AnchorLink) {
                            attributes.replaceValue("aria-label", "Link to this section");
                        }
                    };
                }
            });
        }
    }
}
