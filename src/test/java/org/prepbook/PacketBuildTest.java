package org.prepbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prepbook.diagnostics.ContentException;
import org.prepbook.output.MemoryOutput;
import org.prepbook.packet.Batch;
import org.prepbook.packet.Packets;
import org.prepbook.packet.PdfPacket;

/** The packet pipeline into memory: what it writes, and what stops it. */
class PacketBuildTest {
    private static final Path EARLY = Path.of("examples/profiles/early-career.yaml");
    private static final Path SENIOR = Path.of("examples/profiles/senior.yaml");

    private static PacketBuild.Options options(Path themes, List<Path> profiles) {
        return new PacketBuild.Options(Path.of("content"), themes, profiles, Path.of("unused"),
                Set.of(Packets.Format.HTML, Packets.Format.ICS), java.util.Optional.of(PdfPacket.Paper.A4), LocalDate.of(2026, 11, 25), 2);
    }

    @Test
    void writesEachProfilesFormatsIntoItsOwnFolder() {
        MemoryOutput out = new MemoryOutput();
        List<Batch.Outcome> seen = Collections.synchronizedList(new ArrayList<>());
        PacketBuild.Result result = PacketBuild.run(options(Path.of("themes"), List.of(SENIOR, EARLY)), out,
                (done, total, o) -> seen.add(o));

        assertEquals(List.of("early-career/packet.html", "early-career/packet.ics", "senior/packet.html", "senior/packet.ics"),
                List.copyOf(out.files().keySet()));
        assertEquals(List.of(Optional.of("senior"), Optional.of("early-career")),
                result.outcomes().stream().map(Batch.Outcome::folder).toList(), "outcomes in input order");
        assertEquals(2, seen.size());
    }

    @Test
    void badProfileFailsAloneAndWritesNothingOfItsOwn(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, Files.readString(EARLY).replace("stage: phone-screen", "stage: phone-scren"));
        MemoryOutput out = new MemoryOutput();
        PacketBuild.Result result = PacketBuild.run(options(Path.of("themes"), List.of(bad, SENIOR)), out, (d, t, o) -> { });

        assertEquals(List.of(false, true), result.outcomes().stream().map(Batch.Outcome::ok).toList());
        assertTrue(result.outcomes().get(0).problems().get(0).format().contains("unknown stage 'phone-scren'"));
        assertEquals(List.of("senior/packet.html", "senior/packet.ics"), List.copyOf(out.files().keySet()));
    }

    @Test
    void missingThemeStopsTheRunBeforeAnyProfileIsRead(@TempDir Path dir) {
        MemoryOutput out = new MemoryOutput();
        ContentException e = assertThrows(ContentException.class,
                () -> PacketBuild.run(options(dir.resolve("themes"), List.of(dir.resolve("never-read.yaml"))), out, (d, t, o) -> { }));
        assertEquals(1, e.problems().size());
        assertEquals(Path.of("content/site.yaml"), e.problems().get(0).path());
        assertTrue(out.files().isEmpty());
    }
}
