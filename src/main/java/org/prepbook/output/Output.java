package org.prepbook.output;

import java.nio.file.Path;

/** Where rendered files go: a folder on disk, or memory in tests. Implementations are thread-safe. */
public interface Output {

    /** Writes {@code bytes} to {@code relativePath} (forward slashes), creating parent folders. */
    void write(String relativePath, byte[] bytes);

    /** Copies a file as it is, e.g. a theme asset. */
    void copy(String relativePath, Path source);

    /**
     * This output seen from {@code folder} (empty, or ending in {@code /}): a file written as
     * {@code a/index.html} lands in {@code folder/a/index.html}. A handbook's other languages are
     * written this way, each into its own folder.
     */
    default Output under(String folder) {
        return folder.isEmpty() ? this : new Subfolder(this, folder);
    }
}
