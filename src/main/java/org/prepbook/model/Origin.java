package org.prepbook.model;

import java.nio.file.Path;

/** Where an item was defined (its id, or the file's start), so later checks can point back at the source. */
public record Origin(Path path, int line, int column) {

    @Override
    public String toString() {
        return path + ":" + line + ":" + column;
    }
}
