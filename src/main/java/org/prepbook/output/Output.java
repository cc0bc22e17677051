package org.prepbook.output;

import java.nio.file.Path;

/** Where rendered files go: a folder on disk, or memory in tests. Implementations are thread-safe. */
public interface Output {

    /** Writes {@code bytes} to {@code relativePath} (forward slashes), creating parent folders. */
    void write(String relativePath, byte[] bytes);

    /** Copies a file as it is, e.g. a theme asset. */
    void copy(String relativePath, Path source);
}
