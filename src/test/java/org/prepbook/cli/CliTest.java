package org.prepbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prepbook.testing.Fixtures;

/** The command line as a user meets it: exit status and every line printed. */
class CliTest {

    record Run(int status, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(status, out.toString(), err.toString().replace('\\', '/'));
    }

    @Test
    void buildSucceedsWithExitZeroAndSaysWhatItWrote(@TempDir Path dir) {
        Path out = dir.resolve("site");
        Run run = run("build", "--content", Fixtures.site("minimal").toString(), "--out", out.toString());
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().matches("(?s)Built \\d+ pages into .* in \\d+ ms\\s*"), run.out());
        assertTrue(Files.exists(out.resolve("index.html")));
    }

    @Test
    void buildAndCheckPrintAnItemSomeLanguageLacksAndStillSucceed(@TempDir Path dir) {
        String content = Fixtures.site("multilingual").toString();
        String warning = Fixtures.site("multilingual").resolve("questions/motivation.yaml")
                + ":8:7: question 'why-us' has no translation into Spanish (es)";
        String count = "1 item is not translated into every language; a warning, not an error (docs/languages.md)";
        Run build = run("build", "--content", content, "--out", dir.resolve("site").toString());
        assertEquals(0, build.status(), build.err());
        assertTrue(build.err().lines().anyMatch(warning::equals), build.err());
        assertTrue(build.err().lines().anyMatch(count::equals), build.err());
        assertTrue(Files.exists(dir.resolve("site/es/index.html")));
        Run check = run("check", "--content", content);
        assertEquals(0, check.status(), check.err());
        assertTrue(check.err().lines().anyMatch(warning::equals), check.err());
        assertTrue(check.out().startsWith("Checked 44 pages: no problems"), check.out());
    }

    @Test
    void contentErrorsArePrintedAllAtOnceWithPositionsHintsAndCount(@TempDir Path dir) {
        Run run = run("build", "--content", Fixtures.site("invalid-references").toString(), "--out", dir.resolve("site").toString());
        assertEquals(1, run.status());
        String file = "src/test/resources/sites/invalid-references/questions/broken.yaml";
        assertEquals(String.join("\n",
                file + ":3:13: unknown category 'motivaton'",
                "    3 |   category: motivaton",
                "      |             ^",
                "    hint: did you mean 'motivation'?",
                file + ":4:12: unknown stage 'phone-scren'",
                "    4 |   stages: [phone-scren]",
                "      |            ^",
                "    hint: did you mean 'phone-screen'?",
                file + ":7:3: unknown key 'pitfals'",
                "    7 |   pitfals:",
                "      |   ^",
                "    hint: did you mean 'pitfalls'?",
                file + ":9:7: duplicate question id 'salary-expectations'",
                "    9 | - id: salary-expectations",
                "      |       ^",
                "    hint: it is already defined at " + file + ":1:7; give each question its own id",
                file + ":12:11: 'stages' must be a list, found text",
                "    12 |   stages: phone-screen",
                "       |           ^",
                "    hint: write it like: stages: [first, second]",
                "5 problems found; nothing was written", ""), run.err());
        assertFalse(Files.exists(dir.resolve("site")), "a failed first build creates no output folder");
    }

    @Test
    void neverPrintsAStackTraceForAUserMistake(@TempDir Path dir) {
        Path content = Fixtures.copy("minimal", dir);
        Fixtures.write(content.resolve("questions/bad.yaml"), "- id: [\n");
        Run run = run("build", "--content", content.toString(), "--out", dir.resolve("site").toString());
        assertEquals(1, run.status());
        assertTrue(run.err().contains("bad.yaml:"), run.err());
        assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), run.err());
    }

    @Test
    void missingContentFolderIsAUsageError(@TempDir Path dir) {
        for (String command : new String[] {"build", "check", "serve", "packet"}) {
            Run run = command.equals("packet")
                    ? run(command, "p.yaml", "--content", dir.resolve("nope").toString())
                    : run(command, "--content", dir.resolve("nope").toString());
            assertEquals(2, run.status(), command);
            assertEquals("prepbook: content folder not found: " + dir.resolve("nope").toString().replace('\\', '/') + "\n"
                    + "    hint: pass the folder that holds site.yaml with --content, or run 'prepbook new DIR' to create one\n",
                    run.err(), command);
        }
    }

    @Test
    void unknownOptionIsAUsageErrorWithExitTwo() {
        Run run = run("build", "--contnet", "x");
        assertEquals(2, run.status());
        assertTrue(run.err().contains("Unknown options: '--contnet'"), run.err());
        assertTrue(run.err().contains("Possible solutions: --content"), run.err());
    }

    @Test
    void unknownCommandIsAUsageError() {
        assertEquals(2, run("bild").status());
        assertEquals(2, run().status());
    }

    @Test
    void refusesToWriteOverTheContentFolder() {
        Run run = run("build", "--content", Fixtures.site("minimal").toString(), "--out", Fixtures.SITES.toString());
        assertEquals(2, run.status());
        assertTrue(run.err().contains("refusing to write the site to"), run.err());
        assertTrue(run.err().contains("hint:"), run.err());
    }
}
