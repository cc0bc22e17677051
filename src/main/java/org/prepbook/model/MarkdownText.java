package org.prepbook.model;

import java.nio.file.Path;

/** Markdown source and where its first line sits in its file, so rendering problems point into the file. */
public record MarkdownText(String source, Path path, int line) {

    public boolean isBlank() {
        return source.isBlank();
    }
}
