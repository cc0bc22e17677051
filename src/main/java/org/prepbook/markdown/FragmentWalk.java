package org.prepbook.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.ParagraphItemContainer;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.TextBase;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.anchorlink.AnchorLink;
import com.vladsch.flexmark.ext.gfm.strikethrough.Strikethrough;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCaption;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.ext.toc.TocBlock;
import com.vladsch.flexmark.ext.typographic.TypographicQuotes;
import com.vladsch.flexmark.ext.typographic.TypographicSmarts;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NonRenderingInline;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import com.vladsch.flexmark.util.sequence.SubSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.prepbook.diagnostics.LineMap;
import org.prepbook.diagnostics.Problems;
import org.prepbook.model.MarkdownText;
import org.prepbook.model.Origin;

/**
 * One walk over a parsed fragment that writes its HTML and gathers what search and the checks need:
 * the plain text (each node's text as the renderer writes it, with the tags it writes around it, fed
 * to {@link PlainText}), the link destinations with their line and column, the second-level headings
 * for a page's contents, and level-1 headings, which are a problem. It follows flexmark's own
 * renderers node by node for the options {@link Markdown} sets. The HTML ({@link HtmlOut}) covers
 * the nodes of ordinary prose; a fragment with any other (a table, a code block, an image, a
 * reference link, a {@code [TOC]}) is rendered by flexmark, and a node the plain text does not know
 * (a {@code [TOC]} block) is rendered on its own and its HTML read.
 */
final class FragmentWalk {
    private final MarkdownText source;
    private final Document document;
    private final HtmlRenderer renderer;
    private final Markdown.Settings settings;
    private final PlainText text;
    private final HtmlOut html = new HtmlOut();
    private final List<Fragment.Link> links = new ArrayList<>();
    private final List<Fragment.Section> sections = new ArrayList<>();
    private boolean ownContents;
    private final Problems problems;
    private LineMap lines;
    /** What a text node's source may hold that its text does not show as is: an escape, an entity, a CR. */
    private static final char[] SOUGHT = {'\\', '&', '\r'};
    /** Per character of {@link #SOUGHT}: where it was last found (-1 before the first search), and from where. */
    private final int[] found = {-1, -1, -1};
    private final int[] searched = {0, 0, 0};

    private FragmentWalk(MarkdownText source, Document document, HtmlRenderer renderer, Markdown.Settings settings,
                         UnaryOperator<String> marks, Problems problems) {
        this.source = source;
        this.document = document;
        this.renderer = renderer;
        this.settings = settings;
        this.text = new PlainText(marks);
        this.problems = problems;
    }

    /**
     * Walks {@code document}, whose headings already have their ids; its level-1 headings go to
     * {@code problems}.
     */
    static FragmentWalk walk(MarkdownText source, Document document, HtmlRenderer renderer,
                             Markdown.Settings settings, UnaryOperator<String> marks, Problems problems) {
        FragmentWalk walk = new FragmentWalk(source, document, renderer, settings, marks, problems);
        walk.children(document);
        return walk;
    }

    /** The HTML flexmark would write, or null for a fragment with a node {@link HtmlOut} does not cover. */
    String html() {
        return html.html();
    }

    /** The fragment, with its HTML as the page shows it. */
    Fragment fragment(String html) {
        return new Fragment(html, text.result(), links, sections, ownContents);
    }

