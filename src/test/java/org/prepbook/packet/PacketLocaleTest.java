package org.prepbook.packet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.prepbook.profile.Profile;

class PacketLocaleTest {
    private static Profile profile(String lines) {
        return Fixtures.profile("p.yaml", lines + Fixtures.text(Fixtures.EARLY));
    }

    /** {@code -} for a key left out; the handbook's language is the third column. */
    @ParameterizedTest
    @CsvSource({
            "-, -, en, -, en, ltr, A4",
            "-, -, en-US, -, en-US, ltr, LETTER",
            "en-US, -, en, -, en-US, ltr, LETTER",
            "fr-CA, -, en-GB, -, fr-CA, ltr, LETTER",
            "es-MX, -, en, -, es-MX, ltr, LETTER",
            "en-GB, -, en-US, -, en-GB, ltr, A4",
            "en-US, a4, en, -, en-US, ltr, A4",
            "-, letter, en, -, en, ltr, LETTER",
            "en-US, letter, en, A4, en-US, ltr, A4",
            "ar, -, en, -, ar, rtl, A4",
            "fa-IR, -, en, -, fa-IR, rtl, A4",
            "he, -, en, -, he, rtl, A4",
            "-, -, ar, -, ar, rtl, A4",
            "hi-IN, -, en, -, hi-IN, ltr, A4"})
    void languageDirectionAndPaper(String language, String paper, String handbook, String forced,
                                   String lang, String dir, PdfPacket.Paper expected) {
        String lines = (language.equals("-") ? "" : "language: " + language + "\n") + (paper.equals("-") ? "" : "paper: " + paper + "\n");
        PacketLocale locale = PacketLocale.of(profile(lines), handbook,
                forced.equals("-") ? Optional.empty() : Optional.of(PdfPacket.Paper.valueOf(forced)));
        assertEquals(new PacketLocale(lang, dir, expected), locale);
    }
}
