package org.prepbook.content;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.prepbook.diagnostics.ContentException;
import org.prepbook.diagnostics.Problem;

/**
 * Any content at all gives a handbook or a {@link ContentException}, never another exception.
 *
 * <p>An input is a content folder written as one text: each file starts with a line
 * {@code @@@ <folder>/<name>} ({@code @@@ site.yaml} for the site), so the seeds under
 * {@code ContentParserFuzzTestInputs/parse/} are readable and a finding is easy to turn into a
 * fixture. The seeds run with every {@code mvn test}; {@code .ci/fuzz content MINUTES} fuzzes.
 */
class ContentParserFuzzTest {
    private static final List<String> FOLDERS = List.of("stages", "questions", "asks", "backstory", "emails", "pages");

    @FuzzTest(maxDuration = "10m")
    void parse(byte[] input) {
        try {
            ContentParser.parse(sources(new String(input, StandardCharsets.UTF_8)));
        } catch (ContentException e) {
            // Drawing the report is part of the contract: every problem must format.
            for (Problem p : e.problems()) {
                p.format();
            }
        }
    }

    static ContentSources sources(String text) {
        Map<String, List<SourceFile>> files = new LinkedHashMap<>();
        FOLDERS.forEach(f -> files.put(f, new ArrayList<>()));
        SourceFile site = new SourceFile(Path.of("c/site.yaml"), "");
        String[] parts = ("\n" + text).split("\n@@@ ", -1);
        for (int i = 1; i < parts.length; i++) {
            int end = parts[i].indexOf('\n');
            String name = (end < 0 ? parts[i] : parts[i].substring(0, end)).strip();
            String body = end < 0 ? "" : parts[i].substring(end + 1);
            String folder = name.contains("/") ? name.substring(0, name.indexOf('/')) : "";
            if (name.equals("site.yaml")) {
                site = new SourceFile(Path.of("c/site.yaml"), body);
            } else if (files.containsKey(folder)) {
                // A name read from a folder holds neither a NUL nor a separator.
                String file = name.substring(folder.length() + 1).replaceAll("[\\x00/\\\\]", "_");
                files.get(folder).add(new SourceFile(Path.of("c", folder, file.isEmpty() ? "_" : file), body));
            }
        }
        return new ContentSources(site, files.get("stages"), files.get("questions"), files.get("asks"),
                files.get("backstory"), files.get("emails"), files.get("pages"));
    }
}
