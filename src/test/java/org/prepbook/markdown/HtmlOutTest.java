package org.prepbook.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The walk's own HTML ({@link HtmlOut}) is held to flexmark's renderer: for every fragment it writes,
 * byte for byte the same, and it declines rather than write anything else.
 */
class HtmlOutTest {
    private static final Markdown.Labels LABELS = new Markdown.Labels("On this page", "Link to this section");
    private static final Markdown ESCAPING = new Markdown(false, LABELS);
    private static final Markdown ALLOWING = new Markdown(true, LABELS);

    /** Prose the walk must write itself, not hand to flexmark: what nearly every page is made of. */
    @ParameterizedTest
    @ValueSource(strings = {
        "One paragraph.",
        "Two\nlines, a soft break.\n\nAnd a second paragraph.",
        "A continuation line\n   indented by three spaces.",
        "A hard break  \nwith two spaces and\\\nwith a backslash.",
        "*em*, **strong**, ***both***, ~~struck~~, `code <with> & \"quotes\"` and `  spaced   code  `.",
        "Escapes: \\*not em\\*, \\# and \\\\; entities: &amp; &copy; &#35; &#x263A; &nbsp;; bare & < > \" '.",
        "\"Quotes\", 'single', it's -- and --- and ... too.",
        "## A heading\n\nText.\n\n## A heading\n\n### Third *level* `code`\n\n#### Fourth",
        "## Salary and pay & \"perks\"\n\ntext",
        "- one\n- two\n  - nested\n  - nested two\n- three",
        "- loose\n\n- items\n\n  with two paragraphs",
        "1. first\n2. second\n\n3) other\n\n7. starts at seven\n8. eight",
        "> A quote\n> on two lines.\n>\n> - with a list\n\n> > nested",
        "Before\n\n---\n\nAfter\n\n***",
        "[A link](/questions/salary/) and [another](https://example.org/a?b=1&c=2#d) and [empty]().",
        "[Link with *em* and `code`](/x/) then <https://example.org/auto> and <someone@example.org>.",
        "Bare https://example.org/path, www.example.org and mail a@b.org here.",
        "Raw <b>bold</b> and <span class=\"x\">span</span> inline.",
        "<div>\n  an HTML block\n</div>",
        "العربية: المقابلة **مهمة** جداً.\n\n## الفريق\n\n- نقطة",
        "中文：面试准备，“引号”。\n\n## 团队 团队",
        "हिन्दी: साक्षात्कार की *तैयारी*। Русский: собеседование. Türkçe: İşe alım görüşmesi, ıi.",
        "Line\r\nendings\r\n\r\nin CRLF.",
        "Trailing spaces   \n\nand a line of spaces\n   \nafter it.",
        "- [ ] not a task list here\n- item with `code` and an [undefined reference] and [one][with text]",
        "A tab\tinside a line.",
    })
    void writesProseAsFlexmarkDoes(String markdown) {
        String[] both = ESCAPING.bothHtml(markdown);
        assertNotNull(both[0], () -> "the walk handed ordinary prose to flexmark:\n" + markdown);
        assertEquals(both[1], both[0], markdown);
    }

    /** What the walk leaves to flexmark; the fragment must still come out as flexmark writes it. */
    @ParameterizedTest
    @ValueSource(strings = {
        "| a | b |\n|---|---|\n| 1 | 2 |",
        "```java\ncode\n```",
        "    indented code",
        "![an image](/a.png)",
        "[a reference][r] and [r]\n\n[r]: /x/",
        "[a link](/x/ \"with a title\")",
        "[TOC]\n\n## One\n\n## Two",
        "[run](javascript:alert(1))",
        "<!-- a comment -->",
        "\tA tab that starts a line, in a list:\n\n-\tone",
        "<pre>\nblank\n\nlines\n</pre>",
    })
    void leavesEverythingElseToFlexmark(String markdown) {
        assertNull(ESCAPING.bothHtml(markdown)[0], markdown);
        assertEquals(ESCAPING.bothHtml(markdown)[1], new Markdown(false, LABELS)
                .render(new org.prepbook.model.MarkdownText(markdown, Path.of("t.md"), 1), new org.prepbook.diagnostics.Problems())
                .html());
    }

    @Test
    void aSiteThatAllowsHtmlHasItsHtmlWrittenByFlexmark() {
        assertNull(ALLOWING.bothHtml("Raw <b>bold</b>.")[0]);
        String[] both = ALLOWING.bothHtml("No HTML, **just** text.");
        assertEquals(both[1], both[0]);
    }

    /**
     * Every Markdown file of the shipped handbook, read as one fragment (its front matter too, which
     * reads as Markdown): the walk writes nearly all, and whatever it writes is flexmark's HTML.
     */
    @Test
    void writesTheShippedHandbookAsFlexmarkDoes() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of("content"))) {
            files = walk.filter(f -> f.toString().endsWith(".md")).sorted().toList();
        }
        int written = 0;
        for (Path file : files) {
            String markdown = Files.readString(file);
            for (Markdown markdownOf : List.of(ESCAPING, ALLOWING)) {
                String[] both = markdownOf.bothHtml(markdown);
                if (both[0] != null) {
                    assertEquals(both[1], both[0], file.toString());
                    written++;
                }
            }
        }
        assertTrue(files.size() >= 25, "the handbook's files: " + files.size());
        assertTrue(written >= 2 * files.size() - 4, "the walk wrote " + written + " of " + 2 * files.size() + " renderings");
    }
}
