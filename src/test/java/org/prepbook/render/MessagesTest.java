package org.prepbook.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prepbook.Build;
import org.prepbook.diagnostics.ContentException;
import org.prepbook.diagnostics.Problem;
import org.prepbook.diagnostics.Problems;
import org.prepbook.output.MemoryOutput;
import org.prepbook.testing.Fixtures;

/** The theme's messages: overridden key by key, falling back by language, and strict about keys. */
class MessagesTest {

    private static Document page(MemoryOutput out, String file) {
        return Jsoup.parse(out.text(file));
    }

    @Test
    void siteOverrideReplacesSingleMessagesInTemplatesAndJava(@TempDir Path dir) {
        Path site = Fixtures.copy("minimal", dir);
        Fixtures.write(site.resolve("overrides/messages/en.yaml"),
                "nav:\n  stages: Steps\nstage:\n  eyebrow: Step {number} / {total}\nsearch:\n  box:\n    placeholder: Find <it>\n");
        MemoryOutput out = Fixtures.build(site);
        Document stage = page(out, "stages/preparation/index.html");
        assertEquals("Steps", stage.selectFirst(".site-nav a").text(), "a label Java puts in the view");
        assertEquals("Step 1 / 2", stage.selectFirst(".eyebrow").text(), "a message a template inserts, placeholders filled");
        assertTrue(out.text("index.html").contains("placeholder=\"Find &lt;it&gt;\""), "message text is escaped");
        assertEquals("Questions", stage.select(".site-nav a").get(1).text(), "messages not overridden come from the theme");
    }

    @Test
    void placeholderLabelsAndSearchLabelsComeFromTheMessagesToo(@TempDir Path dir) {
        Path site = Fixtures.copy("minimal", dir);
        Fixtures.write(site.resolve("overrides/messages/en.yaml"), "email:\n  placeholderTitle: \"Aus deinem Profil: {key}\"\n"
                + "  variables:\n    target:\n      role: Stelle\nsearch:\n  kinds:\n    ask: Frage an sie\n"
                + "asks:\n  when:\n    early: Früh fragen\n    anytime: Jederzeit\n    closing: Zum Schluss\n"
                + "markdown:\n  sectionLink: Link zu diesem Abschnitt\n");
        MemoryOutput out = Fixtures.build(site);
        Document email = page(out, "emails/thank-you/index.html");
        assertEquals("Stelle", email.selectFirst("mark.placeholder[title=\"Aus deinem Profil: target.role\"]").text());
        String index = out.text("search/index.json");
        assertTrue(index.contains("{\"id\":\"ask\",\"label\":\"Frage an sie\""), index);
        String documents = out.files().keySet().stream().filter(f -> f.startsWith("search/d/")).map(out::text)
                .reduce("", String::concat);
        assertTrue(documents.contains("Zum Schluss") || documents.contains("Früh fragen") || documents.contains("Jederzeit"),
                "an ask's timing is indexed in the site's words");
        assertTrue(out.files().keySet().stream().filter(f -> f.endsWith(".html")).map(out::text)
                .anyMatch(html -> html.contains("aria-label=\"Link zu diesem Abschnitt\"")), "Markdown's own words too");
    }

    @Test
    void aLanguageFallsBackToEnglishKeyByKey(@TempDir Path dir) {
        Path site = Fixtures.copy("minimal", dir);
        Fixtures.edit(site.resolve("site.yaml"), "title: Test Handbook", "title: Test Handbook\nlanguage: pt-BR");
        Fixtures.write(site.resolve("overrides/messages/pt.yaml"), "nav:\n  stages: Etapas\n");
        Fixtures.write(site.resolve("overrides/messages/pt-BR.yaml"), "nav:\n  questions: Perguntas frequentes\n");
        Document home = page(Fixtures.build(site), "index.html");
        assertEquals(List.of("Etapas", "Perguntas frequentes", "Questions to ask", "Backstory", "Emails"),
                home.select(".site-nav a").eachText());
    }

    @Test
    void unknownMessageInATemplateFailsNamingTemplateLineAndFile(@TempDir Path dir) {
        Path site = Fixtures.copy("minimal", dir);
        Fixtures.write(site.resolve("overrides/templates/page.mustache"),
                "<article>\n<h1>{{title}}</h1>\n<p>{{t.page.bakc}}</p>\n{{{body}}}\n</article>\n");
        ContentException e = assertThrows(ContentException.class, () -> Fixtures.build(site));
        Problem p = e.problems().get(0);
        assertEquals(site.resolve("overrides/templates/page.mustache"), p.path());
        assertEquals(3, p.line());
        assertEquals("template error: unknown message 'page.bakc'", p.message());
        assertTrue(p.hint().contains(Path.of("themes/default/messages/en.yaml").toString()), p.hint());
    }

