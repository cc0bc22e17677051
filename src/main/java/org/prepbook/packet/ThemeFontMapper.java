package org.prepbook.packet;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;

/**
 * openhtmltopdf creates Helvetica and ZapfDingbats objects for form fields in every document, even
 * one without forms. PDFBox then looks for a matching system font, which scans every font folder of
 * the machine and writes a cache in the home folder: a renderer that must read nothing outside the
 * theme cannot allow that. This mapper answers every such lookup with a theme font instead; the
 * standard fonts are never drawn with (the packet has no form), so the answer only has to exist.
 *
 * <p>PDFBox keeps its font mapper in one static field, so this is installed once per process.
 */
final class ThemeFontMapper implements FontMapper {
    private static boolean installed;

    private final TrueTypeFont font;

    private ThemeFontMapper(TrueTypeFont font) {
        this.font = font;
    }

    static synchronized void install(byte[] ttf) {
        if (installed) {
            return;
        }
        try {
            FontMappers.set(new ThemeFontMapper(new TTFParser().parse(new RandomAccessReadBuffer(ttf))));
            installed = true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public FontMapping<TrueTypeFont> getTrueTypeFont(String baseFont, PDFontDescriptor descriptor) {
        return new FontMapping<>(font, false);
    }

    @Override
    public FontMapping<FontBoxFont> getFontBoxFont(String baseFont, PDFontDescriptor descriptor) {
        return new FontMapping<>(font, false);
    }

    @Override
    public CIDFontMapping getCIDFont(String baseFont, PDFontDescriptor descriptor, PDCIDSystemInfo cidSystemInfo) {
        return new CIDFontMapping(null, font, false);
    }
}
