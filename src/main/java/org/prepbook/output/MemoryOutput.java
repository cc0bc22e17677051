package org.prepbook.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;

/** Keeps written files in memory, for tests that never need the disk. */
public final class MemoryOutput implements Output {
    private final Map<String, byte[]> files = new ConcurrentSkipListMap<>();

    @Override
    public void write(String relativePath, byte[] bytes) {
        if (files.putIfAbsent(relativePath, bytes) != null) {
            throw new IllegalStateException("two pages write " + relativePath);
        }
    }

    @Override
    public void copy(String relativePath, Path source) {
        try {
            write(relativePath, Files.readAllBytes(source));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public SortedMap<String, byte[]> files() {
        return new TreeMap<>(files);
    }

    public String text(String relativePath) {
        byte[] bytes = files.get(relativePath);
        if (bytes == null) {
            throw new IllegalArgumentException("not written: " + relativePath + "; written: " + files.keySet());
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