    @Test
    void placeholderTheViewLacksFailsAtTheTemplateLine(@TempDir Path dir) {
        Path site = Fixtures.copy("minimal", dir);
        Fixtures.write(site.resolve("overrides/messages/en.yaml"), "stages:\n  lead: Reach {nxet}.\n");
        ContentException e = assertThrows(ContentException.class, () -> Fixtures.build(site));
        Problem p = e.problems().get(0);
        assertEquals(Path.of("themes/default/templates/stages.mustache"), p.path());
        assertEquals(2, p.line());
        assertTrue(p.message().contains("{nxet}") && p.message().contains("en.yaml:2"), p.message());
    }

    @Test
    void messageJavaFillsInWithAnUnknownPlaceholderFailsAtTheMessage(@TempDir Path dir) {
        Path site = Fixtures.copy("minimal", dir);
        Path file = site.resolve("overrides/messages/en.yaml");
        Fixtures.write(file, "# Ours\nquestions:\n  stage:\n    title: \"Asked at {stge}\"\n");
        Problem p = assertThrows(ContentException.class, () -> Fixtures.build(site)).problems().get(0);
        assertEquals(file, p.path());
        assertEquals(4, p.line());
        assertEquals("message 'questions.stage.title' uses {stge}, which prepbook does not fill in here", p.message());
        assertEquals("this message can use {stage}", p.hint());
    }

    @Test
    void keyMissingFromTheThemeIsAProblemNamingKeyAndFile(@TempDir Path dir) throws IOException {
        Path themes = Fixtures.copyTree(Path.of("themes"), dir.resolve("themes"));
        Path messages = themes.resolve("default/messages/en.yaml");
        Files.writeString(messages, Files.readString(messages).replace("  home: Home\n", ""));
        Path site = Fixtures.copy("minimal", dir);
        ContentException e = assertThrows(ContentException.class,
                () -> Build.render(new Build.Options(site, themes, dir.resolve("out")), new MemoryOutput()));
        Problem p = e.problems().get(0);
        assertEquals(messages, p.path());
        assertEquals("unknown message 'nav.home'", p.message());
    }

    @Test
    void invalidMessagesFileIsALocatedProblem(@TempDir Path dir) {
        Path site = Fixtures.copy("minimal", dir);
        Path file = site.resolve("overrides/messages/en.yaml");
        Fixtures.write(file, "nav:\n  stages:\n    - Steps\n");
        Problem p = assertThrows(ContentException.class, () -> Fixtures.build(site)).problems().get(0);
        assertEquals(file, p.path());
        assertEquals(3, p.line());
        assertEquals("message 'nav.stages' is a list, not text", p.message());
    }

    @Test
    void javaFillsPlaceholdersAndPicksTheEnglishPluralForm() {
        Messages en = Theme.of(Path.of("content"), Path.of("themes"), "default").messages();
        assertEquals("Questions at this stage: Phone screen", en.text("questions.stage.title", "stage", "Phone screen"));
        assertEquals("1 day", en.count("packet.budget.days", 1));
        assertEquals("Write 3 more STAR stories you can adapt to most behavioral questions.", en.count("packet.next.stories", 3));
    }

    @Test
    void everyTranslationHasExactlyTheKeysAndPlaceholdersOfEnglish() throws IOException {
        Path dir = Path.of("themes/default/messages");
        Map<String, Messages.Message> english = read(dir.resolve("en.yaml"));
        List<Path> translations;
        try (Stream<Path> files = Files.list(dir)) {
            translations = files.filter(f -> f.toString().endsWith(".yaml") && !f.getFileName().toString().equals("en.yaml"))
                    .sorted().toList();
        }
        assertTrue(translations.stream().map(f -> f.getFileName().toString()).toList()
                .containsAll(List.of("ar.yaml", "es.yaml", "fr.yaml", "hi.yaml", "zh.yaml")), translations.toString());
        List<String> wrong = new ArrayList<>();
        for (Path file : translations) {
            Map<String, Messages.Message> translated = read(file);
            english.keySet().stream().filter(k -> !translated.containsKey(k)).forEach(k -> wrong.add(file + ": lacks " + k));
            translated.keySet().stream().filter(k -> !english.containsKey(k)).forEach(k -> wrong.add(file + ": has " + k));
            translated.forEach((key, m) -> {
                if (english.containsKey(key) && !placeholders(m).equals(placeholders(english.get(key)))) {
                    wrong.add(file + ":" + m.line() + ": " + key + " has " + placeholders(m) + ", English "
                            + placeholders(english.get(key)));
                }
            });
        }
        assertEquals(List.of(), wrong);
    }

