package org.prepbook.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prepbook.Build;
import org.prepbook.cli.Main;
import org.prepbook.diagnostics.Problem;
import org.prepbook.testing.Fixture;

/** {@code prepbook check} on small sites, each broken in one way, and on the content this project ships. */
class SiteCheckTest {
    private static final String PAGE = "pages/how-to-use.md";
    private static final String STAGE = "stages/preparation.md";

    @TempDir
    Path dir;

    private List<String> problems(Fixture site) {
        return Check.run(site.options(dir.resolve("out")), Optional.empty()).problems().stream()
                .map(Problem::format).toList();
    }

    private static void assertOnly(List<String> problems, String expected) {
        assertEquals(1, problems.size(), () -> "expected one problem, got " + problems);
        assertTrue(problems.get(0).startsWith(expected), () -> "expected " + expected + "…, got " + problems.get(0));
    }

    @Test
    void sampleSiteHasNoProblems() {
        assertEquals(List.of(), problems(Fixture.copy(dir)));
    }

    @Test
    void shippedContentHasNoProblems() {
        Check.Outcome outcome = Check.run(new Build.Options(Path.of("content"), Path.of("themes"), dir.resolve("out")),
                Optional.empty());
        assertEquals(List.of(), outcome.problems());
        assertTrue(outcome.pages() > 50, "pages checked: " + outcome.pages());
    }

    @Test
    void reportsBrokenLinkAtItsMarkdownLineWithSuggestion() {
        Fixture site = Fixture.copy(dir).replace(STAGE, "(/questions/stage/preparation/)", "(/questions/stage/preperation/)");
        List<String> problems = problems(site);
        assertOnly(problems, site.file(STAGE) + ":18:73: broken link '/questions/stage/preperation/': no such page or file (on /stages/preparation/)");
        assertTrue(problems.get(0).contains("hint: did you mean '/questions/stage/preparation/'?"), problems.get(0));
    }

    @Test
    void reportsBrokenLinkInQuestionGuidanceAtItsLineAndOnTheQuestionsOwnPage() {
        // The guidance is drawn on the question's own page only: the bank lists questions in one line each.
        Fixture site = Fixture.copy(dir).replace("questions/general.yaml", "Tell one story:", "Tell [one story](/stories/):");
        List<String> problems = problems(site);
        assertOnly(problems, site.file("questions/general.yaml") + ":17:22: broken link '/stories/': no such page or file"
                + " (on /questions/proudest-result/)");
    }

    @Test
    void reportsBrokenRelativeLink() {
        Fixture site = Fixture.copy(dir).replace(PAGE, "(/stages/)", "(../stages/nowhere/)");
        assertOnly(problems(site), site.file(PAGE) + ":6:36: broken link '/stages/nowhere/': no such page or file (on /how-to-use/)");
    }

    @Test
    void reportsMissingAnchor() {
        Fixture site = Fixture.copy(dir).replace(PAGE, "(/stages/)", "(/stages/preparation/#what-to-bring)");
        assertOnly(problems(site), site.file(PAGE) + ":6:36: broken anchor '#what-to-bring' in link '/stages/preparation/#what-to-bring' (on /how-to-use/)");
    }

    @Test
    void reportsAMissingAnchorOnTheLinksOwnPage() {
        Fixture site = Fixture.copy(dir).replace(PAGE, "(/stages/)", "(#nowhere)");
        assertOnly(problems(site), site.file(PAGE) + ":6:36: broken anchor '#nowhere' in link '/how-to-use/#nowhere' (on /how-to-use/)");
    }

    @Test
    void acceptsAnchorOfAMarkdownHeading() {
        Fixture site = Fixture.copy(dir).replace(PAGE, "(/stages/)", "(/stages/preparation/#what-to-do)");
        assertEquals(List.of(), problems(site));
    }

