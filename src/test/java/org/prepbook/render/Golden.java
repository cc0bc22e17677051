package org.prepbook.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Golden files of rendered pages, compared after Jsoup normalises them (so whitespace in templates
 * does not matter, structure and text do). Run with {@code -Dgolden.update=true} to rewrite them
 * after an intended change, then review the diff.
 */
final class Golden {
    private static final Path ROOT = Path.of("src/test/resources/golden");

    private Golden() {
    }

    static void assertMatches(String name, String html) throws IOException {
        Path file = ROOT.resolve(name);
        String actual = normalise(html);
        if (Boolean.getBoolean("golden.update") || !Files.exists(file)) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, actual);
            if (!Boolean.getBoolean("golden.update")) {
                throw new AssertionError("golden file " + file + " was missing and has been written; review and commit it");
            }
            return;
        }
        assertEquals(Files.readString(file), actual, () -> name + " differs from its golden file " + file
                + " (run with -Dgolden.update=true after an intended change)");
    }

    private static String normalise(String html) {
        Document doc = Jsoup.parse(html);
        doc.outputSettings().prettyPrint(true).indentAmount(1);
        return doc.outerHtml() + "\n";
    }
}
