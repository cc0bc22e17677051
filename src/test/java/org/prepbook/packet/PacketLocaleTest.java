package org.prepbook.packet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
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

    private static final LocalDateTime AT = LocalDateTime.of(2026, 12, 1, 10, 30);

    /** The early-career profile in {@code zone}, with {@code language} unless it is {@code -}. */
    private static Profile in(String language, String zone) {
        String yaml = Fixtures.text(Fixtures.EARLY).replace("time_zone: Europe/London", "time_zone: " + zone);
        return Fixtures.profile("p.yaml", (language.equals("-") ? "" : "language: " + language + "\n") + yaml);
    }

    /** Handbook language, profile language, zone; the day, then the day and time, as the packet writes them. */
    static Stream<Arguments> languages() {
        return Stream.of(
                Arguments.of("en", "-", "Europe/London", "Tuesday, December 1, 2026", "Tuesday, December 1, 2026, 10:30 AM GMT"),
                Arguments.of("en", "en-US", "America/Los_Angeles", "Tuesday, December 1, 2026", "Tuesday, December 1, 2026, 10:30 AM PST"),
                // The profile's region, in the handbook's language: day first, a 24-hour clock.
                Arguments.of("en", "en-GB", "Europe/London", "Tuesday, 1 December 2026", "Tuesday, 1 December 2026, 10:30 GMT"),
                // Another language than the handbook's leaves the dates in the handbook's, as its sentences are.
                Arguments.of("en", "ar-EG", "Africa/Cairo", "Tuesday, December 1, 2026", "Tuesday, December 1, 2026, 10:30 AM GMT+2"),
                Arguments.of("zh", "-", "Asia/Shanghai", "2026年12月1日星期二", "2026年12月1日星期二 GMT+8 上午10:30"),
                Arguments.of("ar", "-", "Africa/Cairo", "الثلاثاء، ١ ديسمبر، ٢٠٢٦", "الثلاثاء، ١ ديسمبر، ٢٠٢٦ ١٠:٣٠ ص جرينتش+٢"),
                // Morocco's month names, the handbook's digits (CLDR writes ar-MA with Latin ones).
                Arguments.of("ar", "ar-MA", "Africa/Casablanca", "الثلاثاء، ١ دجنبر، ٢٠٢٦", "الثلاثاء، ١ دجنبر، ٢٠٢٦ ١٠:٣٠ جرينتش+١"),
                Arguments.of("ar-u-nu-latn", "-", "Asia/Dubai", "الثلاثاء، 1 ديسمبر، 2026", "الثلاثاء، 1 ديسمبر، 2026 10:30 ص جرينتش+4"),
                // Saudi Arabia's default calendar is the Hijri one; the profile's dates are Gregorian.
                Arguments.of("ar", "ar-SA", "Asia/Riyadh", "الثلاثاء، ١ ديسمبر، ٢٠٢٦", "الثلاثاء، ١ ديسمبر، ٢٠٢٦ ١٠:٣٠ ص جرينتش+٣"),
                Arguments.of("hi", "-", "Asia/Kolkata", "मंगलवार, 1 दिसंबर 2026", "मंगलवार, 1 दिसंबर 2026, 10:30 पूर्वाह्न IST"),
                Arguments.of("fr", "fr-CA", "America/Toronto", "mardi 1 décembre 2026", "mardi 1 décembre 2026 10 h 30 HNE"));
    }

    @ParameterizedTest
    @MethodSource("languages")
    void datesAreWrittenInTheHandbooksLanguageInItsOwnOrder(String handbook, String language, String zone, String day,
                                                             String dayAndTime) {
        Dates dates = Dates.of(in(language, zone), handbook);
        assertEquals(day, dates.day(AT.toLocalDate()));
        assertEquals(dayAndTime, dates.dayAndTime(AT));
    }

    @Test
    void summerTimeShowsInTheZonesName() {
        Dates london = Dates.of(in("en-GB", "Europe/London"), "en");
        assertEquals("14:00 BST", london.time(LocalDateTime.of(2026, 7, 1, 14, 0)));
        assertEquals("United Kingdom Time", london.zoneName());
        assertEquals("2:00 PM PDT", Dates.of(in("-", "America/Los_Angeles"), "en").time(LocalDateTime.of(2026, 7, 1, 14, 0)));
    }

    /** ICU's time-zone data is older than the JDK's: a zone named since is printed by its offset, which java.time knows. */
    @Test
    void aZoneIcuDoesNotKnowIsWrittenAsItsOffset() {
        Dates kyiv = Dates.of(in("-", "Europe/Kyiv"), "en");
        assertEquals("10:30 AM GMT+2", kyiv.time(AT));
        assertEquals("2:00 PM GMT+3", kyiv.time(LocalDateTime.of(2026, 7, 1, 14, 0)));
        assertEquals("Eastern European Time", kyiv.zoneName());
    }

    /** CLDR's calendar for Persian is the Solar Hijri one; the packet keeps the profile's Gregorian dates unless asked. */
    @Test
    void theCalendarIsGregorianUnlessTheTagAsksForAnother() {
        assertEquals("سه\u200cشنبه ۱ دسامبر ۲۰۲۶", Dates.of(in("-", "Asia/Tehran"), "fa").day(AT.toLocalDate()));
        assertEquals("۱۴۰۵ آذر ۱۰, سه\u200cشنبه", Dates.of(in("-", "Asia/Tehran"), "fa-u-ca-persian").day(AT.toLocalDate()));
    }
}

