package org.prepbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code packet}'s paper (the profile's locale unless {@code --paper}) and its warning about characters no PDF font has. */
class PacketPaperAndGlyphsTest {
    @TempDir
    Path tmp;

    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new String[] {String.valueOf(status), out.toString(), err.toString()};
    }

    private static float width(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return doc.getPage(0).getMediaBox().getWidth();
        }
    }

    @Test
    void americanProfileGetsLetterUnlessPaperSaysOtherwiseAndUnknownGlyphsAreWarnedAbout() throws IOException {
        String example = Files.readString(Path.of("examples/profiles/early-career.yaml"));
        Path profile = tmp.resolve("us.yaml");
        Files.writeString(profile, "language: en-US\n" + example.replace("name: Zoë Łukasiewicz-Ngô", "name: Zoë தமிழ்"));
        String[] r = run("packet", profile.toString(), "--out", tmp.resolve("a").toString(), "--format", "pdf", "--today", "2026-11-25");
        assertEquals("0", r[0], r[2]);
        assertEquals(612, width(tmp.resolve("a/us/packet.pdf")), 0.5, "Letter for en-US");
        assertTrue(r[2].contains(profile + ":6:3: warning: no font of the PDF packet can draw 'த' (U+0BA4)"), r[2]);
        assertTrue(r[2].contains("in candidate.name; the PDF prints # instead"), r[2]);
        r = run("packet", profile.toString(), "--out", tmp.resolve("b").toString(), "--format", "pdf", "--paper", "a4", "--today", "2026-11-25");
        assertEquals("0", r[0], r[2]);
        assertEquals(595.3, width(tmp.resolve("b/us/packet.pdf")), 0.5, "--paper a4 wins");
    }
}
