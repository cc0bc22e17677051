package org.prepbook.packet;

import com.ibm.icu.util.LocaleData;
import com.ibm.icu.util.ULocale;
import java.util.Locale;
import java.util.Optional;
import org.prepbook.profile.Profile;

/**
 * A packet's language tag, writing direction and paper, decided once per profile. The language is
 * the profile's {@code language} when it names one, else the handbook's; the direction follows its
 * script (ICU knows that {@code ar}, {@code fa}, {@code he} and {@code ur} are written right to left).
 * The paper is {@code --paper}, else the profile's {@code paper}, else the one used in the region of
 * the profile's language, else of the handbook's (CLDR's data through ICU: Letter in the US, Canada,
 * Mexico and a few more), else A4. Only a region that is written counts: {@code en} says nothing
 * about a country, so it gives A4, while {@code en-US} and {@code fr-CA} give Letter.
 *
 * <p>Also a scope of the packet template: {@code {{lang}}} and {@code {{dir}}} on {@code <html>}.
 */
public record PacketLocale(String lang, String dir, PdfPacket.Paper paper) {

    public static PacketLocale of(Profile profile, String handbookLanguage, Optional<PdfPacket.Paper> forced) {
        String lang = profile.language().orElse(handbookLanguage);
        ULocale locale = ULocale.forLanguageTag(lang);
        PdfPacket.Paper paper = forced
                .or(() -> profile.paper().map(p -> PdfPacket.Paper.valueOf(p.toUpperCase(Locale.ROOT))))
                .or(() -> profile.language().flatMap(PacketLocale::regionalPaper))
                .or(() -> regionalPaper(handbookLanguage))
                .orElse(PdfPacket.Paper.A4);
        return new PacketLocale(lang, locale.isRightToLeft() ? "rtl" : "ltr", paper);
    }

    public boolean rightToLeft() {
        return dir.equals("rtl");
    }

    private static Optional<PdfPacket.Paper> regionalPaper(String tag) {
        ULocale locale = ULocale.forLanguageTag(tag);
        if (locale.getCountry().isEmpty()) {
            return Optional.empty();
        }
        // CLDR gives the size in millimetres: 279 × 216 is Letter, 297 × 210 is A4.
        LocaleData.PaperSize size = LocaleData.getPaperSize(locale);
        return Optional.of(size.getWidth() == 216 && size.getHeight() == 279 ? PdfPacket.Paper.LETTER : PdfPacket.Paper.A4);
    }
}
