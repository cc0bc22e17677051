package org.prepbook.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prepbook.Build;
import org.prepbook.packet.Fixtures;
import org.prepbook.packet.Packets;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/**
 * Every page prepbook writes is valid HTML by the Nu HTML Checker, the validator behind
 * validator.w3.org/nu, run here as a library: the shipped handbook, a fixture site, and the HTML
 * packets of both example profiles. Errors fail the test; warnings are the checker's advice and
 * are not counted (as with its {@code --errors-only}).
 */
class MarkupTest {
    @TempDir
    static Path dir;
    static SimpleDocumentValidator checker;
    static final Errors errors = new Errors();

    @BeforeAll
    static void startTheChecker() throws Exception {
        // No language detection: it guesses from a few words and warns, which is advice, not an error.
        checker = new SimpleDocumentValidator(true, false, false);
        checker.setUpMainSchema("http://s.validator.nu/html5-all.rnc", errors);
        checker.setUpValidatorAndParsers(errors, false, false);
    }

    @Test
    void everyPageOfTheShippedHandbookIsValid() throws Exception {
        assertValid(build(Path.of("content"), "shipped"), 20);
    }

    @Test
    void everyPageOfAFixtureSiteIsValid() throws Exception {
        assertValid(build(org.prepbook.testing.Fixtures.site("minimal"), "minimal"), 5);
    }

    @Test
    void bothExamplePacketsAreValid() throws Exception {
        Path packets = Files.createDirectories(dir.resolve("packets"));
        for (Path profile : List.of(Fixtures.EARLY, Fixtures.SENIOR)) {
            byte[] html = Fixtures.make(Fixtures.profile(profile.getFileName().toString(), Fixtures.text(profile)),
                    Packets.Format.HTML).get("packet.html");
            Files.write(packets.resolve(profile.getFileName() + ".html"), html);
        }
        assertValid(packets, 2);
    }

    private static Path build(Path content, String name) throws Exception {
        Path site = dir.resolve(name);
        Build.run(new Build.Options(content, org.prepbook.testing.Fixtures.THEMES, site));
        return site;
    }

    private static void assertValid(Path folder, int atLeast) throws Exception {
        List<Path> pages;
        try (Stream<Path> files = Files.walk(folder)) {
            pages = files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
        }
        assertTrue(pages.size() >= atLeast, "found only " + pages.size() + " pages in " + folder);
        List<String> found;
        synchronized (errors) {
            errors.found.clear();
            for (Path page : pages) {
                checker.checkHtmlFile(page.toFile(), true);
            }
            found = List.copyOf(errors.found);
        }
        assertEquals(List.of(), found, found.size() + " markup errors in " + pages.size() + " pages");
    }

    /** Collects the checker's errors as {@code file:line:col: message}. */
    private static final class Errors implements ErrorHandler {
        final List<String> found = new ArrayList<>();

        @Override
        public void warning(SAXParseException e) {
        }

        @Override
        public void error(SAXParseException e) {
            found.add(describe(e));
        }

        @Override
        public void fatalError(SAXParseException e) {
            found.add(describe(e));
        }

        private static String describe(SAXParseException e) {
            String file = e.getSystemId() == null ? "?" : e.getSystemId().replaceFirst(".*/(?=[^/]+/[^/]+$)", "");
            return file + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage();
        }
    }
}
