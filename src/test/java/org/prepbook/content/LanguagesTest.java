package org.prepbook.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prepbook.diagnostics.ContentException;
import org.prepbook.diagnostics.Problem;
import org.prepbook.model.Handbook;
import org.prepbook.testing.Fixtures;

/**
 * The layout of a handbook in several languages (docs/languages.md): what {@code languages:} and
 * the folders under {@code languages/} must agree on, what a translation inherits, and which items
 * one language lacks.
 */
class LanguagesTest {
    @TempDir
    Path dir;

    private Path site() {
        return Fixtures.copy("multilingual", dir);
    }

    private static List<Problem> problems(Path content) {
        return assertThrows(ContentException.class, () -> ContentLoader.loadAll(content)).problems();
    }

    private static Problem only(Path content) {
        List<Problem> problems = problems(content);
        assertEquals(1, problems.size(), problems.toString());
        return problems.get(0);
    }

    @Test
    void loadsEveryListedLanguageInOrderEachAtItsFolder() {
        List<Handbook> all = ContentLoader.loadAll(Fixtures.site("multilingual"));
        assertEquals(List.of("en", "es", "ar"), all.stream().map(h -> h.site().language()).toList());
        assertEquals("https://careers.example.edu/handbook/es/", all.get(1).site().baseUrl());
        assertEquals("Manual de entrevistas", all.get(1).site().title());
        assertEquals("Riverside Careers", all.get(1).site().organisation(), "inherited when not translated");
        assertEquals(all.get(0).site().theme(), all.get(2).site().theme());
        assertEquals("Motivación", all.get(1).site().categories().get(0).title());
        assertEquals(List.of("salary-expectations"), all.get(1).questions().stream().map(q -> q.id()).toList());
        assertEquals(List.of(), all.get(1).site().languages(), "a translation lists no languages of its own");
    }

    @Test
    void aFolderMatchesItsTagWithoutRegardToCase() throws IOException {
        Path site = site();
        Files.move(site.resolve("languages/es"), site.resolve("languages/ES"));
        assertEquals("es", ContentLoader.loadAll(site).get(1).site().language());
    }

    @Test
    void aHandbookWithoutLanguagesIsOneLanguage() {
        assertEquals(1, ContentLoader.loadAll(Fixtures.site("minimal")).size());
    }

    @Test
    void reportsAListedLanguageWithoutItsFolder() {
        Path site = site();
        Fixtures.edit(site.resolve("site.yaml"), "languages: [es, ar]", "languages: [es, ar, fr-CA]");
        Problem p = only(site);
        assertEquals(site.resolve("site.yaml"), p.path());
        assertEquals(5, p.line());
        assertEquals(21, p.column());
        assertEquals("the language 'fr-CA' has no folder languages/fr-CA/", p.message());
        assertTrue(p.hint().contains("remove 'fr-CA' from 'languages:'"), p.hint());
    }

    @Test
    void reportsAFolderTheSiteDoesNotList() {
        Path site = site();
        Fixtures.edit(site.resolve("site.yaml"), "languages: [es, ar]", "languages: [es]");
        Problem p = only(site);
        assertEquals(site.resolve("languages/ar"), p.path());
        assertEquals("the folder languages/ar/ is not a language site.yaml lists", p.message());
        assertEquals("add 'ar' to 'languages:' in site.yaml, or remove the folder", p.hint());
    }

    @Test
    void reportsAFolderNamedByALanguageNameWithItsTag() throws IOException {
        Path site = site();
        Files.move(site.resolve("languages/es"), site.resolve("languages/spanish"));
        List<Problem> problems = problems(site);
        assertEquals(2, problems.size(), problems.toString());
        assertEquals("the language 'es' has no folder languages/es/", problems.get(1).message());
        Problem folder = problems.get(0);
        assertEquals(site.resolve("languages/spanish"), folder.path());
        assertEquals("the folder languages/spanish/ is not a language site.yaml lists", folder.message());
        assertTrue(folder.hint().startsWith("did you mean 'es'? "), folder.hint());
    }

