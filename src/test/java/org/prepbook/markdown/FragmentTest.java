package org.prepbook.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.prepbook.diagnostics.Problem;
import org.prepbook.diagnostics.Problems;
import org.prepbook.model.MarkdownText;
import org.prepbook.model.Origin;

/** What one parse of a fragment gives: HTML, the plain text search indexes, and links with where they were written. */
class FragmentTest {
    private static final Path FILE = Path.of("pages/how-to-use.md");
    private static final Markdown.Labels LABELS = new Markdown.Labels("On this page", "Link to this section");

    private static Fragment render(String markdown) {
        return new Markdown(false, LABELS).render(new MarkdownText(markdown, FILE, 5), new Problems());
    }

    private static String text(String markdown) {
        return render(markdown).text();
    }

    @Test
    void endsUnpunctuatedBlocksWithAFullStopAndKeepsRawHtmlAsText() {
        assertEquals("Salary. Say it \u201cplainly\u201d \u2014 and <b>stop</b>.",
                text("## Salary\n\nSay it \"plainly\" --- and <b>stop</b>."));
    }

    @Test
    void inlineTagsDoNotSplitASentence() {
        assertEquals("See salary expectations. Then ask.",
                text("See [salary *expectations*](/questions/salary-expectations/).\n\nThen ask."));
    }

    @Test
    void skipsHeadingAnchorsHiddenFromScreenReaders() {
        Fragment f = render("## What the call is for");
        assertTrue(f.html().contains("<span aria-hidden=\"true\">#</span>"), f.html());
        assertEquals("What the call is for.", f.text());
    }

    @Test
    void sectionsAreTheAnchoredSecondLevelHeadingsAsTheHtmlShowsThem() {
        Fragment f = render("[TOC]\n\n## Salary *and* `pay` &amp; \"perks\"\n\ntext\n\n### Not listed\n\n"
                + "## Salary and pay & \"perks\"\n\n## [Linked](/asks/) الفريق  团队\n");
        // The sections must say exactly what the HTML's anchored h2 elements say, decoration left out.
        List<Fragment.Section> fromHtml = org.jsoup.Jsoup.parseBodyFragment(f.html()).select("h2[id]").stream()
                .map(h -> {
                    org.jsoup.nodes.Element copy = h.clone();
                    copy.select(".heading-anchor").remove();
                    return new Fragment.Section(h.id(), copy.text());
                }).toList();
        assertEquals(3, fromHtml.size(), f.html());
        assertTrue(f.ownContents());
        assertFalse(render("## One\n\n## Two\n\n## Three\n").ownContents());
        assertEquals(fromHtml, f.sections());
        assertEquals("Salary and pay & \u201cperks\u201d", f.sections().get(0).text());
        assertFalse(f.sections().get(0).id().equals(f.sections().get(1).id()), "duplicate headings get distinct anchors");
    }

    @Test
    void listItemsReadAsSentencesInAnExcerpt() {
        assertEquals("Talking only about salary. Reciting the mission statement. Asking (politely).",
                text("- Talking only about salary\n- Reciting the mission statement\n- Asking (politely)\n"));
    }

    @Test
    void aTightItemFollowedByANestedListEndsNoSentenceOfItsOwn() {
        // The renderer writes a tight item's text without <p>, so only the closing </li> ends a sentence.
        assertEquals("First nested. Second.", text("- First\n  - nested\n- Second\n"));
        assertEquals("First. nested. Second.", text("- First\n\n  - nested\n\n- Second\n"));
    }

    @Test
    void collapsesWhiteSpaceAndDecodesEntities() {
        assertEquals("Soft breaks and tabs & entities \u00e9.", text("Soft\nbreaks   and\ttabs\n&amp; entities &eacute;"));
    }

    /** The walk finds each node's escapes from where it last looked: escapes only in later nodes, or only in earlier ones, are all read. */
    @Test
    void escapesAndEntitiesAreReadInWhicheverTextNodeTheyAre() {
        assertEquals("Plain first, then *stars* & Tom’s \\ slash.",
                text("Plain *first*, then \\*stars\\* &amp; Tom's \\\\ slash."));
        assertEquals("A & b, then plain words. And more.", text("A &amp; b, *then* plain words.\r\n\r\nAnd more."));
        assertEquals("Line one line two.", text("Line one\r\nline two."));
    }

