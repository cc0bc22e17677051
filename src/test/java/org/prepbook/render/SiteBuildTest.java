package org.prepbook.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prepbook.diagnostics.ContentException;
import org.prepbook.diagnostics.Problem;
import org.prepbook.output.MemoryOutput;
import org.prepbook.testing.Fixtures;

/** Builds the minimal fixture site into memory and checks what a reader would get. */
class SiteBuildTest {
    private static final MemoryOutput MINIMAL = Fixtures.build(Fixtures.site("minimal"));

    private static Document page(MemoryOutput out, String file) {
        return Jsoup.parse(out.text(file));
    }

    @Test
    void writesEveryPageTheContractNames() {
        Set<String> files = MINIMAL.files().keySet();
        for (String expected : List.of("index.html", "stages/index.html", "stages/preparation/index.html",
                "stages/phone-screen/index.html", "questions/index.html", "questions/salary-expectations/index.html",
                "questions/why-us/index.html", "questions/stage/phone-screen/index.html", "asks/index.html",
                "backstory/index.html", "emails/index.html", "emails/thank-you/index.html", "about/index.html",
                "sitemap.xml", "404.html", "assets/style.css", "assets/print.css", "assets/page.js")) {
            assertTrue(files.contains(expected), () -> expected + " missing from " + files);
        }
    }

    @Test
    void everyInternalLinkIsRelativeAndResolvesToAWrittenFile() {
        Set<String> files = MINIMAL.files().keySet();
        for (String file : files) {
            if (!file.endsWith(".html") || file.equals("404.html")) {
                continue;
            }
            Document doc = Jsoup.parse(MINIMAL.text(file), "http://host/handbook/" + file);
            for (Element link : doc.select("a[href], link[href], script[src]")) {
                String raw = link.hasAttr("href") ? link.attr("href") : link.attr("src");
                if (raw.startsWith("http") || raw.startsWith("#") || raw.startsWith("mailto:")) {
                    continue;
                }
                assertFalse(raw.startsWith("/"), () -> file + " links to root-absolute " + raw);
                String target = link.absUrl(link.hasAttr("href") ? "href" : "src")
                        .replaceFirst("^http://host/handbook/", "").replaceFirst("#.*$", "");
                String resolved = target.isEmpty() || target.endsWith("/") ? target + "index.html" : target;
                assertTrue(files.contains(resolved), () -> file + " links to " + raw + ", which is not written");
            }
        }
    }

    @Test
    void stagePageShowsItsQuestionsAsksAndNeighbours() {
        Document doc = page(MINIMAL, "stages/phone-screen/index.html");
        assertEquals("The phone screen", doc.selectFirst("h1").text());
        assertEquals(1, doc.select("h1").size());
        assertTrue(doc.select(".question-summary a").eachText().containsAll(
                List.of("What are your salary expectations?", "Why do you want to work here?")));
        assertEquals("What are the next steps?", doc.selectFirst(".ask-text").text());
        assertEquals("../../stages/preparation/", doc.selectFirst("a[rel=prev]").attr("href"));
        assertTrue(doc.select("a[rel=next]").isEmpty(), "the last stage has no next stage");
    }

    @Test
    void questionBankFiltersByStageWithPlainLinks() {
        Document all = page(MINIMAL, "questions/index.html");
        assertEquals(2, all.select(".question-line").size());
        assertEquals("All stages", all.selectFirst(".filters a[aria-current=page]").text());
        Document prep = page(MINIMAL, "questions/stage/preparation/index.html");
        assertEquals(List.of("why-us"), prep.select(".question-line").eachAttr("id"));
        assertEquals("Preparation", prep.selectFirst(".filters a[aria-current=page]").text());
        assertNotNull(page(MINIMAL, "questions/salary-expectations/index.html").selectFirst("h1:contains(salary)"));
    }

    @Test
    void rawHtmlInContentIsEscapedByDefault() {
        String html = MINIMAL.text("stages/phone-screen/index.html");
        assertFalse(html.contains("<script>alert"), "a script tag from content reached the page");
        assertTrue(page(MINIMAL, "stages/phone-screen/index.html").text().contains("<script>alert(1)</script>"),
                "the raw HTML shows as text");
    }

