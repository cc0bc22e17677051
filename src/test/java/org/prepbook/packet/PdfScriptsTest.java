package org.prepbook.packet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.Bidi;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.prepbook.diagnostics.Problem;
import org.prepbook.profile.Profile;

/** Packets for names in scripts beyond Latin: real glyphs, joined and ordered, text that reads back as written, PDF/UA kept. */
class PdfScriptsTest {
    static final String ARABIC = "ليلى عبد الرحمن";
    static final String HINDI = "अनन्या शर्मा";

    /** The early-career example with another candidate name, and {@code extra} lines before it. */
    static Profile named(String name, String extra) {
        String yaml = Fixtures.text(Fixtures.EARLY).replace("name: Zoë Łukasiewicz-Ngô", "name: " + name);
        return Fixtures.profile("named.yaml", extra + yaml);
    }

    static byte[] pdf(Profile p) {
        return Fixtures.make(p, Packets.Format.PDF).get("packet.pdf");
    }

    private static String words(String text) {
        return text.replaceAll("\\s+", " ");
    }

    private static List<String> fontNames(byte[] pdf) throws IOException {
        List<String> names = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                for (COSName n : page.getResources().getFontNames()) {
                    names.add(page.getResources().getFont(n).getName());
                }
            }
        }
        return names;
    }

    /**
     * Every script's name comes back from the PDF in the order it was written, drawn with the font
     * meant for it, no character replaced by {@code #}, and the packet still passes PDF/UA-1.
     * Arabic, Hebrew, Persian and Chinese read back with PDFBox's plain extraction; Devanagari,
     * whose glyphs PDFBox reorders when it shapes them, through the /ActualText that PDF readers use.
     */
    @ParameterizedTest
    @CsvSource({
            "ليلى عبد الرحمن, NotoSansArabic, true",
            "پریسا گلزاری, NotoSansArabic, true",
            "נועה בן דוד, NotoSansHebrew, true",
            "王小明, DroidSansFallback, true",
            "अनन्या शर्मा, NotoSansDevanagari, false"})
    void nameReadsBackInLogicalOrderWithItsOwnFont(String name, String font, boolean plainExtraction) throws IOException {
        Profile profile = named(name, "");
        byte[] pdf = pdf(profile);
        String logical = words(LogicalText.of(pdf));
        assertTrue(logical.contains("INTERVIEW PREP PACKET " + name + " Junior Data Analyst"), logical.substring(0, 200));
        if (plainExtraction) {
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                assertTrue(words(new PDFTextStripper().getText(doc)).contains(name));
            }
        }
        assertFalse(logical.contains("#"), "no character was replaced by #");
        assertTrue(fontNames(pdf).stream().anyMatch(n -> n.matches("[A-Z]{6}\\+" + font + ".*")), fontNames(pdf).toString());
        assertEquals(List.of(), new PdfPacket(Fixtures.THEME).glyphWarnings(profile));
        assertEquals(Map.of(), VeraPdf.failedRules(pdf));
    }

    @Test
    void devanagariIsShapedAndEveryGlyphHasItsCharacters() throws IOException {
        byte[] pdf = pdf(named(HINDI, ""));
        // Without the ActualText, the glyphs still map to characters: the conjunct न्य to its three.
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertTrue(new PDFTextStripper().getText(doc).contains("अनन्या"));
        }
        // Saved twice (the /ToUnicode maps are replaced after subsetting), still the same bytes every time.
        assertArrayEquals(pdf, pdf(named(HINDI, "")));
    }

    @Test
    void profileLanguageSetsLangAndDirection() throws IOException {
        Profile arabic = named(ARABIC, "language: ar-EG\n");
        Map<String, byte[]> made = Fixtures.make(arabic, Packets.Format.HTML, Packets.Format.PDF);
        String html = new String(made.get("packet.html"), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(html.contains("<html lang=\"ar-EG\" dir=\"rtl\">"), html.substring(0, 120));
        try (PDDocument doc = Loader.loadPDF(made.get("packet.pdf"))) {
            assertEquals("ar-EG", doc.getDocumentCatalog().getLanguage());
        }
        assertTrue(words(LogicalText.of(made.get("packet.pdf"))).contains(ARABIC));
        assertEquals(Map.of(), VeraPdf.failedRules(made.get("packet.pdf")));
        String english = new String(Fixtures.make(named(ARABIC, ""), Packets.Format.HTML).get("packet.html"),
                java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(english.contains("<html lang=\"en\" dir=\"ltr\">"), "an Arabic name alone does not make an English handbook's packet Arabic");
    }

    @Test
    void characterNoFontHasIsAWarningNamingTheField() throws IOException {
        // Tamil: none of the bundled fonts has it.
        String tamil = "தமிழ்";
        String yaml = Fixtures.text(Fixtures.EARLY).replace("title: Analytics Lead", "title: " + tamil + " Lead");
        Profile profile = Fixtures.profile("tamil.yaml", yaml);
        List<Problem> warnings = new PdfPacket(Fixtures.THEME).glyphWarnings(profile);
        assertEquals(1, warnings.size(), warnings.toString());
        String w = warnings.get(0).format();
        assertTrue(w.contains("interviews[1].interviewers[0].title"), w);
        assertTrue(w.contains("'த' (U+0BA4)") && w.contains("'ம' (U+0BAE)") && w.contains("'ி' (U+0BBF)"), w);
        assertTrue(w.startsWith("tamil.yaml:"), w);
        // The warning is true: the PDF really prints # there.
        String text = words(LogicalText.of(pdf(profile)));
        assertTrue(text.contains("##### Lead"), text);
    }

    @Test
    void warningOnAMarkdownAnswerPointsAtItsLine() {
        Profile profile = Fixtures.profile("b.yaml", Fixtures.text(Fixtures.EARLY).replace("I worked **20 hours", "ஆ I worked **20 hours"));
        List<Problem> warnings = new PdfPacket(Fixtures.THEME).glyphWarnings(profile);
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).message().contains("in backstory[paying-for-school]"), warnings.get(0).message());
        assertEquals(56, warnings.get(0).line(), "the line of 'answer:'");
    }

    /** Page {@code n} of {@code pdf} as PDF readers extract it. */
    private static String page(byte[] pdf, int n) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            LogicalText text = new LogicalText();
            text.setStartPage(n);
            text.setEndPage(n);
            return text.getText(doc);
        }
    }

    private static int pages(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        }
    }

    /**
     * The footer in the handbook's words, in their order, with its digits; the contents with a dot
     * leader and a page number on every entry, right to left too (where openhtmltopdf cannot draw a
     * leader in a right-to-left line, pdf.css lays each entry out in a left-to-right one).
     */
    @ParameterizedTest
    @CsvSource({
            "ar, 'الصفحة ٢ من ', '', ملخص قبل الدخول, ٢",
            "zh, '第 2 页，共 ', ' 页', 候场速览, 2",
            "hi, '', ' में से पृष्ठ 2', इंटरव्यू से पहले एक नज़र, 2"})
    void pagesAreNumberedInTheHandbooksLanguage(String language, String before, String after, String summary, String two)
            throws IOException {
        byte[] pdf = Fixtures.makeIn(language, named(ARABIC, ""), Packets.Format.PDF).get("packet.pdf");
        String count = Fixtures.THEME.in(language).messages().number(pages(pdf));
        String footer = before.isEmpty() ? count + after : before + count;
        if (language.equals("ar")) {
            // A margin box's text is stored as drawn, in visual order (a pagination artifact, which readers skip).
            footer = new Bidi(footer, Bidi.RTL).writeReordered(Bidi.DO_MIRRORING);
        }
        String second = words(page(pdf, 2));
        assertTrue(second.contains(footer), footer + " in: " + second);
        assertFalse(words(page(pdf, 1)).contains(footer), "no footer on the cover");
        // Devanagari extracts with spaces inside words: lines are compared without any.
        String contents = page(pdf, 1).lines().map(l -> l.replaceAll("\\s+", ""))
                .filter(l -> l.contains(summary.replaceAll("\\s+", ""))).findFirst().orElse("");
        assertTrue(contents.matches(".*\\.{20,}.*") && contents.matches(".*(^|\\D)" + two + "(\\D|$).*"),
                "leader and page number: " + contents);
        assertEquals(Map.of(), VeraPdf.failedRules(pdf));
    }
}

