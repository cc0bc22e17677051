package org.prepbook.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.prepbook.markdown.Fragment;
import org.prepbook.model.Origin;
import org.prepbook.render.MarkdownHtml;

/**
 * Every link and image destination written in the handbook's Markdown, as the fragments' parse
 * trees found them, by target. A broken link in a built page is traced back through this index: the
 * same question's guidance shows on several pages, but its mistake is on one line of one file.
 */
final class MarkdownLinks {
    /** A destination's place among all of them, so that lookups answer in the order they were written. */
    private record Written(int order, String target, Origin at) {
    }

    private final Map<String, List<Written>> byTarget = new HashMap<>();
    private final Map<Path, List<String>> fileLines = new ConcurrentHashMap<>();
    private final Set<Origin> located = ConcurrentHashMap.newKeySet();

    private MarkdownLinks(MarkdownHtml markdown) {
        int order = 0;
        for (Fragment fragment : markdown.all()) {
            for (Fragment.Link link : fragment.links()) {
                byTarget.computeIfAbsent(link.target(), t -> new ArrayList<>()).add(new Written(order++, link.target(), link.at()));
            }
        }
    }

    static MarkdownLinks of(MarkdownHtml markdown) {
        return new MarkdownLinks(markdown);
    }

    /**
     * Where a link could have been written: as the root-absolute path of the page it leads to, or
     * exactly as it appears in the page (relative links are not rewritten).
     */
    List<Origin> find(String sitePath, String raw) {
        Stream<Written> written = byTarget.getOrDefault(sitePath, List.of()).stream();
        if (!raw.equals(sitePath)) {
            written = Stream.concat(written, byTarget.getOrDefault(raw, List.of()).stream());
        }
        return written.sorted(Comparator.comparingInt(Written::order))
                .map(this::inFile)
                .distinct()
                .toList();
    }

    // Markdown in a YAML block scalar has lost its indentation, so the Markdown's column is too far
    // left: the target's place in the file's own line, from there on, is the true column. Each file
    // is read once, and only for a link that is reported.
    private Origin inFile(Written written) {
        Origin at = written.at();
        List<String> lines = fileLines.computeIfAbsent(at.path(), MarkdownLinks::lines);
        if (at.line() < 1 || at.line() > lines.size()) {
            return at;
        }
        String line = lines.get(at.line() - 1);
        int found = line.indexOf(written.target(), at.column() - 1);
        Origin exact = found < 0 ? at : new Origin(at.path(), at.line(), found + 1);
        located.add(exact);
        return exact;
    }

    /** The source line of a place {@link #find} answered with, to show under the message; empty for any other place. */
    Optional<String> quote(Origin at) {
        if (!located.contains(at)) {
            return Optional.empty();
        }
        List<String> lines = fileLines.getOrDefault(at.path(), List.of());
        return at.line() <= lines.size() && !lines.get(at.line() - 1).isBlank() ? Optional.of(lines.get(at.line() - 1))
                : Optional.empty();
    }

    private static List<String> lines(Path path) {
        try (Stream<String> lines = Files.lines(path)) {
            return lines.toList();
        } catch (IOException | UncheckedIOException e) {
            return List.of();
        }
    }
}