    @Test
    void allowHtmlKeepsSafeMarkupAndDropsScripts(@TempDir Path dir) {
        Path site = Fixtures.copy("minimal", dir);
        Fixtures.edit(site.resolve("site.yaml"), "categories:", "options:\n  allow_html: true\ncategories:");
        Fixtures.edit(site.resolve("stages/phone-screen.md"), "A short call.", "A <em>short</em> call.");
        String html = Fixtures.build(site).text("stages/phone-screen/index.html");
        assertTrue(html.contains("<em>short</em>"));
        assertFalse(html.contains("<script>alert"));
    }

    @Test
    void markdownHasTablesStrikethroughQuotesAutolinksAndHeadingPermalinks() {
        Document doc = page(MINIMAL, "stages/phone-screen/index.html");
        assertEquals("Intro", doc.selectFirst(".prose table td").text());
        assertEquals("wrong", doc.selectFirst(".prose del").text());
        assertTrue(doc.selectFirst(".prose").text().contains("\u201Cquoted\u201D"), "typographic quotes");
        assertEquals("https://example.org", doc.selectFirst(".prose a[href^=https]").attr("href"));
        Element heading = doc.selectFirst(".prose h2#what-it-is-for");
        assertNotNull(heading);
        assertEquals("#what-it-is-for", heading.selectFirst("a.heading-anchor").attr("href"));
        assertEquals("Link to this section", heading.selectFirst("a.heading-anchor").attr("aria-label"));
        Document about = page(MINIMAL, "about/index.html");
        assertEquals(List.of("#who-we-are", "#contact"), about.select(".prose ul a").eachAttr("href"), "[TOC]");
    }

    @Test
    void emailPageMarksEveryPlaceholder() {
        Document doc = page(MINIMAL, "emails/thank-you/index.html");
        assertEquals("Subject: Thank you, Their name", doc.selectFirst(".email-subject").text());
        assertEquals(List.of("Their name", "Role", "Your name"), doc.select(".email-body mark.placeholder").eachText());
        assertEquals(List.of("recipient.name", "target.role", "candidate.name"), doc.select(".placeholders code").eachText());
        String copied = doc.expectFirst("template#email-text").wholeText();
        assertTrue(copied.startsWith("Subject: Thank you, [Their name]\n\n"), copied);
        assertTrue(copied.contains("[Role]") && copied.contains("[Your name]") && !copied.contains("{{"), copied);
        assertEquals("email-text", doc.expectFirst("button.copy-button").attr("data-copy-from"));
    }

    @Test
    void homeDrawsTheJourneyWithALinkPerStage() {
        Document doc = page(MINIMAL, "index.html");
        assertEquals(List.of("stages/preparation/", "stages/phone-screen/"),
                doc.select("svg.journey-wide a").eachAttr("href"));
        // The link's name is its visible text (WCAG 2.5.3): no aria-label may say something else.
        assertEquals(List.of("2", "Phone screen"), doc.select("svg.journey-wide a").get(1).select("text").eachText());
        assertTrue(doc.select("svg a[aria-label]").isEmpty());
    }

    @Test
    void notFoundPageAndSitemapUseTheBaseUrl() {
        Document notFound = page(MINIMAL, "404.html");
        assertEquals("/handbook/assets/style.css", notFound.selectFirst("link[rel=stylesheet]").attr("href"));
        assertEquals("/handbook/", notFound.selectFirst("a.brand").attr("href"));
        String sitemap = MINIMAL.text("sitemap.xml");
        assertTrue(sitemap.contains("<loc>https://career.example.edu/handbook/stages/phone-screen/</loc>"), sitemap);
        assertFalse(sitemap.contains("404"));
        assertFalse(MINIMAL.files().containsKey("robots.txt"), "crawlers never read a robots.txt under a sub-path");
    }

    @Test
    void aHandbookAtTheRootOfItsHostWritesRobotsTxtNamingTheSitemap(@TempDir Path dir) {
        Path site = Fixtures.copy("minimal", dir);
        Fixtures.edit(site.resolve("site.yaml"), "base_url: https://career.example.edu/handbook/", "base_url: https://prep.example.edu/");
        assertEquals("User-agent: *\nAllow: /\nSitemap: https://prep.example.edu/sitemap.xml\n", Fixtures.build(site).text("robots.txt"));
    }

