package org.prepbook.route;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.prepbook.output.MemoryOutput;
import org.prepbook.testing.Fixtures;

/** Routes are the one source of the URL scheme: sections, reserved slugs, navigation and every item's URL. */
class RoutesTest {
    private final Routes routes = Routes.root();

    @Test
    void everySectionIsAReservedSlug() {
        for (Section s : Section.values()) {
            assertTrue(Routes.reservedSlugs().contains(s.id()), s.id());
        }
        assertEquals(Section.values().length, Routes.reservedSlugs().size());
        assertTrue(Routes.reservedQuestionIds().stream().anyMatch(id -> routes.questionsAt("x").equals(routes.question(id) + "x/")),
                "a reserved question id is the folder of the stage filters");
        assertTrue(Routes.reservedQuestionIds().stream().anyMatch(id -> routes.bankPage("", 2).startsWith(routes.question(id))),
                "a reserved question id is the folder of the bank's later pages");
        assertEquals(routes.section(Section.QUESTIONS), routes.bankPage("", 1), "page 1 is the bank itself");
        assertEquals("/questions/stage/team-loop/page/3/", routes.bankPage("team-loop", 3));
    }

    @Test
    void aLanguageLivesInAFolderNamedByItsTagInLowerCase() {
        assertEquals("es/", Routes.languageFolder("es"));
        assertEquals("zh-hans/", Routes.languageFolder("zh-Hans"));
        assertEquals("pt-br/", Routes.languageFolder("pt-BR"));
    }

    @Test
    void theMainNavigationLinksToEveryNavSectionInOrder() {
        MemoryOutput site = Fixtures.build(Fixtures.site("minimal"));
        Document home = Jsoup.parse(site.text("index.html"), "http://host/");
        List<String> nav = home.select(".site-nav a").eachAttr("href");
        assertEquals(Section.nav().stream().map(s -> routes.section(s).substring(1)).toList(), nav);
        assertEquals(List.of(Section.STAGES, Section.QUESTIONS, Section.ASKS, Section.BACKSTORY, Section.EMAILS),
                Section.nav());
    }

    @Test
    void everyWrittenPageLiesInASectionOrIsHomeOrAFreePage() {
        MemoryOutput site = Fixtures.build(Fixtures.site("minimal"));
        for (String file : site.files().keySet()) {
            String url = Routes.url(file);
            assertEquals(file, Routes.file(url));
            String top = url.substring(1).split("/", -1)[0];
            boolean inSection = Stream.of(Section.values()).anyMatch(s -> routes.inSection(url, s));
            boolean rootFile = !url.substring(1).contains("/");
            assertTrue(inSection || rootFile || site.files().containsKey(top + "/index.html"), url);
        }
    }

    @Test
    void itemUrlsFollowTheContract() {
        assertEquals("/stages/phone-screen/", routes.stage("phone-screen"));
        assertEquals("/questions/why-us/", routes.question("why-us"));
        assertEquals("/questions/stage/phone-screen/", routes.questionsAt("phone-screen"));
        assertEquals("/asks/#team", routes.ask("team", 1));
        assertEquals("/asks/page/2/#team", routes.ask("team", 2));
        assertEquals("/backstory/#grit", routes.backstory("grit"));
        assertEquals("/emails/thank-you/", routes.email("thank-you"));
        assertEquals("/about/", routes.page("about"));
        assertEquals("/search/", routes.search());
        assertEquals("/assets/style.css", routes.asset("style.css"));
    }

    // A URL spelled out beside Routes is the hazard this package removes: a new section would miss it.
    @Test
    void noOtherSourceSpellsOutASectionPath() throws IOException {
        StringBuilder ids = new StringBuilder();
        for (Section s : Section.values()) {
            ids.append(ids.length() == 0 ? "" : "|").append(s.id());
        }
        Pattern literal = Pattern.compile("\"/(" + ids + ")[/#\"]");
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java") && !p.startsWith("src/main/java/org/prepbook/route"))
                    .toList()) {
                List<String> lines = Files.readAllLines(f);
                for (int i = 0; i < lines.size(); i++) {
                    Matcher m = literal.matcher(lines.get(i));
                    if (m.find()) {
                        found.add(f + ":" + (i + 1) + ": " + lines.get(i).strip());
                    }
                }
            }
        }
        assertEquals(List.of(), found);
    }
}
