package org.prepbook.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.IntStream;

/**
 * Tells whether the disk is quiet enough to measure a build, and waits until it is. This machine's
 * root file system is ext4 without a journal: for some minutes after many files were deleted,
 * creating a file scans past every recently freed inode ({@code recently_deleted} in the kernel's
 * inode allocator) and is ten to thirty times slower. A build measured then would mostly measure
 * that. Benchmarks that write many files call {@link #await} before each run and print its result
 * beside the run's figures.
 */
final class QuietDisk {
    /** A probe slower than this means creating files is being slowed by recent deletes. */
    private static final long QUIET_PROBE_MS = 100;
    private static final Duration LONGEST_WAIT = Duration.ofMinutes(8);
    private final Scratch scratch;

    /** Probe folders are taken from {@code scratch}, so they too are deleted only at the end. */
    QuietDisk(Scratch scratch) {
        this.scratch = scratch;
    }

    /**
     * Milliseconds to create 2,000 files of 3 KB in a new folder, from two threads: about 60 on this
     * machine's disk when nothing was deleted in the last minutes, ten times that soon after a mass
     * delete.
     */
    long probe() throws IOException {
        Path folder = scratch.fresh("probe");
        Files.createDirectories(folder);
        byte[] bytes = new byte[3000];
        long start = System.nanoTime();
        IntStream.range(0, 2000).parallel().forEach(i -> {
            try {
                Files.write(folder.resolve(i + ".json"), bytes);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return (System.nanoTime() - start) / 1_000_000;
    }

    /**
     * Waits, up to eight minutes, until {@link #probe} says no mass delete is slowing the disk (one
     * shortly before the benchmark, say, or a previous benchmark's clean-up); returns the last
     * probe's milliseconds, for the report.
     */
    long await() throws IOException {
        long deadline = System.nanoTime() + LONGEST_WAIT.toNanos();
        long probe = probe();
        while (probe > QUIET_PROBE_MS && System.nanoTime() < deadline) {
            System.out.printf("Disk probe %,d ms: creating files is slow right now (usually after a mass delete);"
                    + " waiting%n", probe);
            try {
                Thread.sleep(20_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the disk", e);
            }
            probe = probe();
        }
        return probe;
    }
}
