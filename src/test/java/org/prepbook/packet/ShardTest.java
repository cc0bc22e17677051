package org.prepbook.packet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ShardTest {
    private static List<Path> cohort(int size) {
        return IntStream.range(0, size).mapToObj(i -> Path.of("cohort", "student-" + i + ".yaml")).toList();
    }

    @Test
    void nShardsTogetherAreTheWholeCohortEachProfileOnce() {
        for (int n = 1; n <= 7; n++) {
            List<Path> cohort = cohort(23);
            List<Path> seen = new ArrayList<>();
            for (int i = 1; i <= n; i++) {
                List<Path> share = new Shard(i, n).of(cohort);
                assertTrue(Math.abs(share.size() - 23.0 / n) < 1, "balanced: " + share.size() + " of 23 in " + i + "/" + n);
                seen.addAll(share);
            }
            assertEquals(cohort.size(), seen.size(), "no profile twice, n=" + n);
            assertEquals(Set.copyOf(cohort), new HashSet<>(seen), "no profile missing, n=" + n);
        }
    }

    @Test
    void theSplitDependsOnTheFileNamesNotOnTheirOrderOrFolder() {
        List<Path> cohort = cohort(40);
        List<Path> shuffled = new ArrayList<>(cohort);
        Collections.shuffle(shuffled, new Random(7));
        List<Path> elsewhere = cohort.stream().map(p -> Path.of("/runner/work", p.toString())).toList();
        for (int i = 1; i <= 4; i++) {
            Shard s = new Shard(i, 4);
            assertEquals(Set.copyOf(s.of(cohort)), Set.copyOf(s.of(shuffled)));
            assertEquals(s.of(cohort).stream().map(p -> p.getFileName()).toList(),
                    s.of(elsewhere).stream().map(p -> p.getFileName()).toList());
        }
    }

    @Test
    void profilesThatWouldShareAFolderShareAShard() {
        List<Path> cohort = List.of(Path.of("a/sam.yaml"), Path.of("b/Sam.yml"), Path.of("c/zoe.yaml"), Path.of("d/ali.yaml"));
        for (int i = 1; i <= 3; i++) {
            List<Path> share = new Shard(i, 3).of(cohort);
            assertEquals(share.contains(cohort.get(0)), share.contains(cohort.get(1)), "shard " + i);
        }
    }

    @Test
    void parsesIOfNAndSaysWhatIsWrong() {
        assertEquals(new Shard(2, 4), Shard.parse("2/4"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Shard.parse("5/4")).getMessage().contains("1 to N"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Shard.parse("2")).getMessage().contains("I/N"));
        assertThrows(IllegalArgumentException.class, () -> Shard.parse("0/0"));
    }
}
