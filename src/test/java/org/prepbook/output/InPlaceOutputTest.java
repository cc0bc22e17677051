package org.prepbook.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prepbook.diagnostics.FileFault;

/** Packets replace their own files and leave everything else in the folder as it was. */
class InPlaceOutputTest {
    @TempDir
    Path dir;

    private List<String> files() throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).map(f -> dir.relativize(f).toString().replace('\\', '/')).sorted().toList();
        }
    }

    @Test
    void replacesAFileAndKeepsItsNeighbours() throws IOException {
        Files.createDirectories(dir.resolve("sam"));
        Files.writeString(dir.resolve("sam/packet.html"), "old");
        Files.writeString(dir.resolve("sam/notes.txt"), "mine");

        new InPlaceOutput(dir).write("sam/packet.html", "new".getBytes(StandardCharsets.UTF_8));
        new InPlaceOutput(dir).write("ana/packet.ics", "ics".getBytes(StandardCharsets.UTF_8));

        assertEquals("new", Files.readString(dir.resolve("sam/packet.html")));
        assertEquals(List.of("ana/packet.ics", "sam/notes.txt", "sam/packet.html"), files(), "no temporary file is left");
    }

    @Test
    void aFailedWriteLeavesTheOldFileAndNoTemporaryOne() throws IOException {
        Files.createDirectories(dir.resolve("sam/packet.html"));
        Files.writeString(dir.resolve("sam/packet.html/inside"), "a folder in the way");

        FileFault fault = assertThrows(FileFault.class, () -> new InPlaceOutput(dir).write("sam/packet.html", new byte[] {1}));
        assertTrue(fault.line().startsWith("prepbook: cannot write " + dir.resolve("sam/packet.html") + ": "), fault.line());

        assertEquals(List.of("sam/packet.html/inside"), files());
    }

    @Test
    void refusesToWriteOutsideItsFolder() {
        assertThrows(IllegalArgumentException.class, () -> new InPlaceOutput(dir.resolve("out")).write("../escape", new byte[0]));
    }
}
