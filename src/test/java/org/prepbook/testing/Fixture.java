package org.prepbook.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;
import org.prepbook.Build;

/**
 * A small valid content folder to break on purpose: a copy of the sample content that
 * {@code prepbook new} ships, built with the project's default theme.
 */
public final class Fixture {
    private static final Path SAMPLE = Path.of("src/main/resources/scaffold/content");
    private final Path content;

    private Fixture(Path content) {
        this.content = content;
    }

    /** Copies the sample content into {@code dir}/content. */
    public static Fixture copy(Path dir) {
        Path content = dir.resolve("content");
        try (Stream<Path> files = Files.walk(SAMPLE)) {
            for (Path source : files.filter(Files::isRegularFile).toList()) {
                Path target = content.resolve(SAMPLE.relativize(source).toString());
                Files.createDirectories(target.getParent());
                Files.copy(source, target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Fixture(content);
    }

    public Path content() {
        return content;
    }

    public Path file(String relative) {
        return content.resolve(relative);
    }

    public Build.Options options(Path out) {
        return new Build.Options(content, Path.of("themes"), out);
    }

    /** Writes the whole file at once, as editors save, so a watcher never sees it half-written. */
    public Fixture write(String relative, String text) {
        try {
            Path target = file(relative);
            Files.createDirectories(target.getParent());
            Path temporary = target.resolveSibling("." + target.getFileName() + ".saving");
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Replaces text that must be there, so a test never silently edits nothing. */
    public Fixture replace(String relative, String from, String to) {
        String text = read(relative);
        if (!text.contains(from)) {
            throw new IllegalArgumentException(relative + " does not contain: " + from);
        }
        return write(relative, text.replace(from, to));
    }

    public String read(String relative) {
        try {
            return Files.readString(file(relative), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
