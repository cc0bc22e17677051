package org.prepbook.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
        return new Fixture(Fixtures.copyTree(SAMPLE, dir.resolve("content")));
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
        Fixtures.write(file(relative), text);
        return this;
    }

    /** Replaces text that must be there, so a test never silently edits nothing. */
    public Fixture replace(String relative, String from, String to) {
        Fixtures.edit(file(relative), from, to);
        return this;
    }

    public String read(String relative) {
        try {
            return Files.readString(file(relative), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