    private static Map<String, Messages.Message> read(Path file) throws IOException {
        Problems problems = new Problems();
        Map<String, Messages.Message> read = Messages.read(file, Files.readString(file), problems);
        assertTrue(problems.isEmpty(), problems.list().toString());
        return read;
    }

    private static List<String> placeholders(Messages.Message m) {
        List<String> names = new ArrayList<>();
        for (int i = 1; i < m.parts().size(); i += 2) {
            names.add(m.parts().get(i));
        }
        names.sort(null);
        return names;
    }

    @Test
    void eachShippedLanguageDrawsThePagesInItsOwnWords(@TempDir Path dir) throws IOException {
        for (String language : List.of("es", "fr", "zh", "ar", "hi")) {
            Path site = Fixtures.copy("minimal", dir.resolve(language));
            Fixtures.edit(site.resolve("site.yaml"), "title: Test Handbook", "title: Test Handbook\nlanguage: " + language);
            Document home = page(Fixtures.build(site), "index.html");
            Map<String, Messages.Message> translated = read(Path.of("themes/default/messages/" + language + ".yaml"));
            assertEquals(List.of("nav.stages", "nav.questions", "nav.asks", "nav.backstory", "nav.emails").stream()
                    .map(k -> translated.get(k).text()).toList(), home.select(".site-nav a").eachText(), language);
            assertEquals(translated.get("layout.skip").text(), home.selectFirst(".skip-link").text(), language);
            assertEquals(language, home.selectFirst("html").attr("lang"));
            assertEquals(language.equals("ar") ? "rtl" : "ltr", home.selectFirst("html").attr("dir"), language);
        }
    }

    @Test
    void numbersInMessagesAreWrittenTheLanguagesWay(@TempDir Path dir) {
        Path site = Fixtures.copy("minimal", dir);
        Fixtures.edit(site.resolve("site.yaml"), "title: Test Handbook", "title: Test Handbook\nlanguage: ar-EG");
        Document stage = page(Fixtures.build(site), "stages/preparation/index.html");
        assertEquals("المرحلة ١ من ٢", stage.selectFirst(".eyebrow").text(), "a template's number, in Arabic-Indic digits");
        Messages arabic = Theme.of(Path.of("content"), Path.of("themes"), "default").in("ar").messages();
        assertEquals("عدد الأسئلة: ١٬٢٣٤", arabic.text("questions.count", "count", 1234), "a number Java passes");
        Messages latinDigits = Theme.of(Path.of("content"), Path.of("themes"), "default").in("ar-u-nu-latn").messages();
        assertEquals("عدد الأسئلة: 1,234", latinDigits.text("questions.count", "count", 1234), "a site may ask for Latin digits");
        Messages english = Theme.of(Path.of("content"), Path.of("themes"), "default").messages();
        assertEquals("12,345 questions", english.text("questions.count", "count", 12345));
    }

    @Test
    void aTranslationsKeyThatEnglishLacksIsAnErrorAtItsLine(@TempDir Path dir) {
        Path site = Fixtures.copy("minimal", dir);
        Fixtures.edit(site.resolve("site.yaml"), "title: Test Handbook", "title: Test Handbook\nlanguage: fr");
        Path file = site.resolve("overrides/messages/fr.yaml");
        Fixtures.write(file, "nav:\n  stages: Étapes\n  qestions: Questions\n");
        Problem p = assertThrows(ContentException.class, () -> Fixtures.build(site)).problems().get(0);
        assertEquals(file, p.path());
        assertEquals(3, p.line());
        assertEquals(3, p.column());
        assertEquals("message 'nav.qestions' is not an English message", p.message());
        assertTrue(p.hint().startsWith("did you mean 'nav.questions'? "), p.hint());
    }

    @Test
    void aSitesOwnKeyIsAddedInEnglishFirstThenTranslated(@TempDir Path dir) {
        Path site = Fixtures.copy("minimal", dir);
        Fixtures.edit(site.resolve("site.yaml"), "title: Test Handbook", "title: Test Handbook\nlanguage: fr");
        Fixtures.write(site.resolve("overrides/messages/en.yaml"), "page:\n  note: A note\n");
        Fixtures.write(site.resolve("overrides/messages/fr.yaml"), "page:\n  note: Une remarque\n");
        Fixtures.write(site.resolve("overrides/templates/page.mustache"),
                "<article>\n<h1>{{title}}</h1>\n<p class=\"note\">{{t.page.note}}</p>\n{{{body}}}\n</article>\n");
        assertEquals("Une remarque", page(Fixtures.build(site), "about/index.html").selectFirst(".note").text());
    }
}
