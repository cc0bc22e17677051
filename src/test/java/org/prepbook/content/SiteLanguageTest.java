package org.prepbook.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.prepbook.diagnostics.Problem;
import org.prepbook.diagnostics.Problems;
import org.prepbook.model.SiteConfig;

/** site.yaml's {@code language}: any well-formed BCP 47 tag, kept in its canonical case; anything else located, with a hint. */
class SiteLanguageTest {
    private static final Path FILE = Path.of("c/site.yaml");

    private static Problems read(String language, SiteConfig[] into) {
        Problems problems = new Problems();
        into[0] = ContentParser.parseSite(new SourceFile(FILE, "title: T\norganisation: O\nbase_url: https://example.edu/\n"
                + "language: " + language + "\ncategories:\n  - id: c\n    title: C\n"), problems);
        return problems;
    }

    private static Problem problem(String language) {
        Problems problems = read(language, new SiteConfig[1]);
        List<Problem> list = problems.list();
        assertEquals(1, list.size(), list.toString());
        return list.get(0);
    }

    @Test
    void acceptsAnyWellFormedTagInItsCanonicalCase() {
        SiteConfig[] site = new SiteConfig[1];
        for (String[] tag : new String[][] {{"en", "en"}, {"ar-eg", "ar-EG"}, {"zh-hans-cn", "zh-Hans-CN"}, {"fa", "fa"},
            {"sr-Latn", "sr-Latn"}, {"yue-HK", "yue-HK"}, {"ar-u-nu-latn", "ar-u-nu-latn"}}) {
            assertTrue(read(tag[0], site).isEmpty(), tag[0]);
            assertEquals(tag[1], site[0].language());
        }
    }

    @Test
    void reportsALanguageNameWithTheTagItMeans() {
        Problem p = problem("\"Arabic (Egypt)\"");
        assertEquals(FILE, p.path());
        assertEquals(4, p.line());
        assertEquals(11, p.column());
        assertEquals("language 'Arabic (Egypt)' is not a BCP 47 language tag", p.message());
        assertTrue(p.hint().startsWith("did you mean 'ar-EG'? "), p.hint());
        assertTrue(problem("Français").hint().startsWith("did you mean 'fr'? "), "a language's own name");
    }

    @Test
    void reportsAnUnderscoreWithTheDashedTag() {
        assertTrue(problem("en_US").hint().startsWith("did you mean 'en-US'? "));
    }

    @Test
    void reportsAnUnknownTwoLetterLanguageWithoutAGuess() {
        Problem p = problem("xq-ZZ");
        assertEquals("language 'xq-ZZ' is not a BCP 47 language tag", p.message());
        assertTrue(p.hint().startsWith("write a tag such as"), p.hint());
    }
}