    @Test
    void everyPageDescribesItselfForSharingAndAllButThe404AreCanonical() {
        for (String file : MINIMAL.files().keySet()) {
            if (!file.endsWith(".html")) {
                continue;
            }
            Document doc = page(MINIMAL, file);
            String description = doc.expectFirst("meta[name=description]").attr("content");
            assertFalse(description.isBlank(), file);
            assertEquals(description, doc.expectFirst("meta[property=og:description]").attr("content"), file);
            assertEquals(description, doc.expectFirst("meta[name=twitter:description]").attr("content"), file);
            assertEquals("Test Handbook", doc.expectFirst("meta[property=og:site_name]").attr("content"), file);
            assertFalse(doc.expectFirst("meta[property=og:title]").attr("content").isBlank(), file);
            assertEquals("summary", doc.expectFirst("meta[name=twitter:card]").attr("content"), file);
            if (file.equals("404.html")) {
                assertTrue(doc.select("link[rel=canonical], meta[property=og:url]").isEmpty(), "the 404 is served at any URL");
                assertEquals("noindex", doc.expectFirst("meta[name=robots]").attr("content"));
            } else {
                String url = "https://career.example.edu/handbook/" + file.replaceFirst("index\\.html$", "");
                assertEquals(url, doc.expectFirst("link[rel=canonical]").attr("href"), file);
                assertEquals(url, doc.expectFirst("meta[property=og:url]").attr("content"), file);
                assertTrue(doc.select("meta[name=robots]").isEmpty(), file);
            }
        }
        assertEquals("website", page(MINIMAL, "index.html").expectFirst("meta[property=og:type]").attr("content"));
        assertEquals("article", page(MINIMAL, "about/index.html").expectFirst("meta[property=og:type]").attr("content"));
        assertEquals("Why do you want to work here?",
                page(MINIMAL, "questions/why-us/index.html").expectFirst("meta[property=og:title]").attr("content"));
    }

    @Test
    void aLongBankIsSplitIntoPagesWithJumpLinksAndStageFiltersThatKeepWorking(@TempDir Path dir) {
        Path site = Fixtures.copy("minimal", dir);
        StringBuilder more = new StringBuilder();
        for (int i = 0; i < 230; i++) {
            more.append("- id: extra-").append(i).append("\n  text: Extra question ").append(i).append("?\n  category: ")
                    .append(i < 150 ? "motivation" : "experience").append("\n  stages: [").append(i % 2 == 0 ? "phone-screen" : "preparation, phone-screen")
                    .append("]\n  intent: Whether you can answer.\n  guidance: Answer it.\n");
        }
        Fixtures.write(site.resolve("questions/extra.yaml"), more.toString());
        MemoryOutput out = Fixtures.build(site);
        Document first = page(out, "questions/index.html");
        Document second = page(out, "questions/page/2/index.html");
        Document third = page(out, "questions/page/3/index.html");
        assertFalse(out.files().containsKey("questions/page/4/index.html"), "232 questions make three pages of 100");
        assertEquals(100, first.select(".question-line").size());
        assertEquals(100, second.select(".question-line").size());
        assertEquals(32, third.select(".question-line").size());
        // Each line links to the question's own page, where the guidance lives; the list carries none.
        assertEquals("../../../questions/extra-120/", second.expectFirst(".question-line#extra-120 > a").attr("href"));
        assertTrue(second.select(".prose").isEmpty());
        // The same jump links on every page, each to the page where its category starts.
        for (Document d : List.of(first, second, third)) {
            List<String> jumps = d.select("nav.jump a").eachAttr("href").stream().map(h -> h.replaceFirst("^(\\.\\./)+", "/")).toList();
            assertEquals(List.of("/questions/#cat-motivation", "/questions/page/2/#cat-experience"),
                    jumps.stream().map(h -> h.startsWith("/") ? h : "/questions/" + h).toList());
        }
        assertEquals("Experience (80)", first.select("nav.jump a").get(1).text());
        assertEquals("Motivation (continued)", second.selectFirst("h2#cat-motivation").text());
        assertEquals(List.of("Previous page", "1", "2", "3", "Next page"), second.select("nav.page-numbers a").eachText());
        assertEquals("2", second.expectFirst("nav.page-numbers a[aria-current=page]").text());
        assertEquals("Question bank, page 2 of 3", second.selectFirst("h1").text());
        // A stage's bank is split the same way, under its own URL; its filters lead to page 1 of each stage.
        Document stage = page(out, "questions/stage/preparation/page/2/index.html");
        assertEquals(16, stage.select(".question-line").size(), "115 extra questions and why-us at the preparation stage");
        assertEquals("../../../../../questions/stage/phone-screen/", stage.expectFirst(".filters a:contains(Phone screen)").attr("href"));
    }

