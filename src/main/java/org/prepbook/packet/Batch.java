package org.prepbook.packet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.prepbook.diagnostics.ContentException;
import org.prepbook.diagnostics.FileFault;
import org.prepbook.diagnostics.Problem;
import org.prepbook.profile.ProfileParser;

/**
 * Runs the packets of many profiles on all cores. A bad profile fails alone: its problems are
 * kept for the summary and the others go on. Each profile gets its own folder of the output, named
 * after its file and claimed in input order. Outcomes come back in input order, so the summary
 * reads the same on every run.
 */
public final class Batch {
    /** What became of one profile: its folder in the output once written, or the problems that stopped it. */
    public record Outcome(Path profile, Optional<String> folder, List<Problem> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /** Told of each finished packet, from the worker threads, one call at a time. */
    public interface Progress {
        void finished(int done, int total, Outcome outcome);
    }

    /**
     * Makes one profile's packet and writes it into {@code folder} of the output; throws
     * {@link ContentException} for what is wrong with the profile, before writing anything.
     */
    public interface Packet {
        void make(Path profile, String folder);
    }

    private final int threads;

    public Batch(int threads) {
        this.threads = threads;
    }

    /** The profile files named: files as given, folders as their {@code .yaml}/{@code .yml} files, sorted. */
    public static List<Path> profiles(List<Path> inputs) {
        List<Path> files = new ArrayList<>();
        for (Path in : inputs) {
            if (Files.isDirectory(in)) {
                try (Stream<Path> list = Files.list(in)) {
                    list.filter(p -> p.getFileName().toString().matches(".*\\.ya?ml") && Files.isRegularFile(p))
                            .sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else {
                files.add(in);
            }
        }
        return files;
    }

    public List<Outcome> run(List<Path> profiles, Packet packet, Progress progress) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "packet");
            t.setDaemon(true);
            return t;
        });
        try {
            // Claim packet folders in input order before any work, so which of two clashing profiles
            // fails does not depend on which thread gets there first.
            Map<String, Path> slugs = new HashMap<>();
            int[] done = {0};
            List<Future<Outcome>> futures = new ArrayList<>();
            for (Path file : profiles) {
                String folder = ProfileParser.slug(file);
                Path owner = slugs.putIfAbsent(folder, file);
                futures.add(pool.submit(() -> {
                    Outcome o = owner == null ? one(packet, file, folder) : clash(file, owner);
                    synchronized (done) {
                        progress.finished(++done[0], profiles.size(), o);
                    }
                    return o;
                }));
            }
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> f : futures) {
                outcomes.add(f.get());
            }
            return outcomes;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static Outcome clash(Path file, Path owner) {
        return new Outcome(file, Optional.empty(), List.of(new Problem(file, 1, 1,
                "this profile's packet folder '" + ProfileParser.slug(file) + "' is already " + owner + "'s",
                "rename one of the two files; the packet folder is named after the file")));
    }

    private static Outcome one(Packet packet, Path file, String folder) {
        try {
            packet.make(file, folder);
            return new Outcome(file, Optional.of(folder), List.of());
        } catch (ContentException e) {
            return new Outcome(file, Optional.empty(), e.problems());
        } catch (FileFault e) {
            return new Outcome(file, Optional.empty(), List.of(new Problem(file, 1, 1, e.getMessage(), e.advice())));
        } catch (RuntimeException e) {
            // A bug must not take the cohort down with it; the summary names the profile that hit it.
            return new Outcome(file, Optional.empty(), List.of(new Problem(file, 1, 1,
                    "internal error while making this packet: " + e, "please report it with this profile")));
        }
    }
}