    @Test
    void reportsMissingImageAndMissingAltText() {
        Fixture site = Fixture.copy(dir).write(PAGE, site0() + "\n![](/assets/diagram.png)\n");
        List<String> problems = problems(site);
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith(site.file(PAGE) + ":12:5: image '/assets/diagram.png' has no alt text (on /how-to-use/)"), problems.get(0));
        assertTrue(problems.get(1).startsWith(site.file(PAGE) + ":12:5: broken link '/assets/diagram.png': no such page or file (on /how-to-use/)"), problems.get(1));
    }

    @Test
    void acceptsImageFromOverridesWithAltText() {
        Fixture site = Fixture.copy(dir).write(PAGE, site0() + "\n![The journey](/assets/diagram.svg)\n")
                .write("overrides/assets/diagram.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        assertEquals(List.of(), problems(site));
    }

    @Test
    void reportsDuplicateElementId() {
        // The layout's <main id="main"> is the skip link's target; a heading "Main" gets the same id.
        Fixture site = Fixture.copy(dir).write(PAGE, site0() + "\n## Main\n");
        assertOnly(problems(site), site.file(PAGE) + ":1:1: duplicate element id 'main' (on /how-to-use/)");
    }

    @Test
    void reportsPageWithoutOneH1() {
        Fixture site = Fixture.copy(dir).write("overrides/templates/page.mustache",
                "<article><h2>{{title}}</h2>{{{body}}}</article>\n");
        assertOnly(problems(site), site.file(PAGE) + ":1:1: page has 0 level-1 headings, not one (on /how-to-use/)");
    }

    @Test
    void reportsPageWithoutTitle() {
        String layout = read(Path.of("themes/default/templates/layout.mustache"))
                .replace("<title>{{pageTitle}}</title>", "<title></title>");
        Fixture site = Fixture.copy(dir).write("overrides/templates/layout.mustache", layout);
        List<String> problems = problems(site);
        assertTrue(problems.stream().allMatch(p -> p.contains("page has no title")), problems.toString());
        assertTrue(problems.contains(site.file("site.yaml") + ":1:1: page has no title (on /404.html and 10 other pages)\n"
                + "    hint: the layout template must fill <title>"), problems.toString());
    }

    @Test
    void blamesTheThemeForABrokenLinkNoMarkdownContains() {
        Fixture site = Fixture.copy(dir).write("overrides/templates/page.mustache",
                "<article><h1>{{title}}</h1>{{{body}}}<a href=\"/glossary/\">Glossary</a></article>\n");
        List<String> problems = problems(site);
        assertOnly(problems, site.file(PAGE) + ":1:1: broken link '/glossary/': no such page or file (on /how-to-use/)");
        assertTrue(problems.get(0).endsWith("the link is not in the content's Markdown but in the theme ('page' template or the layout)"),
                problems.get(0));
    }

    @Test
    void aLinkShownAsCodeIsNotWhereABrokenLinkWasWritten() {
        Fixture site = Fixture.copy(dir).write(PAGE, site0() + "\nWrite a link as `[Glossary](/glossary/)`.\n")
                .write("overrides/templates/page.mustache",
                        "<article><h1>{{title}}</h1>{{{body}}}<a href=\"/glossary/\">Glossary</a></article>\n");
        List<String> problems = problems(site);
        assertOnly(problems, site.file(PAGE) + ":1:1: broken link '/glossary/': no such page or file (on /how-to-use/)");
        assertTrue(problems.get(0).endsWith("but in the theme ('page' template or the layout)"), problems.get(0));
    }

    @Test
    void reportsLinkThatLeavesTheSitePath() {
        Fixture site = Fixture.copy(dir).replace(PAGE, "(/stages/)", "(https://careers.example.org/intranet/)");
        assertOnly(problems(site), site.file(PAGE) + ":6:36: link 'https://careers.example.org/intranet/' leaves the site's path /handbook/ (on /how-to-use/)");
    }

    @Test
    void checksExternalLinksOnlyWhenAsked() throws Exception {
        HttpServer other = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        other.createContext("/", exchange -> {
            exchange.sendResponseHeaders(exchange.getRequestURI().getPath().equals("/ok") ? 200 : 404, -1);
            exchange.close();
        });
        other.start();
        try {
            String origin = "http://127.0.0.1:" + other.getAddress().getPort();
            Fixture site = Fixture.copy(dir).write(PAGE, site0() + "\nSee [this](" + origin + "/ok) and [that](" + origin + "/gone).\n");
            assertEquals(List.of(), problems(site));
            Check.Outcome outcome = Check.run(site.options(dir.resolve("out")),
                    Optional.of(new ExternalLinks(Duration.ofSeconds(5), 2)));
            assertEquals(2, outcome.externalLinks());
            assertEquals(1, outcome.problems().size(), outcome.problems().toString());
            Problem gone = outcome.problems().get(0);
            assertEquals(List.of(site.file(PAGE), 12, "external link " + origin + "/gone answers HTTP 404"),
                    List.of(gone.path(), gone.line(), gone.message()));
        } finally {
            other.stop(0);
        }
    }

    @Test
    void commandReportsAllProblemsAndExitsWithOne() {
        Fixture site = Fixture.copy(dir).replace(PAGE, "(/stages/)", "(/stagez/)")
                .replace(STAGE, "(/questions/stage/preparation/)", "(/questions/stage/x/)");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(new PrintWriter(out), new PrintWriter(err), "check", "--content", site.content().toString());
        assertEquals(1, status, err.toString());
        assertTrue(err.toString().contains("2 problems found in the built pages"), err.toString());
        assertTrue(!err.toString().contains("at org.prepbook"), "no stack trace: " + err);
    }

    @Test
    void buildRefusesABrokenLinkKeepsThePreviousSiteAndOnlyWarnsWhenTheSiteSaysSo() throws Exception {
        Fixture site = Fixture.copy(dir);
        Path out = dir.resolve("site");
        String[] build = {"build", "--content", site.content().toString(), "--themes", "themes", "--out", out.toString()};
        assertEquals(0, Main.run(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), build));
        String before = Files.readString(out.resolve("how-to-use/index.html"));

        site.replace(PAGE, "(/stages/)", "(/stagez/)");
        StringWriter err = new StringWriter();
        assertEquals(1, Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err, true), build), err.toString());
        assertEquals(site.file(PAGE) + ":6:36: broken link '/stagez/': no such page or file (on /how-to-use/)\n"
                + "    6 | Begin with the [interview journey](/stagez/), then pick the stage you are at.\n"
                + "      |                                    ^\n"
                + "    hint: did you mean '/stages/'?\n"
                + "1 problem found in the built pages; nothing was written\n"
                + "    hint: fix what is listed above, or set 'broken_links: warn' under 'options:' in site.yaml to build"
                + " with warnings\n", err.toString());
        assertEquals(before, Files.readString(out.resolve("how-to-use/index.html")), "the previous site stays");

        site.replace("site.yaml", "  allow_html: false", "  allow_html: false\n  broken_links: warn");
        StringWriter warned = new StringWriter();
        assertEquals(0, Main.run(new PrintWriter(new StringWriter()), new PrintWriter(warned, true), build), warned.toString());
        assertTrue(warned.toString().startsWith(site.file(PAGE) + ":6:36: broken link '/stagez/'"), warned.toString());
        assertTrue(warned.toString().contains("1 problem found in the built pages; built anyway, as site.yaml says"
                + " 'broken_links: warn'"), warned.toString());
        assertTrue(Files.readString(out.resolve("how-to-use/index.html")).contains("stagez"), "built anyway");
        assertEquals(1, Main.run(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), "check",
                "--content", site.content().toString()), "check fails whatever broken_links says");
    }

    @Test
    void commandSaysHowManyPagesWereChecked() {
        Fixture site = Fixture.copy(dir);
        StringWriter out = new StringWriter();
        int status = Main.run(new PrintWriter(out), new PrintWriter(new StringWriter()), "check", "--content",
                site.content().toString());
        assertEquals(0, status);
        assertEquals("Checked 17 pages: no problems", out.toString().strip());
    }

    private String site0() {
        return read(Path.of("src/main/resources/scaffold/content/" + PAGE));
    }

    private static String read(Path path) {
        try {
            return java.nio.file.Files.readString(path);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
