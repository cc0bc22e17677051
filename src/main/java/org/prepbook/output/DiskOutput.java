package org.prepbook.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/** Writes into a folder on disk; refuses paths that would escape it. */
public final class DiskOutput implements Output {
    private final Path root;

    public DiskOutput(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public void write(String relativePath, byte[] bytes) {
        Path target = resolve(relativePath);
        try {
            Files.createDirectories(target.getParent());
            // CREATE_NEW: two pages claiming one file is a bug we want to hear about, not a silent overwrite.
            Files.write(target, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void copy(String relativePath, Path source) {
        Path target = resolve(relativePath);
        try {
            Files.createDirectories(target.getParent());
            Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path resolve(String relativePath) {
        return inside(root, relativePath);
    }

    /** {@code relativePath} under {@code root}, refused when it would leave it. */
    static Path inside(Path root, String relativePath) {
        Path target = root.resolve(relativePath).normalize();
        if (!target.startsWith(root) || target.equals(root)) {
            throw new IllegalArgumentException("refusing to write outside the output folder: " + relativePath);
        }
        return target;
    }
}
