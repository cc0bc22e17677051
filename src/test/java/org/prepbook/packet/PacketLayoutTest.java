package org.prepbook.packet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.prepbook.profile.Profile;

/** The printed pages, read back from the PDF: the summary keeps to one page, each checklist to its sheet's page. */
class PacketLayoutTest {
    private static List<String> pages(Profile p) throws IOException {
        byte[] pdf = Fixtures.make(p, Packets.Format.PDF).get("packet.pdf");
        List<String> pages = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                pages.add(stripper.getText(doc).replaceAll("\\s+", " "));
            }
        }
        return pages;
    }

    private static int pageOf(List<String> pages, String text) {
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).contains(text)) {
                return i;
            }
        }
        throw new AssertionError("not in the PDF: " + text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"early", "senior"})
    void theSummaryIsOnePageAndEachChecklistPrintsWhole(String name) throws IOException {
        Profile p = PacketTextTest.profile(name);
        List<String> pages = pages(p);
        int summary = pageOf(pages, "Waiting-room summary One page");
        String timeline = Fixtures.THEME.messages().text("packet.timeline.caption").substring(0, 25);
        assertEquals(summary + 1, pageOf(pages, timeline), "the page after the summary starts the timeline");
        String lastConcern = p.concerns().get(p.concerns().size() - 1).counter();
        assertEquals(summary, pageOf(pages, lastConcern.substring(0, 30)), "the summary's last line is on its page");
        for (Profile.Interview iv : p.interviews()) {
            String stage = Fixtures.HANDBOOK.stages().stream().filter(s -> s.id().equals(iv.stage())).findFirst().orElseThrow().title();
            int heading = pageOf(pages, "Checklist for the day: " + stage);
            String thanks = "send them by";
            assertTrue(pages.get(heading).substring(pages.get(heading).indexOf("Checklist for the day: " + stage)).contains(thanks),
                    "the checklist of " + stage + " ends on the page it starts on");
        }
    }

    /** The size of the largest glyph on the last line of text above the page number, page by page. */
    private static List<Float> lastLineSizes(byte[] pdf) throws IOException {
        List<Float> sizes = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                List<TextPosition> glyphs = new ArrayList<>();
                PDFTextStripper stripper = new PDFTextStripper() {
                    @Override
                    protected void processTextPosition(TextPosition text) {
                        glyphs.add(text);
                    }
                };
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                stripper.getText(doc);
                float footer = doc.getPage(i - 1).getMediaBox().getHeight() - 20 * 72 / 25.4f;
                List<TextPosition> body = glyphs.stream().filter(g -> g.getYDirAdj() < footer && !g.getUnicode().isBlank()).toList();
                float last = (float) body.stream().mapToDouble(TextPosition::getYDirAdj).max().orElse(0);
                sizes.add((float) body.stream().filter(g -> Math.abs(g.getYDirAdj() - last) < 2)
                        .mapToDouble(TextPosition::getFontSizeInPt).max().orElse(0));
            }
        }
        return sizes;
    }

    @ParameterizedTest
    @ValueSource(strings = {"early", "senior", "full"})
    void noPageEndsWithAHeading(String name) throws IOException {
        byte[] pdf = Fixtures.make(PacketTextTest.profile(name), Packets.Format.PDF).get("packet.pdf");
        List<Float> sizes = lastLineSizes(pdf);
        List<Integer> ending = new ArrayList<>();
        for (int i = 0; i < sizes.size(); i++) {
            // Body text is 10 pt; the packet's headings are 11 pt and larger.
            if (sizes.get(i) > 10.6f) {
                ending.add(i + 1);
            }
        }
        assertEquals(List.of(), ending, "pages whose last line is a heading; last-line sizes: " + sizes);
    }

    @ParameterizedTest
    @ValueSource(strings = {"early", "senior", "full"})
    void noPageIsNearlyEmpty(String name) throws IOException {
        byte[] pdf = Fixtures.make(PacketTextTest.profile(name), Packets.Format.PDF).get("packet.pdf");
        List<String> near = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            // The last page ends the packet wherever it ends; every other page is at least a quarter full.
            for (int i = 1; i < doc.getNumberOfPages(); i++) {
                List<TextPosition> glyphs = new ArrayList<>();
                PDFTextStripper stripper = new PDFTextStripper() {
                    @Override
                    protected void processTextPosition(TextPosition text) {
                        glyphs.add(text);
                    }
                };
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                stripper.getText(doc);
                float height = doc.getPage(i - 1).getMediaBox().getHeight();
                float footer = height - 20 * 72 / 25.4f;
                double bottom = glyphs.stream().filter(g -> g.getYDirAdj() < footer).mapToDouble(TextPosition::getYDirAdj)
                        .max().orElse(0);
                if (bottom < height * 0.25) {
                    near.add("page " + i + " ends " + Math.round(100 * bottom / height) + "% down");
                }
            }
        }
        assertEquals(List.of(), near);
    }
}