    private void children(Node parent) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            node(child);
        }
    }

    /** An inline element: its tags around its children, in the HTML and in the text. */
    private void tag(String name, Node node) {
        html.markup("<" + name + ">");
        text.open(name);
        children(node);
        text.close(name);
        html.markup("</" + name + ">");
    }

    /** A block element whose tags flexmark writes each on a line of its own, around its children's lines. */
    private void indented(String name, Node node, String... attributes) {
        html.line();
        html.tag(name, attributes);
        html.line();
        text.open(name);
        children(node);
        text.close(name);
        html.line();
        html.markup("</" + name + ">");
        html.line();
    }

    /** A block element that starts and ends a line. */
    private void line(String name, Node node) {
        html.line();
        tag(name, node);
        html.line();
    }

    private void escaped(String plain) {
        html.text(plain);
        text.plain(plain, 0, plain.length());
    }

    // Most text is a slice of the source with nothing to unescape: taken as it is, without copies.
    private void text(Text node) {
        BasedSequence chars = node.getChars();
        String source = this.source.source();
        int start = chars.getStartOffset();
        int end = chars.getEndOffset();
        if (chars instanceof SubSequence && chars.getBaseSequence().length() == source.length() && plainBetween(start, end)) {
            html.text(source, start, end);
            text.plainWithoutAmpersand(source, start, end);
            return;
        }
        escaped(Escaping.normalizeEOL(chars.unescape()));
    }

    /**
     * Whether the source between {@code start} and {@code end} holds none of {@link #SOUGHT}. Text
     * nodes come in source order, so where each character was last found answers every node up to
     * it: the source is scanned about once per character sought, by {@code indexOf}, instead of a
     * {@code charAt} per character per node, which C1 compiles to a call with a bounds check.
     */
    private boolean plainBetween(int start, int end) {
        for (int c = 0; c < SOUGHT.length; c++) {
            // The last answer holds for any later start up to it; a start before the last search's (a
            // node out of source order) searches again.
            if (found[c] < start || start < searched[c]) {
                int at = source.source().indexOf(SOUGHT[c], start);
                found[c] = at < 0 ? Integer.MAX_VALUE : at;
                searched[c] = start;
            }
            if (found[c] < end) {
                return false;
            }
        }
        return true;
    }

    private void node(Node node) {
        if (node instanceof Text t) {
            text(t);
        } else if (node instanceof TextBase) {
            children(node);
        } else if (node instanceof Paragraph p) {
            paragraph(p);
        } else if (node instanceof SoftLineBreak) {
            html.raw(settings.softBreak());
            text.text(settings.softBreak());
        } else if (node instanceof HardLineBreak) {
            html.raw(settings.hardBreak());
            text.html(settings.hardBreak());
        } else if (node instanceof Emphasis) {
            tag("em", node);
        } else if (node instanceof StrongEmphasis) {
            tag("strong", node);
        } else if (node instanceof Strikethrough) {
            tag("del", node);
        } else if (node instanceof Code code) {
            html.markup("<code>");
            text.open("code");
            escaped(Escaping.collapseWhitespace(code.getText(), true));
            text.close("code");
            html.markup("</code>");
        } else if (node instanceof TypographicQuotes q) {
            raw(q.getTypographicOpening());
            children(node);
            raw(q.getTypographicClosing());
        } else if (node instanceof TypographicSmarts s) {
            raw(s.getTypographicText());
        } else if (node instanceof HtmlEntity) {
            escaped(node.getChars().unescape());
        } else if (node instanceof Link link) {
            link(link.getUrl());
            if (suppressed(link.getUrl()) || link.getTitle().isNotNull()) {
                html.decline();
            }
            html.tag("a", "href", link.getUrl().unescape());
            text.open("a");
            children(node);
            text.close("a");
            html.markup("</a>");
        } else if (node instanceof LinkRef ref) {
            linkRef(ref);
        } else if (node instanceof Image image) {
            html.decline();
            link(image.getUrl());
        } else if (node instanceof ImageRef ref) {
            html.decline();
            if (!ref.isDefined()) {
                escaped(ref.getChars().unescape());
            }
        } else if (node instanceof Reference ref) {
            html.decline();
            link(ref.getUrl());
        } else if (node instanceof AutoLink auto) {
            link(auto.getUrl());
            String shown = auto.getText().toString();
            linkTag(auto.getUrl(), shown.startsWith("www.") ? settings.wwwPrefix() + shown : shown);
            text.open("a");
            escaped(shown);
            text.close("a");
            html.markup("</a>");
        } else if (node instanceof MailLink mail) {
            String shown = mail.getText().unescape();
            linkTag(mail.getUrl(), "mailto:" + shown);
            text.open("a");
            escaped(shown);
            text.close("a");
            html.markup("</a>");
        } else if (node instanceof HtmlInlineBase) {
            if (!settings.escapeHtml()) {
                html.decline();
            }
            html(node.getChars().normalizeEOL());
        } else {
            block(node);
        }
    }

    private void block(Node node) {
        if (node instanceof Heading h) {
            if (h.getLevel() == 1) {
                problems.add(source.path(), source.line() + lines().lineOf(h.getStartOffset()) - 1, 1,
                        "a level-1 heading ('# ') in the body",
                        "the page title is the only top-level heading; start headings in the text at '##'");
            }
            String id = h.getAnchorRefId() == null ? "" : h.getAnchorRefId();
            html.line();
            if (id.isEmpty()) {
                html.markup("<h" + h.getLevel() + ">");
            } else {
                html.tag("h" + h.getLevel(), "id", id);
            }
            if (h.getLevel() == 2 && !id.isEmpty()) {
                section(h);
            } else {
                text.open("h" + h.getLevel());
                children(node);
                text.close("h" + h.getLevel());
            }
            html.markup("</h" + h.getLevel() + ">");
            html.line();
        } else if (node instanceof AnchorLink) {
            String id = node.getParent() instanceof Heading h ? h.getAnchorRefId() : "";
            if (id == null || id.isEmpty()) {
                html.decline();
            }
            html.tag("a", "href", "#" + id, "class", settings.anchorClass(), "aria-label", settings.anchorLabel());
            html.raw(settings.anchorText());
            html.markup("</a>");
            text.open("a");
            text.html(settings.anchorText());
            text.close("a");
        } else if (node instanceof BulletList) {
            indented("ul", node);
        } else if (node instanceof OrderedList list) {
            int start = list.getStartNumber();
            if (settings.lists().isOrderedListManualStart() && start != 1) {
                indented("ol", node, "start", String.valueOf(start));
            } else {
                indented("ol", node);
            }
        } else if (node instanceof ListItem item) {
            html.line();
            html.markup("<li>");
            text.open("li");
            escaped(item.getMarkerSuffix().unescape());
            children(node);
            text.close("li");
            html.markup("</li>");
            html.line();
        } else if (node instanceof BlockQuote) {
            indented("blockquote", node);
        } else if (node instanceof FencedCodeBlock code) {
            html.decline();
            code(code.getContentChars().normalizeEOL());
        } else if (node instanceof IndentedCodeBlock code) {
            html.decline();
            code(code.getContentChars().trimTailBlankLines().normalizeEndWithEOL());
        } else if (node instanceof ThematicBreak) {
            html.line();
            html.markup("<hr />");
            html.line();
            text.open("hr");
        } else if (node instanceof HtmlCommentBlock) {
            html.decline();
            html(node.getChars().normalizeEOL());
        } else if (node instanceof HtmlBlock block && !block.hasChildren()) {
            String content = block.getContentChars().normalizeEOL();
            if (settings.escapeHtml()) {
                html.line();
                html.markup("<p>");
                text.open("p");
                escaped(content.endsWith("\n") ? content.substring(0, content.length() - 1) : content);
                text.close("p");
                html.markup("</p>");
                html.line();
            } else {
                html.decline();
                text.html(content);
            }
        } else if (node instanceof TableBlock) {
            html.decline();
            tag("table", node);
        } else if (node instanceof TableHead) {
            tag("thead", node);
        } else if (node instanceof TableBody) {
            tag("tbody", node);
        } else if (node instanceof TableRow) {
            tag("tr", node);
        } else if (node instanceof TableCell cell) {
            tag(cell.isHeader() ? "th" : "td", node);
        } else if (node instanceof TableCaption) {
            tag("caption", node);
        } else if (!(node instanceof TableSeparator)) {
            html.decline();
            ownContents |= node instanceof TocBlock;
            // Rare: what the renderer writes for it is read back. Its links, if any, are still found.
            text.html(renderer.render(node));
            findLinks(node);
        }
    }

    private void section(Heading h) {
        text.open("h2");
        int from = text.mark();
        children(h);
        sections.add(new Fragment.Section(h.getAnchorRefId(), text.since(from)));
        text.close("h2");
    }

    // A paragraph that is a tight list item's only text is written without <p>, which changes where sentences end.
    private void paragraph(Paragraph p) {
        if (p.getFirstChildAnyNot(NonRenderingInline.class) == null) {
            return;
        }
        if (p.getParent() instanceof ParagraphItemContainer container
                && container.isParagraphWrappingDisabled(p, settings.lists(), document)) {
            children(p);
        } else {
            line("p", p);
        }
    }

    // An undefined reference ("[what they did]") is text, which the walk writes; a defined one is left to flexmark.
    private void linkRef(LinkRef ref) {
        if (ref.isDefined()) {
            html.decline();
            tag("a", ref);
        } else if (!ref.hasChildren()) {
            escaped(ref.getChars().unescape());
        } else {
            escaped(ref.getChars().prefixOf(ref.getChildChars()).unescape());
            children(ref);
            escaped(ref.getChars().suffixOf(ref.getChildChars()).unescape());
        }
    }

    private void code(String content) {
        text.open("pre");
        text.open("code");
        escaped(content);
        text.close("code");
        text.close("pre");
    }

    /** Raw HTML is escaped (shown as text) unless the site allows it. */
    private void html(String raw) {
        if (settings.escapeHtml()) {
            escaped(raw);
        } else {
            text.html(raw);
        }
    }

    private void raw(String html) {
        if (html != null && !html.isEmpty()) {
            this.html.raw(html);
            text.text(html);
        }
    }

    /** Whether flexmark writes a link to {@code url} as its text alone ({@code javascript:} links). */
    private boolean suppressed(CharSequence url) {
        return settings.suppressedLinks() != null && settings.suppressedLinks().matcher(url).matches();
    }

    /** An autolink's or email link's opening tag. */
    private void linkTag(CharSequence url, String href) {
        if (suppressed(url)) {
            html.decline();
        }
        html.tag("a", "href", href);
    }

    private void findLinks(Node node) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Link l) {
                link(l.getUrl());
            } else if (child instanceof Image i) {
                link(i.getUrl());
            } else if (child instanceof Reference r) {
                link(r.getUrl());
            } else if (child instanceof AutoLink a) {
                link(a.getUrl());
            }
            findLinks(child);
        }
    }

    private void link(BasedSequence url) {
        if (url.isEmpty()) {
            return;
        }
        int offset = url.getStartOffset();
        links.add(new Fragment.Link(url.toString(), new Origin(source.path(), source.line() + lines().lineOf(offset) - 1,
                lines().columnOf(offset))));
    }

    /** The source's line index, made on first use: most fragments have no link and no level-1 heading. */
    private LineMap lines() {
        if (lines == null) {
            lines = LineMap.of(source.source());
        }
        return lines;
    }
}
