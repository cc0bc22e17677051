package org.prepbook.content;

import java.util.Optional;
import org.prepbook.diagnostics.Problems;

/**
 * A Markdown file split into its YAML front matter and its body.
 *
 * @param yamlLineOffset lines before the YAML (the opening {@code ---}), to locate YAML errors in the file
 * @param bodyLine       the file's line number of the body's first line
 */
public record FrontMatter(String yaml, int yamlLineOffset, String body, int bodyLine) {

    /** Splits {@code file}, or reports why it cannot and returns empty. */
    public static Optional<FrontMatter> split(SourceFile file, Problems problems) {
        String text = file.text().replace("\r\n", "\n");
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (!text.startsWith("---\n")) {
            problems.add(file.path(), 1, 1, "missing front matter",
                    "start the file with a line '---', the YAML fields, then another line '---' before the Markdown");
            return Optional.empty();
        }
        int end = text.indexOf("\n---\n", 3);
        boolean endsAtEof = end < 0 && text.endsWith("\n---");
        if (end < 0 && !endsAtEof) {
            problems.add(file.path(), 1, 1, "front matter is never closed",
                    "add a line '---' after the last YAML field, before the Markdown");
            return Optional.empty();
        }
        if (endsAtEof) {
            end = text.length() - 4;
        }
        String yaml = text.substring(4, end + 1);
        String body = endsAtEof ? "" : text.substring(end + 5);
        int bodyLine = 2 + (int) yaml.chars().filter(c -> c == '\n').count() + 1;
        return Optional.of(new FrontMatter(yaml, 1, body, bodyLine));
    }
}
