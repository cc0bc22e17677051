package org.prepbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prepbook.cli.CliTest.Run;
import org.prepbook.testing.Fixture;
import org.prepbook.testing.Fixtures;

/**
 * Nothing outside the content and themes trees reaches the output: a symbolic link that leads out
 * of them is an error naming the link and its target, and the secret behind it is never written.
 */
class ContainmentTest {
    private static final String SECRET = "CI_TOKEN=s3cr3t-do-not-publish";

    @TempDir
    Path dir;

    private Path secret;
    private Fixture site;
    private Path out;

    @BeforeEach
    void setUp() throws IOException {
        secret = Files.writeString(dir.resolve("secret.txt"), SECRET + "\n");
        site = Fixture.copy(dir);
        out = dir.resolve("site");
    }

    private Run build() {
        return CliTest.run("build", "--content", site.content().toString(), "--out", out.toString());
    }

    private void assertRefused(Run run, Path link, String target, String tree) throws IOException {
        assertEquals(1, run.status(), run.err());
        String expected = (link + ":1:1: symbolic link leads outside " + tree + ", to " + target).replace('\\', '/');
        assertTrue(run.err().contains(expected + "\n    hint: prepbook reads only files inside the content and themes"
                + " folders; copy the file into the folder instead of linking to it"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
        assertFalse(run.err().contains(SECRET), "the message names the link, never prints what it points at");
        assertFalse(Files.exists(out), "a refused build writes nothing");
    }

    @Test
    void refusesAnAssetOverrideLinkedToAFileOutsideTheContent() throws IOException {
        Path link = Files.createSymbolicLink(Files.createDirectories(site.file("overrides/assets")).resolve("env.txt"), secret);
        assertRefused(build(), link, secret.toString(), "the content folder");
    }

    @Test
    void refusesAPageLinkedToAFileOutsideTheContent() throws IOException {
        Path outside = Files.writeString(dir.resolve("outside.md"), "---\nid: outside\ntitle: Outside\n---\n" + SECRET + "\n");
        Path link = Files.createSymbolicLink(site.file("pages/outside.md"), outside);
        assertRefused(build(), link, outside.toString(), "the content folder");
    }

    @Test
    void refusesAFolderOfPagesLinkedOutsideTheContentAndNamesTheFolder() throws IOException {
        Path elsewhere = Fixtures.copyTree(site.file("pages"), dir.resolve("elsewhere"));
        deleteTree(site.file("pages"));
        Path link = Files.createSymbolicLink(site.file("pages"), elsewhere);
        assertRefused(build(), link, elsewhere.toString(), "the content folder");
    }

    @Test
    void refusesATemplateOverrideLinkedOutsideTheContent() throws IOException {
        Path link = Files.createSymbolicLink(Files.createDirectories(site.file("overrides/templates")).resolve("page.mustache"),
                secret);
        assertRefused(build(), link, secret.toString(), "the content folder");
    }

    @Test
    void refusesAThemeFileLinkedOutsideTheThemes() throws IOException {
        Path themes = Fixtures.copyTree(Path.of("themes"), dir.resolve("themes"));
        Path link = Files.createSymbolicLink(themes.resolve("default/assets/leak.txt"), secret);
        Run run = CliTest.run("build", "--content", site.content().toString(), "--themes", themes.toString(),
                "--out", out.toString());
        assertRefused(run, link, secret.toString(), "the themes folder");
    }

    @Test
    void refusesAThemeNameThatIsAPath() {
        site.replace("site.yaml", "theme: default", "theme: ../../etc");
        Run run = build();
        assertEquals(1, run.status(), run.err());
        assertTrue(run.err().contains("site.yaml:6:8: theme must be the name of a folder in the themes folder"), run.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void followsALinkThatStaysInsideTheContent() throws IOException {
        Path notes = Files.writeString(site.file("notes.txt"), "shared notes\n");
        Files.createSymbolicLink(Files.createDirectories(site.file("overrides/assets")).resolve("notes.txt"),
                Path.of("../../notes.txt"));
        Run run = build();
        assertEquals(0, run.status(), run.err());
        assertEquals(Files.readString(notes), Files.readString(out.resolve("assets/notes.txt")));
    }

    @Test
    void reportsALinkToNothing() throws IOException {
        Path link = Files.createSymbolicLink(site.file("pages/gone.md"), dir.resolve("no-such-file.md"));
        Run run = build();
        assertEquals(1, run.status(), run.err());
        assertTrue(run.err().replace('\\', '/').contains((link + ":1:1: symbolic link to a file that does not exist: "
                + dir.resolve("no-such-file.md")).replace('\\', '/')), run.err());
    }

    @Test
    void reportsAFolderLinkThatLoops() throws IOException {
        Path assets = Files.createDirectories(site.file("overrides/assets"));
        Path link = Files.createSymbolicLink(assets.resolve("again"), Path.of("."));
        Run run = build();
        assertEquals(1, run.status(), run.err());
        assertTrue(run.err().contains((link + ":1:1: symbolic link loops back to a folder that holds it").replace('\\', '/')),
                run.err());
    }

    @Test
    void refusesAProfileInACohortFolderLinkedOutsideIt() throws IOException {
        Path cohort = Files.createDirectories(dir.resolve("cohort"));
        Files.copy(Path.of("examples/profiles/early-career.yaml"), cohort.resolve("ada.yaml"));
        Path link = Files.createSymbolicLink(cohort.resolve("env.yaml"), secret);
        Path packets = dir.resolve("packets");
        Run run = CliTest.run("packet", cohort.toString(), "--format", "html", "--today", "2026-11-25",
                "--out", packets.toString());
        assertEquals(1, run.status(), run.err());
        assertTrue(run.err().contains((link + ":1:1: symbolic link leads outside the profile's folder, to " + secret)
                .replace('\\', '/')), run.err());
        assertFalse(run.err().contains(SECRET));
        assertTrue(Files.exists(packets.resolve("ada/packet.html")), "the other profiles are still made");
        assertFalse(Files.exists(packets.resolve("env")));
    }

    private static void deleteTree(Path root) throws IOException {
        try (var walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
