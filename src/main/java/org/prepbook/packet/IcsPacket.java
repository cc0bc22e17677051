package org.prepbook.packet;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.prepbook.model.EmailTemplate;
import org.prepbook.model.Handbook;
import org.prepbook.packet.Drafts.Draft;
import org.prepbook.profile.Profile;
import org.prepbook.profile.Profile.Interview;
import org.prepbook.render.Messages;

/**
 * The packet's calendar (RFC 5545): an event per interview, and an all-day reminder with an alarm
 * per email to send on a known day (thank-you notes, follow-ups), one per template and day.
 *
 * <p>UIDs are hashes of what the entry is (profile, stage, start; template, day), so importing a
 * regenerated packet updates the entries instead of duplicating them. Interview times are local
 * times with the profile's zone as TZID, and the calendar carries that zone's VTIMEZONE
 * ({@link IcsZone}), so a calendar shows "10:30 Europe/London" rather than a bare UTC instant.
 * DTSTAMP is {@code --today}, so the same input makes the same file.
 */
final class IcsPacket {
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'");
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuuMMdd");

    private IcsPacket() {
    }

    static String of(Handbook handbook, Messages messages, Profile profile, List<Draft> drafts, LocalDate today) {
        StringBuilder ics = new StringBuilder();
        String stamp = UTC.format(today.atStartOfDay(ZoneOffset.UTC));
        String tzid = IcsZone.tzidParameter(profile.timeZone());
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//prepbook//prep packet//EN");
        line(ics, "CALSCALE:GREGORIAN");
        line(ics, "X-WR-CALNAME:" + text(messages.text("packet.ics.calendar", "company", profile.target().company())));
        line(ics, "X-WR-TIMEZONE:" + profile.timeZone().getId());
        if (!profile.interviews().isEmpty()) {
            IcsZone.write(ics, profile.timeZone(), profile.interviews().get(0).at(),
                    profile.interviews().get(profile.interviews().size() - 1).at().plusDays(1));
        }
        for (Interview iv : profile.interviews()) {
            String stage = Drafts.stageTitle(handbook, iv.stage());
            String people = String.join(messages.text("packet.separator"),
                    iv.interviewers().stream().map(Profile.Person::name).toList());
            line(ics, "BEGIN:VEVENT");
            line(ics, "UID:" + uid(profile, "interview", iv.stage(), iv.at().toString()));
            line(ics, "DTSTAMP:" + stamp);
            line(ics, "DTSTART;TZID=" + tzid + ":" + LOCAL.format(iv.at()));
            line(ics, "DTEND;TZID=" + tzid + ":" + LOCAL.format(iv.at().plusMinutes(iv.minutes())));
            line(ics, "SUMMARY:" + text(messages.text("packet.ics.summary", "stage", stage, "company", profile.target().company())));
            iv.location().ifPresent(l -> line(ics, "LOCATION:" + text(l)));
            line(ics, "DESCRIPTION:" + text(messages.text("packet.ics.description",
                    "format", messages.text("packet.format." + iv.format()), "people", people)));
            alarm(ics, "-PT1H", messages.text("packet.ics.alarm", "stage", stage));
            line(ics, "END:VEVENT");
        }
        Map<String, String> recipients = new LinkedHashMap<>();
        Map<String, Draft> firstOf = new LinkedHashMap<>();
        for (Draft d : drafts) {
            if (d.sendOn() == null || d.template().when().anchor() == EmailTemplate.Anchor.NONE) {
                continue;
            }
            String key = d.template().id() + "/" + d.sendOn();
            firstOf.putIfAbsent(key, d);
            recipients.merge(key, d.to().name(), (a, b) -> a + messages.text("packet.separator") + b);
        }
        for (Map.Entry<String, Draft> e : firstOf.entrySet()) {
            Draft d = e.getValue();
            String send = messages.text("packet.ics.send", "title", d.template().title());
            line(ics, "BEGIN:VEVENT");
            line(ics, "UID:" + uid(profile, "email", d.template().id(), d.sendOn().toString()));
            line(ics, "DTSTAMP:" + stamp);
            line(ics, "DTSTART;VALUE=DATE:" + DATE.format(d.sendOn()));
            line(ics, "DTEND;VALUE=DATE:" + DATE.format(d.sendOn().plusDays(1)));
            line(ics, "SUMMARY:" + text(send));
            line(ics, "DESCRIPTION:" + text(messages.text("packet.ics.sendDescription", "to", recipients.get(e.getKey()),
                    "when", d.template().when().description())));
            line(ics, "TRANSP:TRANSPARENT");
            alarm(ics, "PT9H", send);
            line(ics, "END:VEVENT");
        }
        line(ics, "END:VCALENDAR");
        return ics.toString();
    }

    private static void alarm(StringBuilder ics, String trigger, String description) {
        line(ics, "BEGIN:VALARM");
        line(ics, "ACTION:DISPLAY");
        line(ics, "TRIGGER:" + trigger);
        line(ics, "DESCRIPTION:" + text(description));
        line(ics, "END:VALARM");
    }

    private static String uid(Profile profile, String... parts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((profile.slug() + "\n" + profile.candidate().email() + "\n" + String.join("\n", parts))
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest(), 0, 16) + "@prepbook";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** RFC 5545 TEXT: backslash, semicolon, comma and line breaks escaped. */
    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
    }

    /** Appends a content line, folded at 75 octets without splitting a UTF-8 character, ended by CRLF. */
    static void line(StringBuilder ics, String content) {
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                ics.append("\r\n ");
                octets = 1;
            }
            ics.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        ics.append("\r\n");
    }
}
