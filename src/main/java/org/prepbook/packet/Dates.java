package org.prepbook.packet;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.NumberingSystem;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.Date;
import org.prepbook.profile.Profile;
import org.prepbook.profile.WorkingDays;

/**
 * Dates and times as one packet prints them: in the handbook's language (never the machine's
 * locale, so output is the same everywhere), each in that language's own order, words and digits
 * (CLDR's formats through ICU: "Tuesday, December 1, 2026" in English, "2026年12月1日星期二" in
 * Chinese), and every time of day labelled with the profile's zone as the language names it,
 * because a student reads "10:30" against the clock of wherever they are.
 *
 * <p>Not thread-safe (ICU's formats are not): one instance serves one packet.
 */
final class Dates {
    private final DateFormat day;
    private final DateFormat shortDay;
    private final DateFormat time;
    private final DateFormat dayAndTime;
    private final DateFormat shortDayAndTime;
    private final ULocale locale;
    private final ZoneId zone;
    /** The zone as ICU knows it, for its names; its rules are checked against java.time's at each use. */
    private final TimeZone named;

    private Dates(ULocale locale, ZoneId zone) {
        this.locale = locale;
        this.zone = zone;
        this.named = TimeZone.getTimeZone(zone.getId());
        // Skeletons, not patterns: ICU orders the fields, and the words between them, the language's way.
        this.day = format("yMMMMEEEEd");
        this.shortDay = format("yMMMEd");
        // "z" is the zone's short name on that date where the language has one (GMT or BST, PST or
        // PDT), else its offset (GMT-8), so summer time is visible.
        this.time = format("jmmz");
        this.dayAndTime = format("yMMMMEEEEdjmmz");
        this.shortDayAndTime = format("yMMMEdjmmz");
    }

    /**
     * How {@code profile}'s packet writes dates: in the handbook's language, with the region of the
     * profile's {@code language} when that is the same language ({@code en-GB} for a handbook in
     * {@code en}: "Tuesday, 1 December 2026", 24-hour times), and always with the handbook's digits,
     * so a date's numbers match the counts in its sentence. The calendar is the Gregorian one the
     * profile's dates are written in (and the .ics carries), unless a tag asks for another with
     * {@code -u-ca-} ({@code fa-IR-u-ca-persian}).
     */
    static Dates of(Profile profile, String handbookLanguage) {
        ULocale handbook = ULocale.forLanguageTag(handbookLanguage);
        ULocale locale = profile.language().map(ULocale::forLanguageTag)
                .filter(l -> l.getLanguage().equals(handbook.getLanguage()))
                .orElse(handbook)
                .setKeywordValue("numbers", NumberingSystem.getInstance(handbook).getName());
        if (locale.getKeywordValue("calendar") == null) {
            locale = locale.setKeywordValue("calendar", "gregorian");
        }
        return new Dates(locale, profile.timeZone());
    }

    private DateFormat format(String skeleton) {
        return DateFormat.getInstanceForSkeleton(skeleton, locale);
    }

    /** {@code Tuesday, December 1, 2026}. */
    String day(LocalDate date) {
        // At noon, which no change of clocks moves to another day.
        return format(day, date.atTime(12, 0));
    }

    /** {@code Tue, Dec 1, 2026}. */
    String shortDay(LocalDate date) {
        return format(shortDay, date.atTime(12, 0));
    }

    /** The time of day with its zone's short name: {@code 10:30 AM GMT}. */
    String time(LocalDateTime at) {
        return format(time, at);
    }

    /** {@code Tuesday, December 1, 2026 at 10:30 AM GMT}. */
    String dayAndTime(LocalDateTime at) {
        return format(dayAndTime, at);
    }

    /** {@code Tue, Dec 1, 2026, 10:30 AM GMT}. */
    String shortDayAndTime(LocalDateTime at) {
        return format(shortDayAndTime, at);
    }

    /** The zone's name in the handbook's language ({@code United Kingdom Time}, {@code Pacific Time}), for the note that says which clock. */
    String zoneName() {
        return icuKnowsZone() ? named.getDisplayName(false, TimeZone.LONG_GENERIC, locale)
                : zone.getDisplayName(TextStyle.FULL, locale.toLocale());
    }

    /** ICU's data, older than the JDK's, lacks zones named since (Europe/Kyiv, America/Ciudad_Juarez). */
    private boolean icuKnowsZone() {
        return !named.getID().equals(TimeZone.UNKNOWN_ZONE_ID);
    }

    ZoneId zone() {
        return zone;
    }

    /** An email due on a Saturday waits for Monday, when it will be read ({@link WorkingDays}). */
    static LocalDate workingDayFrom(LocalDate date) {
        return WorkingDays.from(date);
    }

    /**
     * {@code at}, a wall-clock time in the profile's zone, in {@code f}. The offset is java.time's
     * (the JDK's time-zone data, which the .ics uses too); ICU's zone, and with it the zone's short
     * name, is used only where ICU's older data agrees, else the offset is printed (GMT+3).
     */
    private String format(DateFormat f, LocalDateTime at) {
        ZonedDateTime z = at.atZone(zone);
        long instant = z.toInstant().toEpochMilli();
        int offset = z.getOffset().getTotalSeconds() * 1000;
        f.setTimeZone(icuKnowsZone() && named.getOffset(instant) == offset ? named
                : TimeZone.getTimeZone(offset == 0 ? "GMT" : "GMT" + z.getOffset().getId()));
        return f.format(new Date(instant));
    }
}
