package org.prepbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prepbook.model.Handbook;
import org.prepbook.packet.Fixtures;
import org.prepbook.profile.Profile;

/** {@code prepbook profile FILE}: the starter parses, makes a packet, and carries the handbook's ids with their text. */
class ProfileCommandTest {
    @TempDir
    Path tmp;

    @Test
    void theStarterParsesAndMakesAPacketAsItIs() throws IOException {
        Path file = tmp.resolve("cohort/sam.yaml");
        CliTest.Run made = CliTest.run("profile", file.toString(), "--today", "2026-11-25", "--time-zone", "America/Chicago");
        assertEquals(0, made.status(), made.err());
        assertTrue(made.out().contains("prepbook packet " + file), made.out());

        Profile p = Fixtures.profile("sam.yaml", Files.readString(file));
        assertEquals("America/Chicago", p.timeZone().getId());
        // Dates count from --today, on working days: a week, two weeks and three weeks on.
        assertEquals("2026-12-02T10:00", p.interviews().get(0).at().toString());
        assertEquals("2026-12-09T14:00", p.interviews().get(1).at().toString());
        assertEquals("2026-12-16", p.decisionDate().orElseThrow().toString());

        CliTest.Run packet = CliTest.run("packet", file.toString(), "--out", tmp.resolve("out").toString(), "--today", "2026-11-25");
        assertEquals(0, packet.status(), packet.err());
        for (String f : List.of("packet.html", "packet.pdf", "packet.ics")) {
            assertTrue(Files.size(tmp.resolve("out/sam").resolve(f)) > 0, f);
        }
    }

    @Test
    void everyQuestionAskAndPromptIdIsThereWithItsTextAsAComment() throws IOException {
        Path file = tmp.resolve("sam.yaml");
        assertEquals(0, CliTest.run("profile", file.toString(), "--today", "2026-11-25", "--time-zone", "UTC").status());
        List<String> lines = Files.readAllLines(file);
        Handbook h = Fixtures.HANDBOOK;
        h.questions().forEach(q -> assertTrue(lines.stream().anyMatch(l -> l.matches(" *(# )?- question: " + q.id()
                + "  # " + java.util.regex.Pattern.quote(q.text().replaceAll("\\s+", " ").trim()))), q.id()));
        h.asks().forEach(a -> assertTrue(lines.stream().anyMatch(l -> l.matches(" *(# )?- " + a.id() + "  # .+")), a.id()));
        h.backstory().forEach(b -> assertTrue(lines.stream().anyMatch(l -> l.matches(" *(# )?- prompt: " + b.id() + "  # .+")), b.id()));
        // Uncommenting any one more question keeps the profile valid: the '#' marks are all that stand in the way.
        String yaml = Files.readString(file);
        String one = lines.stream().filter(l -> l.startsWith("  # - question: ")).findFirst().orElseThrow();
        int at = lines.indexOf(one);
        String uncommented = yaml.replace(one + "\n" + lines.get(at + 1) + "\n",
                one.replace("  # - ", "  - ") + "\n" + lines.get(at + 1).replace("  #   ", "    ") + "\n");
        assertEquals(2, Fixtures.profile("sam.yaml", uncommented).answers().size());
    }

    @Test
    void refusesToOverwriteAFileAndABadZoneIsUsage() throws IOException {
        Path file = tmp.resolve("kept.yaml");
        Files.writeString(file, "mine");
        CliTest.Run r = CliTest.run("profile", file.toString());
        assertEquals(2, r.status());
        assertTrue(r.err().contains(file + " already exists"), r.err());
        assertEquals("mine", Files.readString(file));
        assertEquals(2, CliTest.run("profile", tmp.resolve("x.yaml").toString(), "--time-zone", "Mars/Olympus").status());
        assertFalse(Files.exists(tmp.resolve("x.yaml")));
    }

    @Test
    void shardsTogetherMakeTheWholeCohortOnceEach() throws IOException {
        Path cohort = tmp.resolve("cohort");
        Files.createDirectories(cohort);
        String early = Files.readString(Path.of("examples/profiles/early-career.yaml"));
        List<String> names = List.of("ana", "ben", "chen", "dara", "eli", "fatima", "gus");
        for (String n : names) {
            Files.writeString(cohort.resolve(n + ".yaml"), early);
        }
        Set<String> all = new TreeSet<>();
        int total = 0;
        for (int i = 1; i <= 3; i++) {
            Path out = tmp.resolve("out-" + i);
            CliTest.Run r = CliTest.run("packet", cohort.toString(), "--out", out.toString(), "--format", "ics", "--shard", i + "/3",
                    "--today", "2026-11-25");
            assertEquals(0, r.status(), r.err());
            try (Stream<Path> made = Files.list(out)) {
                List<String> folders = made.map(f -> f.getFileName().toString()).toList();
                total += folders.size();
                all.addAll(folders);
                assertTrue(folders.size() == 2 || folders.size() == 3, folders.toString());
            }
        }
        assertEquals(names.size(), total, "no profile in two shards");
        assertEquals(new TreeSet<>(names), all, "every profile in one shard");
        assertEquals(2, CliTest.run("packet", cohort.toString(), "--shard", "4/3").status());
        assertEquals(2, CliTest.run("packet", cohort.toString(), "--shard", "0/3").status());
        assertEquals(2, CliTest.run("packet", cohort.toString(), "--shard", "two").status());
        CliTest.Run empty = CliTest.run("packet", cohort.toString(), "--out", tmp.resolve("none").toString(), "--format", "ics",
                "--shard", "8/8", "--today", "2026-11-25");
        assertEquals(0, empty.status(), empty.err());
        assertTrue(empty.out().contains("none of the 7 profiles"), empty.out());
    }
}
