package org.prepbook.packet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.prepbook.diagnostics.Problem;
import org.prepbook.diagnostics.Problems;
import org.prepbook.model.Handbook;
import org.prepbook.profile.Profile;
import org.prepbook.render.MarkdownHtml;
import org.prepbook.render.Theme;

/**
 * Makes one packet in memory: draft the emails, plan the view, render each format. Writing is left
 * to the caller ({@code org.prepbook.PacketBuild}), so a packet with a problem throws
 * {@link org.prepbook.diagnostics.ContentException} before any file is written.
 * Thread-safe: one instance serves every thread of a batch.
 */
public final class Packets {
    public enum Format {
        HTML("packet.html"), PDF("packet.pdf"), ICS("packet.ics");

        final String file;

        Format(String file) {
            this.file = file;
        }
    }

    private final Handbook handbook;
    private final Theme theme;
    private final PacketPlanner planner;
    /** Only when PDFs are wanted: it reads the fonts, which an HTML-only run never needs. */
    private final PdfPacket pdf;
    private final String screenCss;
    private final String printCss;
    private final Set<Format> formats;
    /** {@code --paper}: when given, it wins over the profile's and the locale's paper. */
    private final Optional<PdfPacket.Paper> paper;

    public Packets(Handbook handbook, Theme theme, Set<Format> formats, Optional<PdfPacket.Paper> paper) {
        this.handbook = handbook;
        this.theme = theme;
        this.formats = EnumSet.copyOf(formats);
        this.paper = paper;
        this.planner = new PacketPlanner(handbook, new SafeMarkdown(MarkdownHtml.labels(theme.messages())),
                theme.messages());
        this.screenCss = read(theme, "packet/packet.css");
        this.printCss = screenCss + "\n" + read(theme, "packet/pdf.css") + "\n" + PdfCounters.css(theme.messages());
        this.pdf = formats.contains(Format.PDF)
                ? new PdfPacket(theme)
                : null;
    }

    /** Every format's bytes, by file name; nothing is written. */
    public Map<String, byte[]> make(Profile profile, LocalDate today) {
        Problems problems = new Problems();
        // Draft first: a template needing a field the profile lacks must stop the packet before any rendering.
        List<Drafts.Draft> drafts = Drafts.of(handbook, profile, planner.dates(profile), problems);
        PacketView view = planner.plan(profile, drafts, today, problems);
        problems.throwIfAny();
        // The locale is a second template scope: its lang and dir win over the view's.
        PacketLocale locale = PacketLocale.of(profile, handbook.site().language(), paper);
        Map<String, byte[]> files = new LinkedHashMap<>();
        if (formats.contains(Format.HTML)) {
            files.put(Format.HTML.file, theme.render("packet", withCss(view, screenCss, false), locale).getBytes(StandardCharsets.UTF_8));
        }
        if (formats.contains(Format.PDF)) {
            String html = theme.render("packet", withCss(view, printCss, true), locale);
            files.put(Format.PDF.file, pdf.render(html, theme.messages().text("packet.toc.cover"), view.toc(), today, locale));
        }
        if (formats.contains(Format.ICS)) {
            files.put(Format.ICS.file, IcsPacket.of(handbook, theme.messages(), profile, drafts, today).getBytes(StandardCharsets.UTF_8));
        }
        return files;
    }

    /**
     * Warnings that do not stop the packet: profile values with characters the PDF's fonts cannot
     * draw. Empty when no PDF is made.
     */
    public List<Problem> warnings(Profile profile) {
        return pdf == null ? List.of() : pdf.glyphWarnings(profile);
    }

    private static PacketView withCss(PacketView v, String css, boolean pdf) {
        return new PacketView(v.lang(), v.title(), css, pdf, v.cover(), v.toc(), v.summary(), v.timeline(), v.sheets(),
                v.guide(), v.backstory(), v.concerns(), v.strengths(), v.stories(), v.emails(), v.readiness(),
                v.generatedFor());
    }

    private static String read(Theme theme, String file) {
        try {
            return Files.readString(theme.file(file).orElseThrow(() -> new IllegalStateException("the theme has no " + file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