    @Test
    void codeKeepsItsTextAndTablesTheirCells() {
        assertEquals("Use a<b here. int x; Part. Minutes. Intro. 5.",
                text("Use `a<b` here.\n\n```\nint x;\n```\n\n| Part | Minutes |\n|---|---|\n| Intro | 5 |\n"));
    }

    @Test
    void undefinedReferencesStayTextAndImagesGiveNoText() {
        assertEquals("Say [your figure] plainly.", text("Say [your figure] plainly. ![a chart](/assets/chart.png)"));
    }

    @Test
    void sanitisedRawHtmlGivesTheTextAReaderSees() {
        Fragment f = new Markdown(true, LABELS).render(new MarkdownText("Before <span aria-hidden=\"true\">x</span> after."
                + "\n\n<script>alert(1)</script>\n\nEnd", FILE, 1), new Problems());
        assertEquals("Before after. End.", f.text());
    }

    @Test
    void marksApplyToTheTextAsToTheHtml() {
        Fragment f = new Markdown(false, LABELS).render(new MarkdownText("Dear {{name}},\n\n{{name}}", FILE, 1),
                html -> html.replace("{{name}}", "<mark>Their name</mark>"), new Problems());
        assertEquals("<p>Dear <mark>Their name</mark>,</p>\n<p><mark>Their name</mark></p>\n", f.html());
        assertEquals("Dear Their name, Their name.", f.text());
    }

    @Test
    void emptyFragmentsHaveNoText() {
        assertEquals(new Fragment("", "", List.of(), List.of(), false), render(""));
    }

    @Test
    void linksCarryTheirLineAndColumnInTheFile() {
        Fragment f = render("Intro.\n\nSee [the bank](/questions/) and ![a chart](/assets/chart.png).\n"
                + "Also <https://example.org/a> and [a ref][r].\n\n[r]: /asks/\n");
        assertEquals(List.of(
                new Fragment.Link("/questions/", new Origin(FILE, 7, 16)),
                new Fragment.Link("/assets/chart.png", new Origin(FILE, 7, 44)),
                new Fragment.Link("https://example.org/a", new Origin(FILE, 8, 7)),
                new Fragment.Link("/asks/", new Origin(FILE, 10, 6))), f.links());
    }

    @Test
    void aLinkInsideCodeIsNotALink() {
        Fragment f = render("Write `[text](/not-a-link/)` like this.\n\n```\n[x](/nor-this/)\n```\n");
        assertEquals(List.of(), f.links());
    }

    @Test
    void reportsALevelOneHeadingAtItsLine() {
        Problems problems = new Problems();
        new Markdown(false, LABELS).render(new MarkdownText("Intro.\n\n# Title", FILE, 5), problems);
        List<Problem> list = problems.list();
        assertEquals(1, list.size());
        assertEquals(List.of(FILE, 7, 1), List.of(list.get(0).path(), list.get(0).line(), list.get(0).column()));
    }

    @Test
    void bareAddressesBecomeLinksWhereverTheyAre() {
        String html = render("Mail a@b.org, see https://example.org or www.example.org.").html();
        assertTrue(html.contains("<a href=\"mailto:a@b.org\">a@b.org</a>"), html);
        assertTrue(html.contains("<a href=\"https://example.org\">https://example.org</a>"), html);
        assertTrue(html.contains("<a href=\"http://www.example.org\">www.example.org</a>"), html);
        assertTrue(Markdown.mayHoldAutolink("a. b. see www.x.org"), "a www. after other full stops");
        assertFalse(Markdown.mayHoldAutolink("No address here. Only www and dots."));
    }

    @Test
    void aTableIsFoundWithABareAddressInIt() {
        String html = render("| Part | Notes |\n|---|---|\n| Task | see www.example.org |\n").html();
        assertTrue(html.contains("<table class=\"table\">"), html);
        assertTrue(html.contains("<td>see <a href=\"http://www.example.org\">www.example.org</a></td>"), html);
    }
}
