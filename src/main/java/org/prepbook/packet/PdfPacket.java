package org.prepbook.packet;

import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.prepbook.diagnostics.Problem;
import org.prepbook.profile.Profile;
import org.prepbook.render.Theme;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The packet as a tagged (PDF/UA) PDF with outline, page numbers and embedded font subsets, in any
 * script the theme's fonts cover ({@link PacketFonts}): ICU splits and reorders right-to-left runs
 * and joins Arabic letters; the text is stored in logical order, so it reads back as written.
 *
 * <p>Measured (docs/performance.md): font bytes are read once and shared by every render, the Latin
 * fonts have no GSUB table (a third of the render time, and ligatures that break text search),
 * and the font-metrics cache is shared. The renderer is denied every external resource: the packet
 * needs none, and a profile must never make it fetch one.
 */
public final class PdfPacket {

    public enum Paper {
        A4(210f, 297f), LETTER(215.9f, 279.4f);

        final float widthMm;
        final float heightMm;

        Paper(float widthMm, float heightMm) {
            this.widthMm = widthMm;
            this.heightMm = heightMm;
        }
    }

    private final PacketFonts fonts;
    private final GlyphCheck glyphs;
    private final ShapedText shaped;
    private final FSCacheEx<String, FSCacheValue> metrics = new FSDefaultCacheStore();

    static {
        // openhtmltopdf logs every CSS property it does not know to java.util.logging; a batch would drown in them.
        XRLog.setLoggingEnabled(false);
    }

    /** @param theme the theme whose {@code packet/fonts/} holds every file of {@link PacketFonts#FONTS} */
    public PdfPacket(Theme theme) {
        this.fonts = new PacketFonts(theme);
        this.glyphs = new GlyphCheck(fonts);
        this.shaped = new ShapedText(fonts);
        ThemeFontMapper.install(fonts.first());
    }

    /** The profile's values with characters no font of the packet has, one warning per field. */
    public List<Problem> glyphWarnings(Profile profile) {
        return glyphs.warnings(profile);
    }

    /**
     * Renders {@code html} on {@code locale}'s paper, right to left when its direction is;
     * {@code cover}, then {@code bookmarks}, become the PDF outline; {@code date} is written as the
     * creation date, so the same input makes the same file.
     */
    public byte[] render(String html, String cover, List<PacketView.TocEntry> bookmarks, LocalDate date, PacketLocale locale) {
        Document doc = new W3CDom().fromJsoup(Jsoup.parse(html));
        addBookmarks(doc, cover, bookmarks);
        List<String> linkTexts = PdfAccessibility.linkTexts(doc);
        var runs = shaped.runs(doc);
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .useFastMode()
                .usePdfUaAccessibility(true)
                .useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory())
                .useUnicodeBidiReorderer(new ICUBidiReorderer())
                .defaultTextDirection(locale.rightToLeft() ? BaseRendererBuilder.TextDirection.RTL : BaseRendererBuilder.TextDirection.LTR)
                .useDefaultPageSize(locale.paper().widthMm, locale.paper().heightMm, BaseRendererBuilder.PageSizeUnits.MM)
                .useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, metrics)
                .useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                .useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                .withProducer("prepbook")
                .withW3cDocument(doc, "about:blank");
        for (PacketFonts.Loaded f : fonts.fonts()) {
            builder.useFont(() -> new ByteArrayInputStream(f.bytes()), f.font().family(), f.font().weight(),
                    BaseRendererBuilder.FontStyle.NORMAL, true);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.createPDFWithoutClosing();
            PDDocument pdf = renderer.getPdfDocument();
            PdfAccessibility.describeLinks(pdf, linkTexts);
            Map<String, Set<Integer>> shapedGlyphs = shaped.markRuns(pdf, runs);
            PDDocumentInformation info = pdf.getDocumentInformation();
            Calendar when = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
            when.clear();
            when.set(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth());
            info.setCreationDate(when);
            info.setModificationDate(when);
            // PDFBox derives the file identifier from the clock unless given a seed.
            long id = (long) html.hashCode() * 31 + date.toEpochDay();
            pdf.setDocumentId(id);
            pdf.save(out);
            if (!shapedGlyphs.isEmpty()) {
                // PDFBox writes each font's /ToUnicode when it subsets the font on save; only then can it be replaced.
                try (PDDocument saved = Loader.loadPDF(out.toByteArray())) {
                    shaped.writeToUnicode(saved, shapedGlyphs);
                    saved.setDocumentId(id);
                    out.reset();
                    saved.save(out);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** openhtmltopdf reads the outline from {@code <bookmarks>} in the head, which HTML parsers would move. */
    private static void addBookmarks(Document doc, String coverLabel, List<PacketView.TocEntry> entries) {
        Element head = (Element) doc.getElementsByTagName("head").item(0);
        Element bookmarks = doc.createElement("bookmarks");
        Element cover = doc.createElement("bookmark");
        cover.setAttribute("name", coverLabel);
        cover.setAttribute("href", "#cover");
        bookmarks.appendChild(cover);
        for (PacketView.TocEntry e : entries) {
            Element b = doc.createElement("bookmark");
            b.setAttribute("name", e.label());
            b.setAttribute("href", "#" + e.anchor());
            bookmarks.appendChild(b);
        }
        head.appendChild(bookmarks);
    }
}
