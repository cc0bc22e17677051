package org.prepbook.packet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.prepbook.profile.Profile;
import org.prepbook.profile.StarterProfile;

/**
 * Every packet's text, read back as a reader gets it (the HTML's text, the PDF's extracted text),
 * holds whole sentences: no word twice in a row ("at the The recruiter…", "45 minutes (About 45
 * minutes…"), and nothing a template or message left unfilled.
 */
class PacketTextTest {
    /** The same word twice, across any run of spaces, punctuation-free: "the The", "minutes minutes". */
    private static final Pattern DOUBLED = Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])(\\p{L}+)\\s+\\1(?![\\p{L}\\p{N}])");
    /** What a template or a message leaves when something was not filled in. */
    private static final Pattern LEFTOVER = Pattern.compile("\\{\\{|}}|\\{[A-Za-z_][A-Za-z0-9_.]*}|(?<![\\p{L}])null(?![\\p{L}])"
            + "|Optional\\[|Optional\\.empty");

    /** The example profiles, one with every optional section, and the starter profile as written. */
    static Stream<String> profiles() {
        return Stream.of("early", "senior", "full", "starter");
    }

    static Profile profile(String name) {
        return switch (name) {
            case "early" -> Fixtures.profile("early-career.yaml", Fixtures.text(Fixtures.EARLY));
            case "senior" -> Fixtures.profile("senior.yaml", Fixtures.text(Fixtures.SENIOR));
            case "full" -> Fixtures.profile("full.yaml", full());
            case "starter" -> Fixtures.profile("starter.yaml", StarterProfile.write(Fixtures.HANDBOOK,
                    (key, values) -> Fixtures.THEME.messages().text(key, values), Fixtures.TODAY, ZoneId.of("America/Chicago"),
                    "starter.yaml"));
            default -> throw new IllegalArgumentException(name);
        };
    }

    /** The early-career profile with the sections it lacks: an insider, and a story that covers a category. */
    static String full() {
        return Fixtures.text(Fixtures.EARLY).replace("    questions: [competing-priorities, handling-pressure, tell-me-about-a-time]",
                "    questions: [competing-priorities, handling-pressure, tell-me-about-a-time]\n    categories: [motivation]")
                + "insider:\n  name: Lena Fischer\n  title: Data Engineer\n  email: lena@harbourline.example\n";
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void htmlTextIsWholeSentences(String name) {
        Map<String, byte[]> made = Fixtures.make(profile(name), Packets.Format.HTML, Packets.Format.ICS);
        String html = new String(made.get("packet.html"), StandardCharsets.UTF_8);
        // Block by block, as a reader reads it: a heading and the line under it are not one sentence.
        List<String> blocks = Jsoup.parse(html).select("h1, h2, h3, h4, p, li, td, th, dt, dd, caption")
                .stream().map(e -> e.ownText()).toList();
        assertClean(name + " HTML", blocks);
        assertClean(name + " HTML", List.of(Jsoup.parse(html).text()), LEFTOVER);
        assertClean(name + " ICS", List.of(new String(made.get("packet.ics"), StandardCharsets.UTF_8)
                .replace("\r\n ", "").replace("\\n", " ").replace("\\,", ",").replace("\\;", ";")));
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void pdfTextIsWholeSentences(String name) throws IOException {
        byte[] pdf = Fixtures.make(profile(name), Packets.Format.PDF).get("packet.pdf");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            // Line by line: a line ends a heading or a table cell as often as it wraps a sentence.
            assertClean(name + " PDF", List.of(text.split("\\R")));
            assertClean(name + " PDF", List.of(text), LEFTOVER);
        }
    }

    @Test
    void theCheckCatchesWhatItLooksFor() {
        List<String> bad = new ArrayList<>();
        for (String s : List.of("likely at the The recruiter phone screen", "45 minutes minutes", "Dear {{recipient.name}}",
                "Hello {name}", "Salary: null")) {
            if (DOUBLED.matcher(s).find() || LEFTOVER.matcher(s).find()) {
                bad.add(s);
            }
        }
        assertEquals(5, bad.size(), bad.toString());
        assertTrue(!DOUBLED.matcher("Thank you, you were kind; Page 2 of 12; that that's").find()
                || !DOUBLED.matcher("the theme").find());
        assertTrue(!DOUBLED.matcher("the theme").find());
    }

    private static void assertClean(String what, List<String> texts) {
        assertClean(what, texts, DOUBLED);
        assertClean(what, texts, LEFTOVER);
    }

    private static void assertClean(String what, List<String> texts, Pattern pattern) {
        List<String> found = new ArrayList<>();
        for (String t : texts) {
            Matcher m = pattern.matcher(t);
            while (m.find()) {
                found.add("'" + m.group() + "' in: " + t.substring(Math.max(0, m.start() - 60), Math.min(t.length(), m.end() + 60)));
            }
        }
        assertEquals(List.of(), found, what);
    }
}
