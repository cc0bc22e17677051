package org.prepbook.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prepbook.Build;
import org.prepbook.diagnostics.ContentException;
import org.prepbook.testing.Fixtures;

/** Nothing is lost: the previous output survives a failed build, and prepbook deletes only what it made. */
class OutputFolderTest {

    private static Build.Result build(Path content, Path out) throws OutputFolder.RefusedException {
        return Build.run(new Build.Options(content, Fixtures.THEMES, out));
    }

    @Test
    void failedBuildLeavesThePreviousOutputByteForByte(@TempDir Path dir) throws Exception {
        Path content = Fixtures.copy("minimal", dir);
        Path out = dir.resolve("site");
        build(content, out);
        Map<String, String> before = Fixtures.tree(out);

        Fixtures.edit(content.resolve("stages/phone-screen.md"), "order: 2", "order: two");
        assertThrows(ContentException.class, () -> build(content, out));

        assertEquals(before, Fixtures.tree(out));
        assertEquals(List.of("minimal", "site"), siblings(dir), "no staging folder is left behind");
    }

    @Test
    void successfulBuildReplacesItsOwnPreviousOutput(@TempDir Path dir) throws Exception {
        Path content = Fixtures.copy("minimal", dir);
        Path out = dir.resolve("site");
        build(content, out);
        Files.writeString(out.resolve("stale.html"), "old");
        Fixtures.edit(content.resolve("pages/about.md"), "A test office.", "A renamed office.");
        build(content, out);
        assertFalse(Files.exists(out.resolve("stale.html")), "files of the previous build are gone");
        assertTrue(Files.readString(out.resolve("about/index.html")).contains("A renamed office."));
        assertEquals(List.of("minimal", "site"), siblings(dir));
    }

    @Test
    void recoversFromABuildKilledBetweenItsTwoRenames(@TempDir Path dir) throws Exception {
        Path content = Fixtures.copy("minimal", dir);
        Path out = dir.resolve("site");
        build(content, out);
        Map<String, String> before = Fixtures.tree(out);
        // What a kill leaves: the old output moved aside, a half-written staging folder.
        Files.move(out, dir.resolve(".site.previous-1"));
        Fixtures.write(dir.resolve(".site.staging-2/" + OutputFolder.MARKER), "");
        Fixtures.edit(content.resolve("stages/phone-screen.md"), "order: 2", "order: two");

        assertThrows(ContentException.class, () -> build(content, out));

        assertEquals(before, Fixtures.tree(out), "the previous output is back in place");
        assertEquals(List.of("minimal", "site"), siblings(dir));
    }

    @Test
    void refusesAFolderItDidNotCreate(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("mine");
        Fixtures.write(out.resolve("thesis.docx"), "years of work");
        var e = assertThrows(OutputFolder.RefusedException.class, () -> build(Fixtures.site("minimal"), out));
        assertTrue(e.getMessage().contains("not empty and was not made by prepbook"), e.getMessage());
        assertEquals("years of work", Files.readString(out.resolve("thesis.docx")));
    }

    @Test
    void acceptsAnEmptyFolder(@TempDir Path dir) throws Exception {
        Path out = Files.createDirectory(dir.resolve("empty"));
        build(Fixtures.site("minimal"), out);
        assertTrue(Files.exists(out.resolve(OutputFolder.MARKER)));
    }

    @Test
    void refusesTheContentFolderItsParentsTheRootAndHome(@TempDir Path dir) {
        Path content = Fixtures.copy("minimal", dir);
        for (Path out : List.of(content, dir, content.getRoot(), Path.of(System.getProperty("user.home")))) {
            var e = assertThrows(OutputFolder.RefusedException.class, () -> build(content, out), out::toString);
            assertTrue(e.getMessage().startsWith("refusing"), e.getMessage());
        }
        assertTrue(Files.exists(content.resolve("site.yaml")));
    }

    @Test
    void refusesTheThemesFolder(@TempDir Path dir) {
        var e = assertThrows(OutputFolder.RefusedException.class,
                () -> Build.run(new Build.Options(Fixtures.site("minimal"), Fixtures.THEMES, Fixtures.THEMES)));
        assertTrue(e.getMessage().contains("which the build would replace"), e.getMessage());
    }

    private static List<String> siblings(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
