package org.prepbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prepbook.diagnostics.FileFault;
import org.prepbook.diagnostics.Problem;
import org.prepbook.diagnostics.Problems;
import org.prepbook.output.DiskOutput;
import org.prepbook.source.SourceText;
import org.prepbook.testing.Fixture;
import org.prepbook.testing.Fixtures;

/** The disk failing prepbook: one line naming the file and what to do, status 1, no stack trace, nothing lost. */
class FileFaultTest {

    @Test
    void aFileThatCannotBeReadIsAProblemNamingIt(@TempDir Path dir) throws IOException {
        Path folder = Files.createDirectory(dir.resolve("general.yaml"));
        Problems problems = new Problems();
        assertTrue(SourceText.read(folder, problems).isEmpty());
        Problem p = problems.list().get(0);
        assertEquals(folder + ":1:1: cannot read this file: is a directory\n"
                + "    hint: check that it is a file you may read (its permissions and owner), then run again", p.format());
    }

    @Test
    void anUnreadableContentFileEndsTheBuildWithStatusOne(@TempDir Path dir) throws IOException {
        Fixture site = Fixture.copy(dir);
        Path file = site.file("questions/general.yaml");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(file), "running as root, which reads any file");
        CliTest.Run run = CliTest.run("build", "--content", site.content().toString(), "--out", dir.resolve("site").toString());
        assertEquals(1, run.status());
        assertTrue(run.err().startsWith(file + ":1:1: cannot read this file: permission denied\n"), run.err());
    }

    @Test
    void aFailedWriteNamesTheFileInTheOutputFolderNotTheStagingFolder(@TempDir Path dir) throws IOException {
        Path staging = Files.createDirectories(dir.resolve(".site.staging"));
        // A folder where the file should go fails the write the way a full disk does, as root too.
        Files.createDirectories(staging.resolve("index.html"));
        DiskOutput out = new DiskOutput(staging, Path.of("target/site"));
        FileFault fault = assertThrows(FileFault.class, () -> out.write("index.html", new byte[] {1}));
        assertEquals("prepbook: cannot write target/site/index.html: it already exists; free some disk space or check"
                + " the folder's permissions, or choose another --out; the previous output is unchanged", fault.line());
    }

    @Test
    void anOutputFolderThatCannotBeCreatedIsOneLineAndStatusOne(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("file"), "in the way");
        CliTest.Run run = CliTest.run("build", "--content", Fixtures.site("minimal").toString(),
                "--out", file.resolve("site").toString());
        assertEquals(1, run.status());
        assertEquals(List.of("prepbook: cannot create a folder next to " + file.resolve("site") + ": it already exists ("
                + file + "); check that its parent folder exists and is writable, or choose another --out"), run.err().lines().toList());
        assertFalse(run.err().contains("Exception"), run.err());
    }
}
