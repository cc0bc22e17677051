package org.prepbook.packet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prepbook.testing.StaticServer;
import org.prepbook.profile.Profile;

class PdfPacketTest {
    private static final Path EVERY_SECTION = Path.of("src/test/resources/org/prepbook/packet/every-section.yaml");
    private static Profile early;
    private static Profile senior;
    private static byte[] earlyPdf;
    private static byte[] seniorPdf;

    @BeforeAll
    static void render() {
        early = Fixtures.profile("early-career.yaml", Fixtures.text(Fixtures.EARLY));
        senior = Fixtures.profile("senior.yaml", Fixtures.text(Fixtures.SENIOR));
        earlyPdf = Fixtures.make(early, Packets.Format.PDF).get("packet.pdf");
        seniorPdf = Fixtures.make(senior, PdfPacket.Paper.LETTER, Packets.Format.PDF).get("packet.pdf");
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void latinAndChineseNamesExtractAsWritten() throws IOException {
        String early = text(earlyPdf);
        assertTrue(early.contains("Zoë Łukasiewicz-Ngô"), early.substring(0, 300));
        assertTrue(early.contains("Tomasz Wiśniewski"));
        assertTrue(early.contains("office") || early.contains("Junior Data Analyst"));
        assertFalse(early.contains("###"));
        String senior = text(seniorPdf);
        assertTrue(senior.contains("王小明"), senior.substring(0, 300));
        assertFalse(senior.contains("###"));
    }

    @Test
    void hasOutlineWithEverySection() throws IOException {
        try (PDDocument doc = Loader.loadPDF(earlyPdf)) {
            List<String> titles = new ArrayList<>();
            for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
                titles.add(item.getTitle());
                assertNotNull(item.findDestinationPage(doc), item.getTitle());
            }
            assertEquals(List.of("Cover", "Waiting-room summary", "Timeline", "The recruiter phone screen, Tue, Dec 1, 2026",
                    "The hiring manager interview, Wed, Dec 9, 2026", "Question guide", "Backstory worksheet",
                    "Objections and counters", "Strengths and stories", "Emails to send", "Readiness"), titles);
        }
    }

    @Test
    void everyFontIsEmbeddedAsASubset() throws IOException {
        try (PDDocument doc = Loader.loadPDF(seniorPdf)) {
            List<String> names = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                PDResources res = page.getResources();
                for (COSName n : res.getFontNames()) {
                    PDFont font = res.getFont(n);
                    assertTrue(font.isEmbedded(), font.getName());
                    names.add(font.getName());
                }
            }
            assertTrue(names.stream().allMatch(n -> n.matches("[A-Z]{6}\\+.*")), names.toString());
            assertTrue(names.stream().anyMatch(n -> n.contains("DroidSansFallback")), names.toString());
            assertTrue(names.stream().anyMatch(n -> n.contains("DejaVuSans")), names.toString());
        }
        assertTrue(seniorPdf.length < 1_000_000, "subset fonts keep the PDF small: " + seniorPdf.length);
    }

    @Test
    void pageSizesAreA4OrLetter() throws IOException {
        try (PDDocument a4 = Loader.loadPDF(earlyPdf); PDDocument letter = Loader.loadPDF(seniorPdf)) {
            assertEquals(595.3, a4.getPage(0).getMediaBox().getWidth(), 0.5);
            assertEquals(841.9, a4.getPage(0).getMediaBox().getHeight(), 0.5);
            assertEquals(612, letter.getPage(0).getMediaBox().getWidth(), 0.5);
            assertEquals(792, letter.getPage(0).getMediaBox().getHeight(), 0.5);
        }
    }

    @Test
    void isTaggedWithTitleLanguageAndPageNumbers() throws IOException {
        try (PDDocument doc = Loader.loadPDF(earlyPdf)) {
            assertTrue(doc.getDocumentCatalog().getMarkInfo().isMarked());
            assertNotNull(doc.getDocumentCatalog().getStructureTreeRoot());
            assertEquals("en", doc.getDocumentCatalog().getLanguage());
            assertEquals("Interview prep packet for Zoë Łukasiewicz-Ngô", doc.getDocumentInformation().getTitle());
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            assertTrue(stripper.getText(doc).contains("Page 2 of " + doc.getNumberOfPages()));
        }
    }

    @Test
    void tableOfContentsLinksAreClickable() throws IOException {
        try (PDDocument doc = Loader.loadPDF(earlyPdf)) {
            long links = doc.getPage(0).getAnnotations().stream().filter(a -> a instanceof PDAnnotationLink).count();
            assertTrue(links >= 10, "links on the cover and contents page: " + links);
        }
    }

    @Test
    void rendererFetchesNothing(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("x.css"), "body { color: red; }");
        try (StaticServer server = new StaticServer(dir, "/s/")) {
            String html = "<html lang=\"en\"><head><title>t</title><link rel=\"stylesheet\" href=\"" + server.base() + "x.css\"/>"
                    + "<style>@import url(" + server.base() + "y.css); body { font-family: 'DejaVu Sans'; }</style></head>"
                    + "<body><p>Hello</p><img alt=\"x\" src=\"" + server.base() + "x.png\"/></body></html>";
            PdfPacket pdf = new PdfPacket(Fixtures.THEME);
            String text = text(pdf.render(html, "Cover", List.of(), Fixtures.TODAY, new PacketLocale("en", "ltr", PdfPacket.Paper.A4)));
            assertTrue(text.contains("Hello"));
            assertEquals(List.of(), server.requests());
        }
    }

    /** veraPDF's PDF/UA-1 profile: both examples, and a profile with every optional section filled in several scripts. */
    @Test
    void passesPdfUa1() {
        assertEquals(Map.of(), VeraPdf.failedRules(earlyPdf), "early-career");
        assertEquals(Map.of(), VeraPdf.failedRules(seniorPdf), "senior");
        Profile full = Fixtures.profile("every-section.yaml", Fixtures.text(EVERY_SECTION));
        assertEquals(Map.of(), VeraPdf.failedRules(Fixtures.make(full, Packets.Format.PDF).get("packet.pdf")), "every section");
    }

    @Test
    void paperComesFromTheProfileUnlessForced() throws IOException {
        Profile full = Fixtures.profile("every-section.yaml", Fixtures.text(EVERY_SECTION));
        try (PDDocument letter = Loader.loadPDF(Fixtures.make(full, Packets.Format.PDF).get("packet.pdf"));
             PDDocument a4 = Loader.loadPDF(Fixtures.make(full, PdfPacket.Paper.A4, Packets.Format.PDF).get("packet.pdf"))) {
            assertEquals(612, letter.getPage(0).getMediaBox().getWidth(), 0.5, "paper: letter in the profile");
            assertEquals(595.3, a4.getPage(0).getMediaBox().getWidth(), 0.5, "--paper a4 wins");
            assertEquals("en-GB", letter.getDocumentCatalog().getLanguage());
        }
    }

    @Test
    void pdfCssNamesTheFontsInTheirFallbackOrder() {
        String css = Fixtures.text(Path.of("themes/default/packet/pdf.css"));
        assertTrue(css.contains("body { font-family: " + PacketFonts.cssFamilies() + ";"), PacketFonts.cssFamilies());
    }

    @Test
    void sameInputGivesTheSameBytes() {
        assertArrayEquals(earlyPdf, Fixtures.make(early, Packets.Format.PDF).get("packet.pdf"));
    }
}
