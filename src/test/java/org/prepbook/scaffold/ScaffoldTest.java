package org.prepbook.scaffold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prepbook.Build;
import org.prepbook.check.Check;
import org.prepbook.cli.BatchJvm;
import org.prepbook.cli.Main;

/** {@code prepbook new DIR}, then a build of what it made. */
class ScaffoldTest {
    @TempDir
    Path dir;

    private int run(StringWriter out, StringWriter err, String... args) {
        return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void createsARepositoryThatBuildsAndChecksClean() throws Exception {
        Path handbook = dir.resolve("Career Handbook");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertEquals(0, run(out, err, "new", handbook.toString()), err.toString());
        assertTrue(out.toString().startsWith("Created a handbook in " + handbook), out.toString());
        // Commands to paste as they are: the folder's space quoted, the preview and build by Maven's names.
        List<String> commands = out.toString().lines().filter(l -> l.startsWith("  ") && !l.startsWith("      "))
                .map(String::strip).toList();
        assertEquals(List.of("cd '" + handbook + "'", Scaffold.installCommand(Optional.empty()), "mvn prepbook:serve",
                "mvn verify"), commands, out.toString());
        assertFalse(out.toString().contains("prepbook serve'"), "no command that nobody has: " + out);

        for (String file : List.of("pom.xml", ".gitignore", ".mvn/jvm.config", "README.md", ".github/workflows/handbook.yml",
                "content/site.yaml", "content/stages/preparation.md", "content/questions/general.yaml", "content/asks/asks.yaml",
                "content/backstory/prompts.yaml", "content/emails/thank-you.md", "content/pages/how-to-use.md",
                "themes/default/templates/layout.mustache", "themes/default/assets/style.css")) {
            assertTrue(Files.isRegularFile(handbook.resolve(file)), file);
        }
        String pom = Files.readString(handbook.resolve("pom.xml"));
        assertTrue(pom.contains("<artifactId>career-handbook</artifactId>"), pom);
        assertTrue(pom.contains("<prepbook.version>" + Scaffold.version() + "</prepbook.version>"), pom);
        assertTrue(!pom.contains("@"), "every placeholder filled: " + pom);
        assertTrue(Files.readString(handbook.resolve(".gitignore")).contains("target/"));
        assertEquals(String.join(" ", BatchJvm.FLAGS) + "\n", Files.readString(handbook.resolve(".mvn/jvm.config")),
                "Maven's JVM gets the flags the command line's build JVM gets");

        Build.Options options = new Build.Options(handbook.resolve("content"), handbook.resolve("themes"),
                handbook.resolve("target/site"));
        Build.Result built = Build.run(options);
        assertEquals(16, built.pages());
        assertTrue(Files.isRegularFile(handbook.resolve("target/site/stages/phone-screen/index.html")));
        assertEquals(List.of(), Check.run(options, Optional.empty()).problems());
    }

    @Test
    void readmeNamesTheJarThatMadeItInTheInstallCommand() throws Exception {
        Path jar = dir.resolve("tools dir/prepbook.jar");
        Scaffold.create(dir.resolve("h"), BatchJvm.FLAGS, Optional.of(jar));
        String readme = Files.readString(dir.resolve("h/README.md"));
        assertTrue(readme.contains("\n" + Scaffold.installCommand(Optional.of(jar)) + "\n"), readme);
        assertTrue(Scaffold.installCommand(Optional.of(jar)).endsWith("-Dfile='" + jar + "'"), "a path with a space is one word");
        assertTrue(readme.contains("mvn prepbook:serve"), readme);
        assertFalse(readme.contains("@"), "every placeholder filled");
        String pom = Files.readString(dir.resolve("h/pom.xml"));
        assertTrue(pom.contains("<id>prepbook-not-installed--see-README</id>"), "a missing plugin is signposted: " + pom);
    }

    @Test
    void acceptsAnEmptyFolder() throws Exception {
        Files.createDirectories(dir.resolve("empty"));
        assertEquals(0, run(new StringWriter(), new StringWriter(), "new", dir.resolve("empty").toString()));
    }

    @Test
    void refusesANonEmptyFolderAndLeavesItAlone() throws Exception {
        Path folder = dir.resolve("notes");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("todo.txt"), "mine");
        StringWriter err = new StringWriter();
        assertEquals(2, run(new StringWriter(), err, "new", folder.toString()));
        assertEquals("prepbook: refusing to create a handbook in " + folder + ": the folder is not empty\n"
                + "    hint: give 'prepbook new' a new or empty folder; it never writes over existing files\n", err.toString());
        try (var files = Files.list(folder)) {
            assertEquals(List.of(folder.resolve("todo.txt")), files.toList());
        }
    }
}