    @Test
    void manyQuestionsToAskAreSplitIntoPagesAndSearchLinksEachToItsPage(@TempDir Path dir) {
        Path site = Fixtures.copy("minimal", dir);
        StringBuilder more = new StringBuilder();
        for (int i = 0; i < 450; i++) {
            more.append("- id: extra-ask-").append(i).append("\n  text: Extra ask ").append(i).append("?\n  why: It helps.\n")
                    .append("  stages: [phone-screen]\n  when: ").append(i < 300 ? "early" : "closing").append("\n");
        }
        Fixtures.write(site.resolve("asks/extra.yaml"), more.toString());
        MemoryOutput out = Fixtures.build(site);
        assertEquals(200, page(out, "asks/index.html").select(".ask-list > li").size());
        Document second = page(out, "asks/page/2/index.html");
        assertEquals(200, second.select(".ask-list > li").size());
        assertEquals(51, page(out, "asks/page/3/index.html").select(".ask-list > li").size(), "450 extra and next-steps");
        // Early asks come first, whatever file they are in; the closing ones follow on from page 2.
        assertEquals(List.of("Ask early (continued)", "Ask when closing"), second.select("main h2").eachText());
        assertEquals(List.of("Previous page", "1", "2", "3", "Next page"), second.select("nav.page-numbers a").eachText());
        String index = out.files().entrySet().stream().filter(f -> f.getKey().startsWith("search/d/"))
                .map(f -> new String(f.getValue(), java.nio.charset.StandardCharsets.UTF_8)).reduce("", String::concat);
        assertTrue(index.contains("\"/asks/page/2/#extra-ask-250\""), "search links an ask to the page that lists it");
        assertTrue(index.contains("\"/asks/#extra-ask-10\""));
        assertFalse(index.contains("{{"), "no raw placeholder reaches a search excerpt");
    }

    @Test
    void stageAndGuidePagesListTheirSectionsAndGuidesLinkTheirNeighbours() {
        Document stage = page(MINIMAL, "stages/phone-screen/index.html");
        List<String> targets = stage.select("nav.toc a").eachAttr("href");
        assertTrue(targets.containsAll(List.of("#what-it-is-for", "#mistakes", "#tips", "#likely-questions", "#asks-here")), targets.toString());
        for (String target : targets) {
            assertNotNull(stage.getElementById(target.substring(1)), target + " is on the page");
        }
        assertEquals("On this page", stage.expectFirst("nav.toc summary").text());
        Document about = page(MINIMAL, "about/index.html");
        assertTrue(about.select("nav.toc").isEmpty(), "two sections are read at a glance");
    }

    @Test
    void aPageWithItsOwnTableOfContentsGetsNoSecondOne(@TempDir Path dir) {
        Path site = Fixtures.copy("minimal", dir);
        Fixtures.edit(site.resolve("pages/about.md"), "Write to us.", "Write to us.\n\n## Visit\n\nCome by.");
        Document with = Jsoup.parse(Fixtures.build(site).text("about/index.html"));
        assertEquals(1, with.select(".prose ul a[href=#visit]").size(), "the [TOC] lists the third section");
        assertTrue(with.select("nav.toc").isEmpty(), "the theme's list would repeat the page's own");
        Fixtures.edit(site.resolve("pages/about.md"), "[TOC]", "");
        Document without = Jsoup.parse(Fixtures.build(site).text("about/index.html"));
        assertEquals(List.of("#who-we-are", "#contact", "#visit"), without.select("nav.toc a").eachAttr("href"));
    }

    @Test
    void idsAreShownWhereAProfileNeedsThem() {
        assertEquals("why-us", page(MINIMAL, "questions/why-us/index.html").expectFirst(".item-id code").text());
        assertEquals("why-us", page(MINIMAL, "questions/why-us/index.html").expectFirst(".item-id button").attr("data-copy"));
        Document asks = page(MINIMAL, "asks/index.html");
        for (Element ask : asks.select(".ask-list > li")) {
            assertEquals(ask.id(), ask.expectFirst(".item-id code").text());
        }
        Document backstory = page(MINIMAL, "backstory/index.html");
        assertFalse(backstory.select(".worksheet > li").isEmpty());
        for (Element prompt : backstory.select(".worksheet > li")) {
            assertEquals(prompt.id(), prompt.expectFirst(".item-id code").text());
        }
    }

