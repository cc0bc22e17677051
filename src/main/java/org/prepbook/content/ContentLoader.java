package org.prepbook.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.prepbook.diagnostics.Problems;
import org.prepbook.model.Handbook;
import org.prepbook.source.SourceText;
import org.prepbook.source.SourceTree;

/** Reads a content folder from disk; all interpretation happens in {@link ContentParser}. */
public final class ContentLoader {
    private ContentLoader() {
    }

    public static Handbook load(Path contentDir) {
        Problems problems = new Problems();
        Path siteFile = contentDir.resolve("site.yaml");
        if (!Files.isDirectory(contentDir)) {
            problems.add(contentDir, 1, 1, "content folder not found",
                    "pass the folder that holds site.yaml with --content, or run 'prepbook new' to create one");
            problems.throwIfAny();
        }
        if (!Files.isRegularFile(siteFile)) {
            problems.add(siteFile, 1, 1, "site.yaml not found",
                    "every content folder needs a site.yaml with at least title, organisation, base_url and categories");
            problems.throwIfAny();
        }
        SourceTree tree = SourceTree.of(contentDir, "the content folder");
        if (!tree.contains(siteFile, problems)) {
            problems.throwIfAny();
        }
        ContentSources sources = new ContentSources(
                read(siteFile, problems),
                readAll(tree, "stages", ".md", problems),
                readAll(tree, "questions", ".yaml", problems),
                readAll(tree, "asks", ".yaml", problems),
                readAll(tree, "backstory", ".yaml", problems),
                readAll(tree, "emails", ".md", problems),
                readAll(tree, "pages", ".md", problems));
        problems.throwIfAny();
        return ContentParser.parse(sources);
    }

    private static List<SourceFile> readAll(SourceTree tree, String folder, String extension, Problems problems) {
        List<Path> sorted = tree.list(tree.root().resolve(folder), problems);
        for (Path p : sorted) {
            String name = p.getFileName().toString();
            if (!name.endsWith(extension) && !name.startsWith(".") && (name.endsWith(".yml") || name.endsWith(".markdown"))) {
                problems.add(p, 1, 1, "file is ignored because of its extension", "rename it to end in '" + extension + "'");
            }
        }
        return sorted.stream()
                .filter(p -> p.getFileName().toString().endsWith(extension))
                .map(p -> read(p, problems))
                .toList();
    }

    // A file that cannot be read or decoded is reported and read as empty; the load stops before parsing.
    private static SourceFile read(Path path, Problems problems) {
        return new SourceFile(path, SourceText.read(path, problems).orElse(""));
    }
}
