package org.prepbook.packet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.io.ParseWarning;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.prepbook.profile.Profile;

class IcsPacketTest {
    private static String ics(Profile p) {
        return new String(Fixtures.make(p, Packets.Format.ICS).get("packet.ics"), StandardCharsets.UTF_8);
    }

    private static ICalendar parse(String text) {
        List<List<ParseWarning>> warnings = new ArrayList<>();
        ICalendar cal = Biweekly.parse(text).warnings(warnings).first();
        assertTrue(warnings.stream().allMatch(List::isEmpty), warnings.toString());
        return cal;
    }

    /** ical4j with every relaxed hint off: strict RFC 5545 parsing and validation, VTIMEZONE and TZID included. */
    private static net.fortuna.ical4j.model.Calendar strict(String text) throws Exception {
        for (String hint : List.of(net.fortuna.ical4j.util.CompatibilityHints.KEY_RELAXED_PARSING,
                net.fortuna.ical4j.util.CompatibilityHints.KEY_RELAXED_UNFOLDING,
                net.fortuna.ical4j.util.CompatibilityHints.KEY_RELAXED_VALIDATION,
                net.fortuna.ical4j.util.CompatibilityHints.KEY_OUTLOOK_COMPATIBILITY,
                net.fortuna.ical4j.util.CompatibilityHints.KEY_NOTES_COMPATIBILITY)) {
            net.fortuna.ical4j.util.CompatibilityHints.setHintEnabled(hint, false);
        }
        net.fortuna.ical4j.model.Calendar cal = new net.fortuna.ical4j.data.CalendarBuilder()
                .build(new java.io.StringReader(text));
        net.fortuna.ical4j.validate.ValidationResult result = cal.validate(true);
        assertTrue(!result.hasErrors(), result.toString());
        return cal;
    }

    @Test
    void isValidUnderStrictValidationWithTheProfilesZoneAsTzid() throws Exception {
        for (java.nio.file.Path file : List.of(Fixtures.EARLY, Fixtures.SENIOR)) {
            Profile p = Fixtures.profile(file.getFileName().toString(), Fixtures.text(file));
            String text = ics(p);
            net.fortuna.ical4j.model.Calendar cal = strict(text);
            List<net.fortuna.ical4j.model.component.VTimeZone> zones = cal.getComponents("VTIMEZONE");
            assertEquals(1, zones.size());
            assertEquals(p.timeZone().getId(), zones.get(0).getProperty("TZID").orElseThrow().getValue());
            assertTrue(text.contains("DTSTART;TZID=" + p.timeZone().getId() + ":"), text);
        }
    }

    @Test
    void theZoneCoversASummerTimeChangeBetweenInterviews() throws Exception {
        // 2 March and 20 March in Los Angeles: daylight saving time starts on 8 March 2026.
        String yaml = Fixtures.text(Fixtures.SENIOR).replace("2026-12-02T09:00", "2026-03-02T09:00")
                .replace("2026-12-08T13:00", "2026-03-20T13:00").replace("2026-12-14T16:00", "2026-03-24T16:00");
        ICalendar cal = parse(ics(Fixtures.profile("senior.yaml", yaml)));
        List<VEvent> events = cal.getEvents();
        assertEquals(Instant.parse("2026-03-02T17:00:00Z"), events.get(0).getDateStart().getValue().toInstant(), "PST, UTC-8");
        assertEquals(Instant.parse("2026-03-20T20:00:00Z"), events.get(1).getDateStart().getValue().toInstant(), "PDT, UTC-7");
        String text = ics(Fixtures.profile("senior.yaml", yaml));
        strict(text);
        assertTrue(text.contains("BEGIN:DAYLIGHT\r\nDTSTART:20260308T020000\r\nTZOFFSETFROM:-0800\r\nTZOFFSETTO:-0700"), text);
    }

    @Test
    void anEventPerInterviewAndAReminderPerEmailDay() {
        Profile p = Fixtures.profile("senior.yaml", Fixtures.text(Fixtures.SENIOR));
        ICalendar cal = parse(ics(p));
        List<VEvent> events = cal.getEvents();
        List<String> summaries = events.stream().map(e -> e.getSummary().getValue()).toList();
        assertEquals(3, summaries.stream().filter(s -> s.endsWith(": Quillstone Health")).count(), summaries.toString());
        VEvent hr = events.get(0);
        // 09:00 in Los Angeles on 2 December is 17:00 UTC.
        assertEquals(Instant.parse("2026-12-02T17:00:00Z"), hr.getDateStart().getValue().toInstant());
        assertEquals(Instant.parse("2026-12-02T17:45:00Z"), hr.getDateEnd().getValue().toInstant());
        assertEquals(1, hr.getAlarms().size());
        assertTrue(summaries.contains("Send: Thank-you note after an interview"), summaries.toString());
        assertTrue(summaries.contains("Send: Following up after the decision date"), summaries.toString());
        VEvent decision = events.stream().filter(e -> e.getSummary().getValue().equals("Send: Following up after the decision date"))
                .findFirst().orElseThrow();
        assertEquals("2026-12-23", new java.text.SimpleDateFormat("yyyy-MM-dd").format(decision.getDateStart().getValue()));
        assertTrue(!decision.getDateStart().getValue().hasTime());
        assertTrue(events.stream().noneMatch(e -> e.getSummary().getValue().contains("insider")));
    }

    @Test
    void uidsAreStableAcrossRunsAndUnique() {
        Profile p = Fixtures.profile("early-career.yaml", Fixtures.text(Fixtures.EARLY));
        List<String> first = parse(ics(p)).getEvents().stream().map(e -> e.getUid().getValue()).toList();
        List<String> second = parse(ics(Fixtures.profile("early-career.yaml", Fixtures.text(Fixtures.EARLY))))
                .getEvents().stream().map(e -> e.getUid().getValue()).toList();
        assertEquals(first, second);
        assertEquals(first.size(), first.stream().distinct().count());
    }

    @Test
    void linesAreFoldedAndEndWithCrlf() {
        String text = ics(Fixtures.profile("senior.yaml", Fixtures.text(Fixtures.SENIOR)));
        for (String line : text.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, line);
            assertTrue(!line.contains("\n"), line);
        }
        assertTrue(text.endsWith("END:VCALENDAR\r\n"));
    }

    @Test
    void escapesTextValues() {
        StringBuilder out = new StringBuilder();
        IcsPacket.line(out, "SUMMARY:" + IcsPacket.text("a, b; c\\d\ne"));
        assertEquals("SUMMARY:a\\, b\\; c\\\\d\\ne\r\n", out.toString());
    }
}
