package org.prepbook.content;

import java.util.List;

/** The raw files of a content folder, grouped by type and sorted by path so every build reads them in one order. */
public record ContentSources(SourceFile site, List<SourceFile> stages, List<SourceFile> questions,
                             List<SourceFile> asks, List<SourceFile> backstory, List<SourceFile> emails,
                             List<SourceFile> pages) {
}
