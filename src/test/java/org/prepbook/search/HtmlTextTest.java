package org.prepbook.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HtmlTextTest {

    @Test
    void endsUnpunctuatedBlocksWithAFullStopAndDecodesEntities() {
        assertEquals("Salary. Say it &ldquo;plainly&rdquo; — and <b>stop</b>.".replace("&ldquo;", "\u201c").replace("&rdquo;", "\u201d"),
                HtmlText.of("<h2>Salary</h2>\n<p>Say it &ldquo;plainly&rdquo; &mdash; and &lt;b&gt;stop&lt;/b&gt;.</p>"));
    }

    @Test
    void inlineTagsDoNotSplitASentence() {
        assertEquals("See salary expectations. Then ask.",
                HtmlText.of("<p>See <a href=\"/questions/salary-expectations/\">salary <em>expectations</em></a>.</p><p>Then ask.</p>"));
    }

    @Test
    void skipsHeadingAnchorsHiddenFromScreenReaders() {
        assertEquals("What the call is for.", HtmlText.of("<h2 id=\"w\"><a href=\"#w\" class=\"heading-anchor\" aria-label=\"Link\">"
                + "<span aria-hidden=\"true\">#</span></a>What the call is for</h2>"));
    }

    @Test
    void listItemsReadAsSentencesInAnExcerpt() {
        assertEquals("Talking only about salary. Reciting the mission statement. Asking (politely).",
                HtmlText.of("<ul>\n<li>Talking only about salary</li>\n<li>Reciting the mission statement</li>\n"
                        + "<li>Asking (politely)</li>\n</ul>"));
    }

    @Test
    void emptyFragmentsHaveNoText() {
        assertEquals("", HtmlText.of(""));
        assertEquals("", HtmlText.of(null));
    }
}
