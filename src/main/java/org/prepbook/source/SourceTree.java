package org.prepbook.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.prepbook.diagnostics.Problems;

/**
 * A folder prepbook reads from (the content, the themes, a folder of profiles) and the rule that
 * keeps every read inside it. A symbolic link is followed when its real path stays inside the
 * folder; a link that leads out of it, points at nothing or loops is a problem naming the link and
 * its target, and nothing behind it is read. A content repository's pull request can hold links,
 * and a build must never publish {@code /etc/shadow} or {@code /proc/self/environ}.
 */
public final class SourceTree {
    private static final String HINT = "prepbook reads only files inside the content and themes folders; "
            + "copy the file into the folder instead of linking to it";

    private final Path root;
    private final String name;
    private final Path real;

    private SourceTree(Path root, String name, Path real) {
        this.root = root;
        this.name = name;
        this.real = real;
    }

    /**
     * @param root the folder as the user named it (it may itself be a link: its real path is the tree)
     * @param name the folder as messages call it, e.g. "the content folder"
     */
    public static SourceTree of(Path root, String name) {
        Path real;
        try {
            real = root.toRealPath();
        } catch (IOException e) {
            real = null;
        }
        return new SourceTree(root, name, real);
    }

    public Path root() {
        return root;
    }

    /**
     * {@code relative} under {@code dir}, a folder inside this tree, when the name itself stays in
     * {@code dir} ({@code ../x} and absolute names do not); whether the file exists is not checked.
     */
    public static Optional<Path> resolve(Path dir, String relative) {
        Path base = dir.normalize();
        Path file = base.resolve(relative).normalize();
        return file.startsWith(base) && !file.equals(base) ? Optional.of(file) : Optional.empty();
    }

    /**
     * Whether {@code file}'s real location is inside the tree. A file that does not exist is inside
     * (the caller reports it missing); a link out, a dangling link or a loop is reported to
     * {@code problems} and gives false.
     */
    public boolean contains(Path file, Problems problems) {
        if (real == null) {
            return false;
        }
        try {
            if (file.toRealPath().startsWith(real)) {
                return true;
            }
        } catch (NoSuchFileException e) {
            if (!Files.isSymbolicLink(file)) {
                return true;
            }
            problems.add(file, 1, 1, "symbolic link to a file that does not exist: " + target(file),
                    "remove the link, or replace it with the file itself");
            return false;
        } catch (IOException e) {
            SourceText.unreadable(file, "file", e, problems);
            return false;
        }
        Path link = outerLink(file);
        problems.add(link, 1, 1, "symbolic link leads outside " + name + ", to " + target(link), HINT);
        return false;
    }

    /** The regular files directly in {@code dir} whose names end in {@code extension}, sorted; links checked. */
    public List<Path> list(Path dir, Problems problems) {
        if (!Files.isDirectory(dir) || !contains(dir, problems)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.sorted().filter(p -> contains(p, problems) && Files.isRegularFile(p)).toList();
        } catch (IOException e) {
            return unreadable(dir, e, problems);
        } catch (UncheckedIOException e) {
            return unreadable(dir, e.getCause(), problems);
        }
    }

    /** The folders directly in {@code dir}, sorted, hidden ones left out; links checked. */
    public List<Path> folders(Path dir, Problems problems) {
        if (!Files.isDirectory(dir) || !contains(dir, problems)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.sorted().filter(p -> !p.getFileName().toString().startsWith(".") && contains(p, problems)
                    && Files.isDirectory(p)).toList();
        } catch (IOException e) {
            return unreadable(dir, e, problems);
        } catch (UncheckedIOException e) {
            return unreadable(dir, e.getCause(), problems);
        }
    }

    private static List<Path> unreadable(Path dir, IOException e, Problems problems) {
        SourceText.unreadable(dir, "folder", e, problems);
        return List.of();
    }

    /** Every regular file under {@code dir}, at any depth, sorted; links inside the tree are followed. */
    public List<Path> walk(Path dir, Problems problems) {
        if (!Files.isDirectory(dir) || !contains(dir, problems)) {
            return List.of();
        }
        List<Path> files = new ArrayList<>();
        try {
            Files.walkFileTree(dir, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                    return contains(d, problems) ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
                }

                @Override
                public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                    if (contains(f, problems) && attrs.isRegularFile()) {
                        files.add(f);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path f, IOException e) {
                    if (e instanceof FileSystemLoopException) {
                        problems.add(f, 1, 1, "symbolic link loops back to a folder that holds it", "remove the link");
                    } else if (contains(f, problems)) {
                        SourceText.unreadable(f, Files.isDirectory(f) ? "folder" : "file", e, problems);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        files.sort(null);
        return files;
    }

    /** The outermost link on the way from the tree's root to {@code file} that leaves the tree. */
    private Path outerLink(Path file) {
        Path top = root.normalize();
        Path normal = file.normalize();
        if (normal.startsWith(top)) {
            Path at = top;
            for (Path part : top.relativize(normal)) {
                at = at.resolve(part);
                try {
                    if (Files.isSymbolicLink(at) && !at.toRealPath().startsWith(real)) {
                        return at;
                    }
                } catch (IOException e) {
                    return file;
                }
            }
        }
        return file;
    }

    private static String target(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException | UnsupportedOperationException e) {
            return "somewhere outside";
        }
    }
}
