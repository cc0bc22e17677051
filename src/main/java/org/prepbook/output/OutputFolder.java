package org.prepbook.output;

import java.io.IOException;
import java.io.UncheckedIOException;
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
            throw new RefusedException("cannot create the output folder next to " + target + ": " + e.getMessage(),
                    "check that the folder's parent is writable");
        }
    }

    public Output output() {
        return new DiskOutput(staging);
    }

    public Path target() {
        return target;
    }

    /** Puts the staged build in place of the previous output. */
    public void commit() {
        try {
            Path previous = null;
            if (Files.exists(target)) {
                previous = target.resolveSibling("." + target.getFileName() + ".previous-" + UUID.randomUUID());
                move(target, previous);
            }
            move(staging, target);
            committed = true;
            if (previous != null) {
                deleteTree(previous);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Discards the staging folder unless the build was committed. */
    @Override
    public void close() {
        if (!committed) {
            try {
                deleteTree(staging);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
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
            throw new UncheckedIOException(e);
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
