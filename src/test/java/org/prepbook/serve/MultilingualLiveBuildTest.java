package org.prepbook.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prepbook.Build;
import org.prepbook.content.MissingTranslations;
import org.prepbook.output.MemoryOutput;
import org.prepbook.testing.Fixtures;

/**
 * {@code serve} on a handbook in several languages: every language served, each keeping what it
 * drew, a rebuild equal to a full build, and the items a language lacks listed in the terminal.
 */
class MultilingualLiveBuildTest {
    @TempDir
    Path dir;

    @Test
    void redrawsOnlyWhatChangedInTheLanguageThatChanged() {
        Path site = Fixtures.copy("multilingual", dir);
        Build.Options options = new Build.Options(site, Fixtures.THEMES, dir.resolve("out"));
        LiveBuild live = new LiveBuild(options);
        LiveBuild.Outcome first = live.build();
        assertEquals(first.pages(), first.pagesDrawn());

        Fixtures.edit(site.resolve("languages/es/pages/about.md"), "escribió", "preparó");
        LiveBuild.Outcome second = live.build();
        assertEquals(1, second.pagesDrawn(), "only the edited Spanish page is drawn again");
        assertEquals(1, second.markdownRendered());
        assertTrue(second.site().text("es/about/index.html").contains("preparó"));
        assertSameAsFullBuild(options, second.site());

        // A question translated at last: its page in the other languages now leads to it.
        Fixtures.edit(site.resolve("languages/es/questions/motivation.yaml"), "no una sola cifra.\n",
                "no una sola cifra.\n- id: why-us\n  text: ¿Qué te atrae de este equipo?\n  category: motivation\n"
                        + "  stages: [phone-screen]\n  intent: Si conoces al equipo.\n  guidance: Menciona un proyecto suyo.\n");
        LiveBuild.Outcome third = live.build();
        assertTrue(third.site().text("questions/why-us/index.html").contains("href=\"../../es/questions/why-us/\""));
        assertSameAsFullBuild(options, third.site());
    }

    @Test
    void servesEveryLanguageAndListsWhatSpanishLacksInTheTerminalOnly() throws Exception {
        Path site = Fixtures.copy("multilingual", dir);
        StringWriter log = new StringWriter();
        try (LiveServer server = LiveServer.start(new Build.Options(site, Fixtures.THEMES, dir.resolve("out")),
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), new PrintWriter(log, true))) {
            HttpResponse<String> spanish = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(server.base() + "es/questions/salary-expectations/")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, spanish.statusCode());
            assertTrue(spanish.body().contains("¿Qué sueldo esperas?"));
            assertFalse(spanish.body().contains(Overlay.ID), "a missing translation is no problem for the panel");
        }
        assertTrue(log.toString().contains("question 'why-us' has no translation into Spanish (es)"), log.toString());
        assertTrue(log.toString().contains(MissingTranslations.summary(1)), log.toString());
    }

    private static void assertSameAsFullBuild(Build.Options options, MemoryOutput incremental) {
        MemoryOutput full = new MemoryOutput();
        Build.render(options, full);
        assertEquals(full.files().keySet(), incremental.files().keySet());
        full.files().forEach((file, bytes) -> assertEquals(new String(bytes, StandardCharsets.UTF_8), incremental.text(file),
                "an incremental build equals a full build: " + file));
    }
}
