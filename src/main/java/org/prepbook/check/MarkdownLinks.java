package org.prepbook.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.prepbook.model.Handbook;
import org.prepbook.model.MarkdownText;
import org.prepbook.model.Origin;

/**
 * Every link and image destination written in the handbook's Markdown, with the line it is on. A
 * broken link in a built page is traced back through this index: the same question's guidance
 * shows on several pages, but its mistake is on one line of one file.
 */
final class MarkdownLinks {
    // [text](dest "title"), ![alt](dest), [id]: dest, <https://…> and bare https://… autolinks.
    private static final Pattern DESTINATION = Pattern.compile(
            "\\]\\(\\s*<?([^)\\s>]+)|^\\s{0,3}\\[[^\\]]+\\]:\\s*<?([^\\s>]+)|<(https?://[^>\\s]+)>|(?<![(<\\w])(https?://[^\\s)<>\\]]+)",
            Pattern.MULTILINE);

    /** One destination as written, and where. */
    record Destination(String target, Origin at) {
    }

    private final List<Destination> destinations;

    private MarkdownLinks(List<Destination> destinations) {
        this.destinations = destinations;
    }

    static MarkdownLinks of(Handbook handbook) {
        List<Destination> all = new ArrayList<>();
        Stream.of(Stream.of(handbook.site().intro()),
                        handbook.stages().stream().map(s -> s.body()),
                        handbook.questions().stream().map(q -> q.guidance()),
                        handbook.emails().stream().map(e -> e.body()),
                        handbook.pages().stream().map(p -> p.body()))
                .flatMap(s -> s)
                .forEach(text -> scan(text, all));
        return new MarkdownLinks(List.copyOf(all));
    }

    /**
     * Where a link could have been written: as the root-absolute path of the page it leads to, or
     * exactly as it appears in the page (relative links are not rewritten).
     */
    List<Origin> find(String sitePath, String raw) {
        return destinations.stream()
                .filter(d -> d.target().equals(sitePath) || d.target().equals(raw))
                .map(Destination::at)
                .distinct()
                .toList();
    }

    // Markdown in a YAML block scalar has lost its indentation; the file's own line gives the true column.
    private static int column(Path path, int line, String target, int fallback) {
        try (Stream<String> lines = Files.lines(path)) {
            return lines.skip(line - 1L).findFirst().map(l -> l.indexOf(target)).filter(i -> i >= 0).map(i -> i + 1)
                    .orElse(fallback);
        } catch (IOException | UncheckedIOException e) {
            return fallback;
        }
    }

    private static void scan(MarkdownText text, List<Destination> out) {
        String source = text.source();
        Matcher m = DESTINATION.matcher(source);
        while (m.find()) {
            int group = m.group(1) != null ? 1 : m.group(2) != null ? 2 : m.group(3) != null ? 3 : 4;
            int at = m.start(group);
            int line = text.line();
            int lineStart = 0;
            for (int i = 0; i < at; i++) {
                if (source.charAt(i) == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            out.add(new Destination(m.group(group), new Origin(text.path(), line,
                    column(text.path(), line, m.group(group), at - lineStart + 1))));
        }
    }
}
