package org.prepbook.packet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.prepbook.render.Theme;

/**
 * The fonts a PDF packet is drawn with, read once from the theme's {@code packet/fonts/}, and which
 * characters they can draw. The order is the fallback chain: openhtmltopdf takes each character from
 * the first font that has it, so DejaVu Sans (Latin, Greek, Cyrillic; its Arabic and Hebrew removed,
 * see the fonts' README) comes first, then one Noto face per script that needs its own shapes, then
 * Droid Sans Fallback for CJK. A character none of them has is drawn as {@code #}; {@link #canDraw}
 * lets the packet warn about it before it happens.
 *
 * <p>Thread-safe: the bytes are shared by every render, the coverage answers are cached per code point.
 */
final class PacketFonts {
    /** A font file of the theme, registered under {@code family}. */
    record Font(String file, String family, int weight) {
    }

    /** The default theme's fonts, in fallback order; see {@code themes/default/packet/fonts/README.md} for their licences. */
    static final List<Font> FONTS = List.of(
            new Font("DejaVuSans.ttf", "DejaVu Sans", 400),
            new Font("DejaVuSans-Bold.ttf", "DejaVu Sans", 700),
            new Font("NotoSansArabic-Regular.ttf", "Noto Sans Arabic", 400),
            new Font("NotoSansArabic-Bold.ttf", "Noto Sans Arabic", 700),
            new Font("NotoSansHebrew-Regular.ttf", "Noto Sans Hebrew", 400),
            new Font("NotoSansHebrew-Bold.ttf", "Noto Sans Hebrew", 700),
            new Font("NotoSansDevanagari-Regular.ttf", "Noto Sans Devanagari", 400),
            new Font("NotoSansDevanagari-Bold.ttf", "Noto Sans Devanagari", 700),
            new Font("DroidSansFallbackFull.ttf", "Droid Sans Fallback", 400));

    /** The families in fallback order, once each, as a CSS {@code font-family} value. */
    static String cssFamilies() {
        return String.join(", ", FONTS.stream().map(f -> "'" + f.family() + "'").distinct().toList());
    }

    record Loaded(Font font, byte[] bytes) {
    }

    private final List<Loaded> fonts;
    /** The regular face of each family: bold faces of these fonts cover the same characters. */
    private final List<CmapLookup> cmaps = new ArrayList<>();
    private final List<String> families = new ArrayList<>();
    /** The family that draws a code point, "" for none: one cmap lookup per font per distinct code point. */
    private final ConcurrentHashMap<Integer, String> drawnBy = new ConcurrentHashMap<>();

    PacketFonts(Theme theme) {
        List<Loaded> loaded = new ArrayList<>();
        for (Font f : FONTS) {
            String file = "packet/fonts/" + f.file();
            try {
                byte[] bytes = Files.readAllBytes(theme.file(file)
                        .orElseThrow(() -> new IllegalStateException("the theme has no " + file)));
                loaded.add(new Loaded(f, bytes));
                if (f.weight() == 400) {
                    // The cmap is all that is kept; the parsed font is dropped with its tables.
                    TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
                    cmaps.add(ttf.getUnicodeCmapLookup());
                    families.add(f.family());
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the theme's " + file, e);
            }
        }
        this.fonts = List.copyOf(loaded);
    }

    List<Loaded> fonts() {
        return fonts;
    }

    /** The first font's bytes: what stands in for PDFBox's standard fonts ({@link ThemeFontMapper}). */
    byte[] first() {
        return fonts.get(0).bytes();
    }

    /**
     * Whether some font of the chain has a glyph for {@code codePoint}. Spaces, line breaks and
     * invisible format characters (joiners, direction marks) need no glyph of their own.
     */
    boolean canDraw(int codePoint) {
        if (Character.isWhitespace(codePoint) || Character.isISOControl(codePoint)
                || Character.getType(codePoint) == Character.FORMAT) {
            return true;
        }
        return familyOf(codePoint) != null;
    }

    /** The family openhtmltopdf takes {@code codePoint} from: the first of the chain that has it; null for none. */
    String familyOf(int codePoint) {
        String family = drawnBy.computeIfAbsent(codePoint, cp -> {
            for (int i = 0; i < cmaps.size(); i++) {
                if (cmaps.get(i).getGlyphId(cp) != 0) {
                    return families.get(i);
                }
            }
            return "";
        });
        return family.isEmpty() ? null : family;
    }
}
