package org.prepbook.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Output folders for a benchmark's runs: each run gets a folder of a name never used before, and
 * none is deleted until the benchmark ends. On this machine's disk (ext4 without a journal) a mass
 * delete slows the next minutes' file creation ten times or more (see {@link QuietDisk}), so
 * deleting one run's output before the next run would distort what the next run measures.
 */
final class Scratch {
    private final Path root;
    private final List<Path> trash = new ArrayList<>();

    /** Folders are made under {@code root}, which is never deleted itself. */
    Scratch(Path root) {
        this.root = root;
    }

    /** A folder path never used before, not yet created; it is deleted by {@link #deleteAll}. */
    Path fresh(String kind) {
        Path folder = root.resolve(kind + "-" + System.nanoTime());
        trash.add(folder);
        return folder;
    }

    /** Deletes every fresh folder still there (one moved elsewhere is kept): call it last, after every measurement. */
    void deleteAll() {
        trash.forEach(Scratch::delete);
        trash.clear();
    }

    /** Deletes {@code folder} and everything in it, if it is there. */
    static void delete(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> {
                try {
                    Files.delete(f);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
