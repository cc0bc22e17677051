package org.prepbook.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.prepbook.Build;
import org.prepbook.output.MemoryOutput;

/** Fixture sites under {@code src/test/resources/sites/} and the project's own theme. */
public final class Fixtures {
    public static final Path SITES = Path.of("src/test/resources/sites");
    public static final Path THEMES = Path.of("themes");

    private Fixtures() {
    }

    public static Path site(String name) {
        return SITES.resolve(name);
    }

    /** Copies a fixture site into {@code dir} so a test may change it. */
    public static Path copy(String name, Path dir) {
        return copyTree(site(name), dir.resolve(name));
    }

    /** Copies the folder {@code from} to {@code to}, which must not exist yet. */
    public static Path copyTree(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return to;
    }

    /** Replaces {@code old} by {@code replacement} in a file, failing when {@code old} is absent. */
    public static void edit(Path file, String old, String replacement) {
        try {
            String text = Files.readString(file);
            if (!text.contains(old)) {
                throw new IllegalArgumentException(file + " does not contain " + old);
            }
            write(file, text.replace(old, replacement));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the whole file at once, as editors save, so a watcher never sees it half-written. */
    public static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Path temporary = file.resolveSibling("." + file.getFileName() + ".saving");
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Builds a content folder with the default theme into memory. */
    public static MemoryOutput build(Path content) {
        MemoryOutput out = new MemoryOutput();
        Build.render(new Build.Options(content, THEMES, Path.of("unused")), out);
        return out;
    }

    /** Every file under {@code root} with its bytes as text, for comparing whole trees. */
    public static Map<String, String> tree(Path root) {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(f).toString(), new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