    @Test
    void pagesHaveLandmarksSkipLinkAndOneH1() {
        for (String file : MINIMAL.files().keySet()) {
            if (!file.endsWith(".html")) {
                continue;
            }
            Document doc = page(MINIMAL, file);
            assertEquals(1, doc.select("h1").size(), () -> file + " must have exactly one h1");
            assertEquals("#main", doc.selectFirst("body > a.skip-link").attr("href"), file);
            assertNotNull(doc.selectFirst("main#main"), file);
            assertNotNull(doc.selectFirst("header nav[aria-label]"), file);
            assertNotNull(doc.selectFirst("footer"), file);
            assertFalse(doc.title().isBlank(), file);
            assertEquals("en", doc.selectFirst("html").attr("lang"));
            int previous = 1;
            for (Element h : doc.select("main h1, main h2, main h3, main h4")) {
                int level = h.tagName().charAt(1) - '0';
                int before = previous;
                assertTrue(level <= before + 1, () -> file + ": " + h.tagName() + " '" + h.text() + "' skips a level after h" + before);
                previous = level;
            }
        }
    }

    @Test
    void siteOverrideReplacesAThemeFile(@TempDir Path dir) {
        Path site = Fixtures.copy("minimal", dir);
        Fixtures.write(site.resolve("overrides/assets/style.css"), "body { color: red; }");
        Fixtures.write(site.resolve("overrides/templates/404.mustache"), "<h1>Lost?</h1>");
        MemoryOutput out = Fixtures.build(site);
        assertEquals("body { color: red; }", out.text("assets/style.css"));
        assertEquals("Lost?", page(out, "404.html").selectFirst("h1").text());
        assertTrue(out.files().containsKey("assets/print.css"), "files not overridden still come from the theme");
    }

    @Test
    void templateVariableThatResolvesToNothingFailsNamingTemplateAndLine(@TempDir Path dir) {
        Path site = Fixtures.copy("minimal", dir);
        Fixtures.write(site.resolve("overrides/templates/page.mustache"), "<article>\n<h1>{{title}}</h1>\n{{{bdy}}}\n</article>\n");
        Problem p = assertThrows(ContentException.class, () -> Fixtures.build(site)).problems().get(0);
        assertEquals(site.resolve("overrides/templates/page.mustache"), p.path());
        assertEquals(3, p.line());
        assertEquals("template error: 'bdy' resolves to nothing", p.message());
    }

    @Test
    void levelOneHeadingInContentIsAProblemWithItsLine(@TempDir Path dir) {
        Path site = Fixtures.copy("minimal", dir);
        Fixtures.edit(site.resolve("pages/about.md"), "## Contact", "# Contact");
        ContentException e = assertThrows(ContentException.class, () -> Fixtures.build(site));
        assertEquals(1, e.problems().size());
        assertEquals(11, e.problems().get(0).line(), "line of '# Contact' in the file");
        assertTrue(e.problems().get(0).hint().contains("'##'"));
    }

    @Test
    void goldenPagesAreUnchanged() throws IOException {
        for (String file : List.of("index.html", "stages/phone-screen/index.html", "questions/index.html",
                "emails/thank-you/index.html", "asks/index.html", "backstory/index.html", "about/index.html")) {
            Golden.assertMatches("minimal/" + file, MINIMAL.text(file));
        }
    }

    @Test
    void theShippedHandbookBuildsWithEverythingTheBriefAsksFor() {
        MemoryOutput out = Fixtures.build(Path.of("content"));
        List<String> stages = page(out, "stages/index.html").select(".stage-list h2 a").eachAttr("href");
        assertEquals(List.of("preparation", "phone-screen", "hr-interview", "hiring-manager", "team-loop",
                "senior-leader", "follow-up").stream().map(id -> "../stages/" + id + "/").toList(), stages, "the seven canonical stages, in order");
        assertTrue(page(out, "questions/index.html").select(".question-line").size() >= 30);
        assertTrue(page(out, "asks/index.html").select(".ask-list > li").size() >= 12);
        assertTrue(page(out, "backstory/index.html").select(".worksheet > li").size() >= 8);
        assertTrue(page(out, "emails/index.html").select(".cards > li").size() >= 5);
        assertTrue(out.files().containsKey("about/index.html"));
        assertTrue(out.files().containsKey("how-to-use/index.html"));
        assertTrue(Files.exists(Path.of("content/site.yaml")));
    }
}
