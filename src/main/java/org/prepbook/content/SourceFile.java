package org.prepbook.content;

import java.nio.file.Path;

/** A content file's path (as the user will see it in messages) and its text. */
public record SourceFile(Path path, String text) {
}
