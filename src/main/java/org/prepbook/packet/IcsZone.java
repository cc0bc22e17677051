package org.prepbook.packet;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.Locale;

/**
 * A VTIMEZONE for the profile's zone, written from the same java.time rules that placed the
 * interviews, so the calendar's offsets can never disagree with the packet's printed times (a
 * bundled tz database, as calendar libraries ship, could be a different release). It lists the
 * observance in force when the first interview starts and every transition up to the last one,
 * each as one dated STANDARD or DAYLIGHT component, which RFC 5545 allows without an RRULE.
 */
final class IcsZone {
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss");
    /** A zone that never changed offset still needs one observance; RFC 5545's examples start it here. */
    private static final LocalDateTime EPOCH = LocalDateTime.of(1970, 1, 1, 0, 0);

    private IcsZone() {
    }

    /** The TZID as a parameter value: quoted when it holds a character a bare parameter may not ({@code +02:00}). */
    static String tzidParameter(ZoneId zone) {
        String id = zone.getId();
        return id.matches("[^\";:,]*") ? id : "\"" + id.replace("\"", "") + "\"";
    }

    static void write(StringBuilder ics, ZoneId zone, LocalDateTime from, LocalDateTime to) {
        ZoneRules rules = zone.getRules();
        Instant start = from.atZone(zone).toInstant();
        Instant end = to.atZone(zone).toInstant();
        IcsPacket.line(ics, "BEGIN:VTIMEZONE");
        IcsPacket.line(ics, "TZID:" + zone.getId());
        ZoneOffsetTransition previous = rules.previousTransition(start.plusSeconds(1));
        if (previous == null) {
            ZoneOffset offset = rules.getOffset(start);
            observance(ics, zone, "STANDARD", EPOCH, offset, offset, start);
        } else {
            transition(ics, zone, previous);
        }
        for (ZoneOffsetTransition t = rules.nextTransition(start); t != null && t.getInstant().isBefore(end);
             t = rules.nextTransition(t.getInstant())) {
            transition(ics, zone, t);
        }
        IcsPacket.line(ics, "END:VTIMEZONE");
    }

    private static void transition(StringBuilder ics, ZoneId zone, ZoneOffsetTransition t) {
        String kind = zone.getRules().isDaylightSavings(t.getInstant()) ? "DAYLIGHT" : "STANDARD";
        // DTSTART is the local time of the change on the clock before it, as RFC 5545 defines the onset.
        observance(ics, zone, kind, t.getDateTimeBefore(), t.getOffsetBefore(), t.getOffsetAfter(), t.getInstant());
    }

    private static void observance(StringBuilder ics, ZoneId zone, String kind, LocalDateTime onset, ZoneOffset before,
                                   ZoneOffset after, Instant at) {
        IcsPacket.line(ics, "BEGIN:" + kind);
        IcsPacket.line(ics, "DTSTART:" + LOCAL.format(onset));
        IcsPacket.line(ics, "TZOFFSETFROM:" + offset(before));
        IcsPacket.line(ics, "TZOFFSETTO:" + offset(after));
        IcsPacket.line(ics, "TZNAME:" + IcsPacket.text(DateTimeFormatter.ofPattern("zzz", Locale.ROOT).withZone(zone).format(at)));
        IcsPacket.line(ics, "END:" + kind);
    }

    /** RFC 5545 UTC-OFFSET: {@code +0100}, seconds only when there are any. */
    private static String offset(ZoneOffset o) {
        int total = o.getTotalSeconds();
        int abs = Math.abs(total);
        String hhmm = String.format(Locale.ROOT, "%s%02d%02d", total < 0 ? "-" : "+", abs / 3600, abs / 60 % 60);
        return abs % 60 == 0 ? hhmm : hhmm + String.format(Locale.ROOT, "%02d", abs % 60);
    }
}
