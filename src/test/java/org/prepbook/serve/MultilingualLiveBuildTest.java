package org.prepbook.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prepbook.Build;
import org.prepbook.output.MemoryOutput;
import org.prepbook.testing.Fixtures;

/** {@code serve} on a handbook in several languages: each language keeps what it drew, and a rebuild equals a full build. */
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

    private static void assertSameAsFullBuild(Build.Options options, MemoryOutput incremental) {
        MemoryOutput full = new MemoryOutput();
        Build.render(options, full);
        assertEquals(full.files().keySet(), incremental.files().keySet());
        full.files().forEach((file, bytes) -> assertEquals(new String(bytes, StandardCharsets.UTF_8), incremental.text(file),
                "an incremental build equals a full build: " + file));
    }
}
