package org.prepbook.packet;

import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.prepbook.render.Theme;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The packet as a tagged (PDF/UA) PDF with outline, page numbers and embedded font subsets.
 *
 * <p>Measured (docs/performance.md): font bytes are read once and shared by every render, the
 * fonts have no GSUB table (a third of the render time, and ligatures that break text search),
 * and the font-metrics cache is shared. The renderer is denied every external resource: the packet
 * needs none, and a profile must never make it fetch one.
 */
public final class PdfPacket {
    /** A font of the theme, registered under {@code family}. */
    public record Font(String file, String family, int weight) {
    }

    /** The fonts the default theme ships, in {@code packet/fonts/}; see its README for their licences. */
    public static final List<Font> FONTS = List.of(
            new Font("DejaVuSans.ttf", "DejaVu Sans", 400),
            new Font("DejaVuSans-Bold.ttf", "DejaVu Sans", 700),
            new Font("DroidSansFallbackFull.ttf", "Droid Sans Fallback", 400));

    public enum Paper {
        A4(210f, 297f), LETTER(215.9f, 279.4f);

        final float widthMm;
        final float heightMm;

        Paper(float widthMm, float heightMm) {
            this.widthMm = widthMm;
            this.heightMm = heightMm;
        }
    }

    private record LoadedFont(Font font, byte[] bytes) {
    }

    private final List<LoadedFont> fonts;
    private final FSCacheEx<String, FSCacheValue> metrics = new FSDefaultCacheStore();
    private final Paper paper;

    static {
        // openhtmltopdf logs every CSS property it does not know to java.util.logging; a batch would drown in them.
        XRLog.setLoggingEnabled(false);
    }

    /** @param theme the theme whose {@code packet/fonts/} holds every file of {@link #FONTS} */
    public PdfPacket(Theme theme, Paper paper) {
        this.paper = paper;
        this.fonts = FONTS.stream().map(f -> {
            String file = "packet/fonts/" + f.file();
            try {
                return new LoadedFont(f, Files.readAllBytes(theme.file(file)
                        .orElseThrow(() -> new IllegalStateException("the theme has no " + file))));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the theme's " + file, e);
            }
        }).toList();
        ThemeFontMapper.install(fonts.get(0).bytes());
    }

    public Paper paper() {
        return paper;
    }

    /**
     * Renders {@code html}; {@code bookmarks} become the PDF outline; {@code date} is written as the
     * creation date, so the same input makes the same file.
     */
    public byte[] render(String html, List<PacketView.TocEntry> bookmarks, LocalDate date) {
        Document doc = new W3CDom().fromJsoup(Jsoup.parse(html));
        addBookmarks(doc, bookmarks);
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .useFastMode()
                .usePdfUaAccessibility(true)
                .useDefaultPageSize(paper.widthMm, paper.heightMm, BaseRendererBuilder.PageSizeUnits.MM)
                .useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, metrics)
                .useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                .useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                .withProducer("prepbook")
                .withW3cDocument(doc, "about:blank");
        for (LoadedFont f : fonts) {
            builder.useFont(() -> new ByteArrayInputStream(f.bytes()), f.font().family(), f.font().weight(),
                    BaseRendererBuilder.FontStyle.NORMAL, true);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.createPDFWithoutClosing();
            PDDocument pdf = renderer.getPdfDocument();
            PDDocumentInformation info = pdf.getDocumentInformation();
            Calendar when = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
            when.clear();
            when.set(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth());
            info.setCreationDate(when);
            info.setModificationDate(when);
            // PDFBox derives the file identifier from the clock unless given a seed.
            pdf.setDocumentId((long) html.hashCode() * 31 + date.toEpochDay());
            pdf.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** openhtmltopdf reads the outline from {@code <bookmarks>} in the head, which HTML parsers would move. */
    private static void addBookmarks(Document doc, List<PacketView.TocEntry> entries) {
        Element head = (Element) doc.getElementsByTagName("head").item(0);
        Element bookmarks = doc.createElement("bookmarks");
        Element cover = doc.createElement("bookmark");
        cover.setAttribute("name", "Cover");
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
