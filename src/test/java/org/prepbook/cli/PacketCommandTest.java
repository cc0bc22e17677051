package org.prepbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PacketCommandTest {
    @TempDir
    Path tmp;

    private record Run(int status, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(status, out.toString(), err.toString());
    }

    @Test
    void writesHtmlPdfAndIcsForOneProfile() {
        Run r = run("packet", "examples/profiles/early-career.yaml", "--out", tmp.toString(), "--today", "2026-11-25");
        assertEquals(0, r.status(), r.err());
        for (String f : new String[] {"packet.html", "packet.pdf", "packet.ics"}) {
            assertTrue(Files.isRegularFile(tmp.resolve("early-career").resolve(f)), f);
        }
        assertTrue(r.out().startsWith("Wrote the packet of examples/profiles/early-career.yaml"), r.out());
    }

    @Test
    void threadsBelowOneAreAUsageError() {
        for (String threads : new String[] {"0", "-1"}) {
            Run r = run("packet", "examples/profiles/early-career.yaml", "--out", tmp.toString(), "--threads", threads);
            assertEquals(2, r.status(), threads);
            assertEquals("prepbook: --threads must be at least 1, not " + threads + "\n    hint: leave it out to use every core\n", r.err());
        }
    }

    @Test
    void aBadTodayIsAPlainUsageError() {
        Run r = run("packet", "examples/profiles/early-career.yaml", "--out", tmp.toString(), "--today", "2026-13-01");
        assertEquals(2, r.status());
        assertTrue(r.err().startsWith("Invalid value for option '--today': '2026-13-01' is not a date: write it as YYYY-MM-DD,"
                + " e.g. 2026-11-25\n"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void badProfileExitsOneWithLocatedProblemsAndWritesNothing() throws IOException {
        Path bad = tmp.resolve("bad.yaml");
        Files.writeString(bad, Files.readString(Path.of("examples/profiles/early-career.yaml"))
                .replace("stage: phone-screen", "stage: phone-scren"));
        Run r = run("packet", bad.toString(), "--out", tmp.resolve("out").toString(), "--format", "html");
        assertEquals(1, r.status());
        assertTrue(r.err().contains(bad + ":15:12: unknown stage 'phone-scren'\n"
                + "    15 |   - stage: phone-scren\n"
                + "       |            ^\n"
                + "    hint: did you mean 'phone-screen'?"), r.err());
        assertTrue(r.err().contains(bad + ":86:12: unknown stage"), r.err());
        assertTrue(r.err().contains("2 problems found; nothing was written"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertFalse(Files.exists(tmp.resolve("out").resolve("bad")));
    }

    @Test
    void batchKeepsGoingPastABadProfileAndSummarises() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("cohort"));
        String good = Files.readString(Path.of("examples/profiles/senior.yaml"));
        Files.writeString(dir.resolve("a.yaml"), good);
        Files.writeString(dir.resolve("b.yaml"), good.replace("  phone: \"+1 415 555 0148\"\n", ""));
        Files.writeString(dir.resolve("c.yaml"), good);
        Path out = tmp.resolve("out");
        Run r = run("packet", dir.toString(), "--out", out.toString(), "--format", "html,ics", "--threads", "2");
        assertEquals(1, r.status(), r.out() + r.err());
        assertTrue(r.out().contains("Done: 2 packets written, 1 failed"), r.out());
        assertTrue(r.out().contains("failed " + dir.resolve("b.yaml")), r.out());
        assertTrue(r.err().contains("email template 'thank-you' needs candidate.phone"), r.err());
        assertTrue(Files.isRegularFile(out.resolve("a/packet.ics")));
        assertFalse(Files.exists(out.resolve("a/packet.pdf")));
        assertFalse(Files.exists(out.resolve("b")));
        try (Stream<Path> files = Files.walk(out)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".tmp")));
        }
    }

    @Test
    void twoProfilesWithTheSameFileNameDoNotShareAFolder() throws IOException {
        String good = Files.readString(Path.of("examples/profiles/senior.yaml"));
        Path first = Files.createDirectories(tmp.resolve("one")).resolve("sam.yaml");
        Path second = Files.createDirectories(tmp.resolve("two")).resolve("sam.yaml");
        Files.writeString(first, good);
        Files.writeString(second, good);
        Run r = run("packet", first.toString(), second.toString(), "--out", tmp.resolve("out").toString(), "--format", "ics");
        assertEquals(1, r.status());
        assertTrue(r.err().contains(second + ":1:1: this profile's packet folder 'sam' is already " + first + "'s"), r.err());
        assertTrue(r.out().contains("Done: 1 packet written, 1 failed"), r.out());
    }

    @Test
    void badUsageExitsTwo() {
        assertEquals(2, run("packet").status());
        assertEquals(2, run("packet", "examples/profiles/senior.yaml", "--format", "docx").status());
        assertEquals(2, run("packet", "examples/profiles/senior.yaml", "--today", "2026-02-30").status());
        assertEquals(2, run("packet", "examples/profiles/senior.yaml", "--paper", "a3").status());
    }

    @Test
    void missingProfileFileIsAProblem() {
        Run r = run("packet", tmp.resolve("nope.yaml").toString(), "--out", tmp.toString());
        assertEquals(1, r.status());
        assertTrue(r.err().contains("nope.yaml:1:1: profile not found"), r.err());
    }

    @Test
    void missingThemeIsTheLocatedProblemBuildReports() {
        Path themes = tmp.resolve("no-themes");
        Run packet = run("packet", "examples/profiles/senior.yaml", "--themes", themes.toString(), "--out", tmp.resolve("out").toString());
        Run build = run("build", "--themes", themes.toString(), "--out", tmp.resolve("site").toString());
        String problem = Path.of("content/site.yaml") + ":1:1: theme folder " + themes.resolve("default") + " not found\n"
                + "    hint: set 'theme' in site.yaml to a folder under " + themes + "\n";
        assertEquals(1, packet.status(), packet.err());
        assertEquals(problem + "1 problem found; nothing was written\n", packet.err());
        assertEquals(build.err(), packet.err());
        assertFalse(Files.exists(tmp.resolve("out")));
    }

    @Test
    void folderWithoutProfilesIsAUsageError() throws IOException {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        Run r = run("packet", empty.toString(), "--out", tmp.resolve("out").toString());
        assertEquals(2, r.status(), r.err());
        assertTrue(r.err().startsWith("prepbook: no profile found in [" + empty + "]\n    hint: profiles are .yaml files"), r.err());
        assertFalse(Files.exists(tmp.resolve("out")));
    }

    @Test
    void aPacketSpeaksTheHandbooksLanguage() throws IOException {
        Path content = org.prepbook.testing.Fixtures.copyTree(Path.of("content"), tmp.resolve("content"));
        Path site = content.resolve("site.yaml");
        Files.writeString(site, Files.readString(site).replaceFirst("(?m)^language: .*$", "language: es"));
        Run r = run("packet", "examples/profiles/early-career.yaml", "--content", content.toString(), "--out",
                tmp.resolve("out").toString(), "--today", "2026-11-25", "--format", "html");
        assertEquals(0, r.status(), r.err());
        String html = Files.readString(tmp.resolve("out/early-career/packet.html"));
        String spanish = org.prepbook.render.Theme.of(content, Path.of("themes"), "default").in("es")
                .messages().text("packet.toc.timeline");
        assertTrue(html.contains("<html lang=\"es\""), "the page says its language");
        assertTrue(html.contains(spanish), "the packet's own words are the Spanish theme's: " + spanish);
    }
}
