package org.prepbook.output;

import java.nio.file.Path;

/** An output seen from one of its folders: see {@link Output#under(String)}. */
record Subfolder(Output parent, String folder) implements Output {
    @Override
    public void write(String relativePath, byte[] bytes) {
        parent.write(folder + relativePath, bytes);
    }

    @Override
    public void copy(String relativePath, Path source) {
        parent.copy(folder + relativePath, source);
    }
}
