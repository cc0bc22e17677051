package org.prepbook.markdown;

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
import com.vladsch.flexmark.html.renderer.HeaderIdGenerator;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.parser.ListOptions;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document.OutputSettings;
import org.jsoup.safety.Safelist;
import org.prepbook.diagnostics.Problems;
import org.prepbook.model.MarkdownText;

/**
 * Markdown to {@link Fragment}s (HTML, plain text and links, from one parse) with GFM tables,
 * strikethrough, autolinks, typographic quotes, heading ids with permalinks and {@code [TOC]}. Raw HTML is escaped unless the site allows it, and then it is
 * cleaned by Jsoup's safelist. One instance is shared by all render threads: flexmark's parser and
 * renderer are immutable once built.
 */
public final class Markdown {
    /**
     * One parser per set of extensions a fragment can need, indexed by {@link #AUTOLINKS} and
     * {@link #TABLES}: the autolink extension runs a regular expression over every text node and the
     * tables extension looks for a table in every paragraph, a fifth and a thirteenth of all Markdown
     * time on the 10,000-page site, yet they find something only in text that holds their marks.
     */
    private final Parser[] parsers = new Parser[4];
    private static final int AUTOLINKS = 1;
    private static final int TABLES = 2;
    private final HtmlRenderer renderer;
    private final boolean allowHtml;
    private final MarkdownMemo memo;
    private final Settings settings;
    private final Safelist safelist = Safelist.relaxed()
            .addAttributes(":all", "id", "class", "aria-hidden", "aria-label")
            .addProtocols("a", "href", "#");

    /**
     * The words Markdown itself writes into a page, from the theme's messages: the title of a
     * {@code [TOC]} and the accessible name of a heading's permalink.
     */
    public record Labels(String contents, String sectionLink) {
    }

    public Markdown(boolean allowHtml, Labels labels) {
        this(allowHtml, labels, null);
    }

    /** @param memo rendered fragments to reuse and to add to, or null to render every fragment */
    public Markdown(boolean allowHtml, Labels labels, MarkdownMemo memo) {
        this.allowHtml = allowHtml;
        this.memo = memo;
        MutableDataSet options = new MutableDataSet()
                .set(Parser.EXTENSIONS, List.of(TablesExtension.create(), StrikethroughExtension.create(),
                        TypographicExtension.create(), TocExtension.create(), AnchorLinkExtension.create(),
                        new AnchorLabels(labels.sectionLink())))
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
                .set(TocExtension.TITLE, labels.contents())
                .set(TocExtension.TITLE_LEVEL, 2)
                .set(TablesExtension.CLASS_NAME, "table")
                .set(HtmlRenderer.SOFT_BREAK, "\n");
        renderer = HtmlRenderer.builder(options).build();
        for (int needs = 0; needs < parsers.length; needs++) {
            List<Extension> extensions = new ArrayList<>();
            if ((needs & TABLES) != 0) {
                extensions.add(TablesExtension.create());
            }
            extensions.add(StrikethroughExtension.create());
            if ((needs & AUTOLINKS) != 0) {
                extensions.add(AutolinkExtension.create());
            }
            extensions.addAll(List.of(TypographicExtension.create(), TocExtension.create(), AnchorLinkExtension.create()));
            parsers[needs] = Parser.builder(new MutableDataSet(options).set(Parser.EXTENSIONS, extensions)).build();
        }
        String suppressed = HtmlRenderer.SUPPRESSED_LINKS.get(options);
        settings = new Settings(!allowHtml, HtmlRenderer.HARD_BREAK.get(options), HtmlRenderer.SOFT_BREAK.get(options),
                AnchorLinkExtension.ANCHORLINKS_TEXT_PREFIX.get(options), AnchorLinkExtension.ANCHORLINKS_ANCHOR_CLASS.get(options),
                labels.sectionLink(), HtmlRenderer.AUTOLINK_WWW_PREFIX.get(options),
                suppressed.isEmpty() ? null : Pattern.compile(suppressed), ListOptions.get(options));
    }

    /**
     * Renders {@code text} into its HTML, plain text and links, reporting a level-1 heading as a
     * problem: the page title is the page's only {@code h1}, so content headings start at {@code ##}.
     */
    public Fragment render(MarkdownText text, Problems problems) {
        return render(text, null, problems);
    }

    /**
     * The same, with {@code marks} applied to the HTML (e.g. to mark placeholders) and, so that
     * search reads what the page shows, to each run of the text's HTML between two tags. It must
     * therefore only match text that holds no tag.
     */
    public Fragment render(MarkdownText text, UnaryOperator<String> marks, Problems problems) {
        return memo == null ? renderNow(text, marks, problems) : memo.render(text, marks, problems, this);
    }

    Fragment renderNow(MarkdownText text, UnaryOperator<String> marks, Problems problems) {
        if (text.source().isEmpty()) {
            return Fragment.EMPTY;
        }
        Document doc = parse(text.source());
        FragmentWalk walk = FragmentWalk.walk(text, doc, renderer, settings, marks, problems);
        String html = walk.html();
        if (html == null) {
            html = renderer.render(doc);
        }
        if (allowHtml) {
            html = Jsoup.clean(html, "", safelist, new OutputSettings().prettyPrint(false));
        }
        if (marks != null) {
            html = marks.apply(html);
        }
        return walk.fragment(html);
    }

    /** The parse tree of {@code source}, its headings given their ids. */
    private Document parse(String source) {
        Document doc = parsers[(mayHoldAutolink(source) ? AUTOLINKS : 0) | (source.indexOf('|') >= 0 ? TABLES : 0)].parse(source);
        new HeaderIdGenerator().generateIds(doc);
        return doc;
    }

    /**
     * What the walk writes for {@code source} and what flexmark's own renderer writes for it, before
     * any cleaning or marks: the reference {@link HtmlOut} is held to. The walk's is null where it declines.
     */
    String[] bothHtml(String source) {
        Document doc = parse(source);
        String walked = FragmentWalk.walk(new MarkdownText(source, Path.of("test.md"), 1), doc, renderer, settings, null,
                new Problems()).html();
        return new String[] {walked, renderer.render(doc)};
    }

    /** Whether {@code source} could hold a bare URL, {@code www.} address or email address. */
    static boolean mayHoldAutolink(String source) {
        if (source.contains("://") || source.indexOf('@') >= 0) {
            return true;
        }
        for (int i = source.indexOf('.'); i >= 0; i = source.indexOf('.', i + 1)) {
            if (i >= 3 && source.regionMatches(true, i - 3, "www", 0, 3)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The renderer's options that decide what its HTML holds, for {@link FragmentWalk}.
     *
     * @param anchorLabel the accessible name {@link AnchorLabels} gives a heading's permalink
     * @param suppressedLinks the addresses flexmark writes no link for, or null
     */
    record Settings(boolean escapeHtml, String hardBreak, String softBreak, String anchorText, String anchorClass,
                    String anchorLabel, String wwwPrefix, Pattern suppressedLinks, ListOptions lists) {
    }

    /** A permalink whose only text is "#" has no useful accessible name; give it one without changing its look. */
    private static final class AnchorLabels implements HtmlRenderer.HtmlRendererExtension {
        private final String label;

        AnchorLabels(String label) {
            this.label = label;
        }

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
                            attributes.replaceValue("aria-label", label);
                        }
                    };
                }
            });
        }
    }
}
