package org.prepbook.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
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

    /** The minimal site has one question to ask and two questions: a template's counted message says each in its form. */
    @Test
    void aCountedMessageInATemplateTakesTheFormOfTheViewsCount(@TempDir Path dir) {
        Path site = Fixtures.copy("minimal", dir);
        MemoryOutput out = new MemoryOutput();
        Build.render(new Build.Options(site, Fixtures.THEMES, Path.of("unused")), out);
        assertTrue(out.text("asks/index.html").contains("<p class=\"lead\">An interview runs both ways. This question gets you real"
                + " information and shows the interviewer how you think.</p>"), "one question to ask");
        assertTrue(out.text("questions/index.html").contains("<p class=\"meta\">2 questions</p>"), "two questions");
    }

    @Test
    void aCountedMessageWhereTheViewHasNoCountFailsAtTheTemplateLine(@TempDir Path dir) {
        Path site = Fixtures.copy("minimal", dir);
        Fixtures.write(site.resolve("overrides/templates/page.mustache"),
                "<article>\n<h1>{{title}}</h1>\n<p>{{t.questions.count}}</p>\n{{{body}}}\n</article>\n");
        ContentException e = assertThrows(ContentException.class, () -> Fixtures.build(site));
        Problem p = e.problems().get(0);
        assertEquals(site.resolve("overrides/templates/page.mustache"), p.path());
        assertEquals(3, p.line());
        assertTrue(p.message().contains("message 'questions.count'") && p.message().contains("{count}"), p.message());
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

    /**
     * Each translation has the keys of English, each with English's placeholders, except that a
     * counted message has exactly the plural forms of the translation's language (CLDR's, through
     * ICU: Arabic all six, Chinese only {@code other}), and a form may leave out {@code {count}}
     * ("دقيقتان" is "two minutes").
     */
    @Test
    void aCountTakesThePluralFormOfItsLanguage() {
        Theme theme = Theme.of(Path.of("content"), Path.of("themes"), "default");
        Messages arabic = theme.in("ar").messages();
        assertEquals(List.of("٠ دقيقة", "دقيقة واحدة", "دقيقتان", "٣ دقائق", "١١ دقيقة", "١٠٠ دقيقة", "١٠٣ دقائق"),
                Stream.of(0, 1, 2, 3, 11, 100, 103).map(n -> arabic.count("packet.budget.minutes", n)).toList(),
                "zero, one, two, few (3 to 10), many (11 to 99), other, and few again after a hundred");
        Messages chinese = theme.in("zh").messages();
        assertEquals("1 分钟", chinese.count("packet.budget.minutes", 1), "Chinese has one form, whatever English has");
        Messages english = theme.messages();
        assertEquals(List.of("0 minutes", "1 minute", "2 minutes"),
                Stream.of(0, 1, 2).map(n -> english.count("packet.budget.minutes", n)).toList());
    }

    @Test
    void aLanguageWithoutAFormWritesItsOtherFormNotEnglishs() {
        Path en = Path.of("en.yaml");
        String english = "days:\n  one: \"{count} day\"\n  other: \"{count} days\"\n";
        Messages russian = Messages.parse(List.of(Map.entry(Path.of("ru.yaml"), "days:\n  one: \"{count} день\"\n  few: \"{count} дня\"\n"
                + "  other: \"{count} дней\"\n"), Map.entry(en, english)), en, "ru");
        assertEquals(List.of("1 день", "3 дня", "5 дней", "21 день", "11 дней"),
                Stream.of(1, 3, 5, 21, 11).map(n -> russian.count("days", n)).toList(), "'many' is not written: 'other' says it");
        Problem p = assertThrows(ContentException.class, () -> Messages.parse(List.of(
                Map.entry(Path.of("ru.yaml"), "days:\n  fewer: \"{count} дня\"\n"), Map.entry(en, english)), en, "ru")).problems().get(0);
        assertEquals("message 'days.fewer' is not an English message", p.message(), "a plural form must be one of CLDR's");
    }

    /** A site's translation written before a message became counted gets told how to write it now. */
    @Test
    void aTranslationOfACountedMessageInOneFormIsAProblemSayingToWriteItsForms() {
        Path en = Path.of("en.yaml");
        String english = "asks:\n  lead:\n    one: \"This question\"\n    other: \"These {count} questions\"\n";
        Problem p = assertThrows(ContentException.class, () -> Messages.parse(List.of(
                Map.entry(Path.of("fr.yaml"), "asks:\n  lead: \"Ces {count} questions\"\n"), Map.entry(en, english)), en, "fr"))
                .problems().get(0);
        assertEquals(Path.of("fr.yaml"), p.path());
        assertEquals(2, p.line());
        assertEquals("message 'asks.lead' is counted in English, so it is written as plural forms", p.message());
        assertTrue(p.hint().contains("'one:', 'other:'"), p.hint());
    }

    @Test
    void everyTranslationHasExactlyTheKeysAndPlaceholdersOfEnglish() throws IOException {
        Path dir = Path.of("themes/default/messages");
        Map<String, Messages.Message> english = read(dir.resolve("en.yaml"));
        Set<String> counted = english.keySet().stream().filter(k -> k.endsWith(".other"))
                .map(k -> k.substring(0, k.length() - ".other".length())).collect(Collectors.toSet());
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
            String language = file.getFileName().toString().replace(".yaml", "");
            Set<String> forms = PluralRules.forLocale(ULocale.forLanguageTag(language)).getKeywords();
            Set<String> expected = new TreeSet<>();
            english.keySet().stream().filter(k -> !Messages.pluralGroup(k).filter(counted::contains).isPresent()).forEach(expected::add);
            counted.forEach(group -> forms.forEach(form -> expected.add(group + "." + form)));
            expected.stream().filter(k -> !translated.containsKey(k)).forEach(k -> wrong.add(file + ": lacks " + k));
            translated.keySet().stream().filter(k -> !expected.contains(k)).forEach(k -> wrong.add(file + ": has " + k));
            translated.forEach((key, m) -> {
                Optional<String> group = Messages.pluralGroup(key).filter(counted::contains);
                Messages.Message original = english.get(group.map(g -> g + ".other").orElse(key));
                if (original == null) {
                    return;
                }
                List<String> theirs = placeholders(m);
                List<String> ours = placeholders(original);
                if (!theirs.equals(ours) && !(group.isPresent() && !theirs.contains("count")
                        && theirs.equals(ours.stream().filter(p -> !p.equals("count")).toList()))) {
                    wrong.add(file + ":" + m.line() + ": " + key + " has " + theirs + ", English " + ours);
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
        assertEquals("عدد الأسئلة: ١٬٢٣٤", arabic.count("questions.count", 1234), "a number Java passes");
        Messages latinDigits = Theme.of(Path.of("content"), Path.of("themes"), "default").in("ar-u-nu-latn").messages();
        assertEquals("عدد الأسئلة: 1,234", latinDigits.count("questions.count", 1234), "a site may ask for Latin digits");
        Messages english = Theme.of(Path.of("content"), Path.of("themes"), "default").messages();
        assertEquals("12,345 questions", english.count("questions.count", 12345));
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
