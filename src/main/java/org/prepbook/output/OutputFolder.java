package org.prepbook.output;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.prepbook.diagnostics.FileFault;

/**
 * The output folder of a build, replaced all at once. A build writes into a staging folder beside
 * the target and {@link #commit()}s by renaming it into place; until then the previous output is
 * untouched, so a failed or killed build loses nothing. Every folder prepbook creates carries a
 * marker file, and prepbook deletes only folders that carry it (or are empty).
 */
public final class OutputFolder implements AutoCloseable {
    /** Marks a folder as prepbook's own output, safe to replace. */
    public static final String MARKER = ".prepbook-output";

    private final Path target;
    private final Path staging;
    private boolean committed;

    private OutputFolder(Path target, Path staging) {
        this.target = target;
        this.staging = staging;
    }

    /**
     * Checks that {@code out} is a safe place for a build and creates the staging folder.
     *
     * @throws RefusedException when {@code out} is the file-system root, the home folder, holds a protected
     *                          folder, or is a non-empty folder prepbook did not create
     */
    public static OutputFolder open(Path out, Path... protectedFolders) throws RefusedException {
        Path target = out.toAbsolutePath().normalize();
        refuseUnsafe(target, protectedFolders);
        try {
            Files.createDirectories(target.getParent());
            recoverFromKilledBuild(target);
            Path staging = target.resolveSibling("." + target.getFileName() + ".staging-" + UUID.randomUUID());
            Files.createDirectory(staging);
            Files.writeString(staging.resolve(MARKER), "Built by prepbook. This folder is replaced by every build.\n");
            return new OutputFolder(target, staging);
        } catch (IOException e) {
            throw new FileFault("create a folder next to", target, e,
                    "check that its parent folder exists and is writable, or choose another --out");
        }
    }

    public Output output() {
        return new DiskOutput(staging, target);
    }

    public Path target() {
        return target;
    }

    /** Puts the staged build in place of the previous output; if that fails, the previous output stays. */
    public void commit() {
        Path previous = null;
        try {
            if (Files.exists(target)) {
                previous = target.resolveSibling("." + target.getFileName() + ".previous-" + UUID.randomUUID());
                move(target, previous);
            }
            move(staging, target);
            committed = true;
        } catch (IOException e) {
            putBack(previous);
            throw new FileFault("replace", target, e, "check that it and its parent folder are writable; the previous output is unchanged");
        }
        try {
            if (previous != null) {
                deleteTree(previous);
            }
        } catch (IOException e) {
            throw new FileFault("delete the previous output", previous, e, "the new output is in place; delete the folder by hand");
        }
    }

    private void putBack(Path previous) {
        if (previous != null && !Files.exists(target)) {
            try {
                move(previous, target);
            } catch (IOException ignored) {
                // The next build's recovery puts it back: it looks for exactly this folder.
            }
        }
    }

    /** Discards the staging folder unless the build was committed. */
    @Override
    public void close() {
        if (!committed) {
            try {
                deleteTree(staging);
            } catch (IOException e) {
                throw new FileFault("delete the unfinished build", staging, e, "delete the folder by hand; the previous output is unchanged");
            }
        }
    }

    private static void refuseUnsafe(Path target, Path... protectedFolders) throws RefusedException {
        if (target.getParent() == null) {
            throw new RefusedException("refusing to write the site to the file-system root " + target,
                    "choose a dedicated folder, e.g. --out target/site");
        }
        Path home = Path.of(System.getProperty("user.home")).toAbsolutePath().normalize();
        if (target.equals(home)) {
            throw new RefusedException("refusing to write the site to your home folder " + target,
                    "choose a dedicated folder, e.g. --out target/site");
        }
        for (Path p : protectedFolders) {
            Path folder = p.toAbsolutePath().normalize();
            if (folder.startsWith(target)) {
                throw new RefusedException("refusing to write the site to " + target + ": it holds " + folder
                        + ", which the build would replace", "choose an output folder outside the content and themes, e.g. --out target/site");
            }
        }
        if (Files.exists(target)) {
            if (!Files.isDirectory(target)) {
                throw new RefusedException(target + " exists and is not a folder", "remove it or choose another --out");
            }
            if (!Files.exists(target.resolve(MARKER)) && !isEmpty(target)) {
                throw new RefusedException("refusing to replace " + target + ": it is not empty and was not made by prepbook",
                        "choose an empty or new folder for --out; prepbook never deletes a folder it did not create");
            }
        }
    }

    /**
     * A build killed mid-way leaves its staging folder behind, and one killed between the two
     * renames of {@link #commit()} leaves the previous output under its temporary name: put that
     * back, and delete what is left of staging folders. Only folders with our marker are touched.
     */
    private static void recoverFromKilledBuild(Path target) throws IOException {
        String name = target.getFileName().toString();
        List<Path> leftovers;
        try (Stream<Path> siblings = Files.list(target.getParent())) {
            leftovers = siblings.filter(p -> p.getFileName().toString().startsWith("." + name + ".staging-")
                            || p.getFileName().toString().startsWith("." + name + ".previous-"))
                    .filter(p -> Files.exists(p.resolve(MARKER)))
                    .sorted()
                    .toList();
        }
        for (Path p : leftovers) {
            if (p.getFileName().toString().contains(".previous-") && !Files.exists(target)) {
                move(p, target);
            } else {
                deleteTree(p);
            }
        }
    }

    private static boolean isEmpty(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new FileFault("read", dir, e, "check that the folder may be read, or choose another --out");
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /**
     * Decides whether a finished build may still replace the output. A build run for someone who
     * has gone away (a batch child whose launcher was killed) must not publish.
     */
    @FunctionalInterface
    public interface Gate {
        /** Publishing at once: the build's caller is this process. */
        Gate OPEN = Runnable::run;

        /** Runs {@code swap}, which puts the new output in place, or does not run it at all. */
        void publish(Runnable swap);
    }

    /** The output folder cannot be used; the message says why and the hint what to do. */
    public static final class RefusedException extends Exception {
        private final String hint;

        public RefusedException(String message, String hint) {
            super(message);
            this.hint = hint;
        }

        public String hint() {
            return hint;
        }
    }
}
