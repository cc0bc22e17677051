package org.prepbook.packet;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import org.prepbook.profile.WorkingDays;

/**
 * Dates and times as one packet prints them: in the handbook's language (never the machine's
 * locale, so output is the same everywhere) and with every time of day labelled with the
 * profile's zone, because a student reads "10:30" against the clock of wherever they are.
 */
final class Dates {
    private final DateTimeFormatter day;
    private final DateTimeFormatter shortDay;
    private final DateTimeFormatter time;
    private final ZoneId zone;
    private final Locale locale;

    Dates(Locale locale, ZoneId zone) {
        this.locale = locale;
        this.zone = zone;
        this.day = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", locale);
        this.shortDay = DateTimeFormatter.ofPattern("EEE d MMM uuuu", locale);
        // "zzz" is the zone's short name on that date (GMT or BST, PST or PDT), so summer time is visible.
        this.time = DateTimeFormatter.ofPattern("HH:mm zzz", locale);
    }

    String day(LocalDate date) {
        return day.format(date);
    }

    String shortDay(LocalDate date) {
        return shortDay.format(date);
    }

    /** The time of day with its zone's short name: {@code 10:30 GMT}. */
    String time(LocalDateTime at) {
        return time.format(at.atZone(zone));
    }

    /** {@code Tuesday 1 December 2026, 10:30 GMT}. */
    String dayAndTime(LocalDateTime at) {
        return day(at.toLocalDate()) + ", " + time(at);
    }

    /** {@code Tue 1 Dec 2026, 10:30 GMT}. */
    String shortDayAndTime(LocalDateTime at) {
        return shortDay(at.toLocalDate()) + ", " + time(at);
    }

    /** The zone's full name in the handbook's language ({@code Greenwich Mean Time}), for the note that says which clock. */
    String zoneName() {
        return zone.getDisplayName(TextStyle.FULL, locale);
    }

    ZoneId zone() {
        return zone;
    }

    /** An email due on a Saturday waits for Monday, when it will be read ({@link WorkingDays}). */
    static LocalDate workingDayFrom(LocalDate date) {
        return WorkingDays.from(date);
    }
}