    @Test
    void reportsAFolderThatIsNoTag() throws IOException {
        Path site = site();
        Files.createDirectories(site.resolve("languages/es_MX"));
        Problem p = only(site);
        assertEquals("the folder languages/es_MX/ is not named by a BCP 47 language tag", p.message());
        assertTrue(p.hint().startsWith("did you mean 'es-MX'? name the folder by the language's tag"), p.hint());
    }

    @Test
    void reportsATagThatIsNotBcp47() {
        Path site = site();
        Fixtures.edit(site.resolve("site.yaml"), "languages: [es, ar]", "languages: [es, ar, es_MX]");
        Problem p = only(site);
        assertEquals("language 'es_MX' is not a BCP 47 language tag", p.message());
        assertTrue(p.hint().startsWith("did you mean 'es-MX'? "), p.hint());
    }

    @Test
    void reportsATagListedTwiceAndTheSitesOwnLanguage() {
        Path site = site();
        Fixtures.edit(site.resolve("site.yaml"), "languages: [es, ar]", "languages: [es, ar, ES, en]");
        List<Problem> problems = problems(site);
        assertEquals(List.of("language 'es' is listed twice", "'en' is the site's own language"),
                problems.stream().map(Problem::message).toList());
        assertEquals("it is already listed on line 5", problems.get(0).hint());
    }

    @Test
    void aTranslationTakesBaseUrlThemeAndOptionsFromTheMainSite() {
        Path site = site();
        Fixtures.edit(site.resolve("languages/es/site.yaml"), "title: Manual de entrevistas",
                "title: Manual de entrevistas\nbase_url: https://example.es/\nlanguage: es");
        List<Problem> problems = problems(site);
        assertEquals(List.of("'base_url' is set once, in the main content folder's site.yaml",
                        "a translation's language is the name of its folder, 'es'"),
                problems.stream().map(Problem::message).toList());
        assertEquals(site.resolve("languages/es/site.yaml"), problems.get(0).path());
        assertEquals(2, problems.get(0).line());
    }

    @Test
    void reportsTheProblemsOfEveryTranslationTogether() {
        Path site = site();
        Fixtures.edit(site.resolve("languages/es/questions/motivation.yaml"), "category: motivation", "category: motivacion");
        Fixtures.edit(site.resolve("languages/ar/stages/phone-screen.md"), "order: 1", "order: uno");
        List<Problem> problems = problems(site);
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.path().startsWith(site.resolve("languages/es"))
                && p.message().equals("unknown category 'motivacion'")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.path().startsWith(site.resolve("languages/ar"))), problems.toString());
    }

    @Test
    void aPageMayNotTakeTheFolderOfALanguage() throws IOException {
        Path site = site();
        Files.copy(site.resolve("pages/about.md"), site.resolve("pages/es.md"));
        Problem p = only(site);
        assertEquals(site.resolve("pages/es.md"), p.path());
        assertEquals("the page slug 'es' is the folder of the handbook in 'es'", p.message());
    }

    @Test
    void warnsOnceForEachItemSomeLanguageLacksAtTheItemThatExists() throws IOException {
        List<Problem> warnings = MissingTranslations.find(ContentLoader.loadAll(Fixtures.site("multilingual")));
        assertEquals(1, warnings.size(), warnings.toString());
        Problem p = warnings.get(0);
        assertEquals(Fixtures.site("multilingual").resolve("questions/motivation.yaml"), p.path());
        assertEquals(8, p.line());
        assertEquals("question 'why-us' has no translation into Spanish (es)", p.message());
        assertTrue(p.hint().startsWith("add a question with the id 'why-us' to "
                + Fixtures.site("multilingual").resolve("languages/es/questions") + "/;"), p.hint());

        Path site = site();
        Files.delete(site.resolve("pages/about.md"));
        Files.delete(site.resolve("languages/ar/pages/about.md"));
        List<Problem> more = MissingTranslations.find(ContentLoader.loadAll(site));
        assertEquals(List.of("question 'why-us' has no translation into Spanish (es)",
                        "page 'about' has no translation into English (en), Arabic (ar)"),
                more.stream().map(Problem::message).toList(), "an item only a translation has, reported there");
        assertEquals(site.resolve("languages/es/pages/about.md"), more.get(1).path());
    }
}
