package org.prepbook.packet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.prepbook.diagnostics.ContentException;
import org.prepbook.diagnostics.Problem;
import org.prepbook.profile.Profile;

class HtmlPacketTest {
    private static Document html(Profile profile) {
        return Jsoup.parse(new String(Fixtures.make(profile, Packets.Format.HTML).get("packet.html"), StandardCharsets.UTF_8));
    }

    private static Document early() {
        return html(Fixtures.profile("early-career.yaml", Fixtures.text(Fixtures.EARLY)));
    }

    @Test
    void coverNamesCandidateRoleCompanyAndTheInterviewsAhead() {
        Document doc = early();
        assertEquals("Zoë Łukasiewicz-Ngô", doc.selectFirst("header h1").text());
        assertTrue(doc.selectFirst("header .target").text().contains("Junior Data Analyst (entry) at Harbourline Freight"));
        List<String> ahead = doc.select("ol.ahead li").eachText();
        assertEquals(2, ahead.size());
        assertTrue(ahead.get(0).startsWith("The recruiter phone screen — Tuesday 1 December 2026, 10:30"), ahead.get(0));
    }

    @Test
    void timelineComputesThankYouAndDecisionFollowUpDates() {
        List<String> rows = early().select("table.timeline tbody tr").eachText();
        assertTrue(rows.contains("Wed 9 Dec 2026 Send: Thank-you note after an interview (to Tomasz Wiśniewski, Grace Okafor)"
                + " Due the same day; the next day (Thu 10 Dec 2026) at the latest"), String.join("\n", rows));
        // Decision on 16 December; the follow-up is due 48 hours later.
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("Fri 18 Dec 2026 Send: Following up after the decision date (to Priya Raman)")),
                String.join("\n", rows));
        assertTrue(rows.get(0).startsWith("Tue 1 Dec 2026 The recruiter phone screen at 10:30"), rows.get(0));
    }

    @Test
    void prepSheetsComeInDateOrderWithQuestionsAnswersAndStories() {
        Document doc = html(Fixtures.profile("senior.yaml", Fixtures.text(Fixtures.SENIOR)));
        assertEquals(List.of("The first interview with HR, Wed 2 Dec 2026", "The team interview loop, Tue 8 Dec 2026",
                "Meeting the senior leader, Mon 14 Dec 2026"), doc.select("section.sheet > h2").eachText());
        Element leader = doc.select("section.sheet").get(2);
        Element failure = leader.select(".question").stream().filter(q -> q.selectFirst("h4").text().equals("Tell me about a time you failed."))
                .findFirst().orElseThrow();
        assertTrue(failure.selectFirst(".intent").text().startsWith("They want to know: Whether you take responsibility"));
        assertTrue(failure.selectFirst(".answer").text().contains("The nine-hour outage."));
        assertEquals("The nine-hour outage", failure.selectFirst(".story-ref").text());
        assertTrue(leader.select(".question .missing").first().text().startsWith("Not prepared yet."));
        assertFalse(leader.select("ul.asks li").isEmpty());
    }

    @Test
    void phoneScreenSheetHasResearchAndSalary() {
        Element phone = early().selectFirst("#sheet-1");
        assertTrue(phone.select("ul.research li").eachText().contains("The analytics team was formed two years ago and has five people."));
        assertTrue(phone.text().contains("Salary range: £27,000–£30,000."));
        assertFalse(early().selectFirst("#sheet-2").text().contains("Salary range"));
    }

    @Test
    void draftsAnEmailForEachInterviewerWithTheBetterAnswerInsteadOfThePlainThankYou() {
        Document doc = early();
        List<String> titles = doc.select("article.email h3").eachText();
        assertTrue(titles.contains("Thank-you note with a better answer: Priya Raman"), titles.toString());
        assertFalse(titles.contains("Thank-you note after an interview: Priya Raman"), titles.toString());
        assertTrue(titles.contains("Thank-you note after an interview: Grace Okafor"), titles.toString());
        Element better = doc.select("article.email").stream().filter(e -> e.selectFirst("h3").text().startsWith("Thank-you note with"))
                .findFirst().orElseThrow();
        assertTrue(better.selectFirst("dl.headers").text().contains("Subject Thank you, and a follow-up on our Junior Data Analyst conversation"));
        assertTrue(better.selectFirst(".body").text().contains("“What is your greatest strength?”"),
                better.selectFirst(".body").text());
        assertTrue(better.selectFirst(".body").text().contains("3 % of ticket records were duplicated"));
        assertFalse(doc.select("article.email").text().contains("{{"));
    }

    @Test
    void readinessScoreIsTheShareOfLikelyQuestionsWithAnAnswer() {
        Element readiness = early().selectFirst("#readiness");
        String score = readiness.selectFirst(".score").text();
        assertTrue(score.matches("\\d+% of the likely questions have a prepared answer \\(\\d+ of \\d+\\)\\."), score);
        assertFalse(readiness.select("ol li").isEmpty());
    }

    @Test
    void hasChecklistTocLandmarksAndNoExternalResource() {
        Document doc = early();
        assertEquals(2, doc.select("#checklist h3").size());
        assertEquals(1, doc.select("main#main").size());
        assertEquals(1, doc.select("h1").size());
        assertEquals("en", doc.selectFirst("html").attr("lang"));
        assertTrue(doc.select("[src]").isEmpty());
        assertTrue(doc.select("link[href]").isEmpty());
        for (Element a : doc.select("nav.toc a")) {
            assertFalse(doc.select(a.attr("href")).isEmpty(), a.attr("href"));
        }
    }

    @Test
    void sameInputGivesTheSameBytes() {
        Profile p = Fixtures.profile("early-career.yaml", Fixtures.text(Fixtures.EARLY));
        assertArrayEquals(Fixtures.make(p, Packets.Format.HTML, Packets.Format.ICS).get("packet.html"),
                Fixtures.make(p, Packets.Format.HTML, Packets.Format.ICS).get("packet.html"));
    }

    @Test
    void escapesEveryProfileValue() {
        String yaml = Fixtures.text(Fixtures.EARLY)
                .replace("name: Zoë Łukasiewicz-Ngô", "name: \"Zoë <script>alert(1)</script>\"")
                .replace("company: Harbourline Freight", "company: \"<img src=http://evil.example/x.png> Co\"")
                .replace("Analytics Lead", "\"[click](javascript:alert(1)) Lead\"")
                .replace("      I have just finished", "      <script>alert(2)</script> ![x](http://evil.example/y.png)"
                        + " [me](javascript:alert(3))\n      I have just finished");
        Document doc = html(Fixtures.profile("early-career.yaml", yaml));
        assertTrue(doc.select("script").isEmpty());
        assertTrue(doc.select("img").isEmpty());
        assertTrue(doc.select("[href^=javascript], [src]").isEmpty());
        assertEquals("Zoë <script>alert(1)</script>", doc.selectFirst("h1").text());
        assertTrue(doc.selectFirst(".target").text().contains("<img src=http://evil.example/x.png> Co"));
        assertTrue(doc.text().contains("[click](javascript:alert(1)) Lead"));
        assertTrue(doc.text().contains("<script>alert(2)</script>"));
        assertFalse(doc.html().contains("<script>"));
    }

    @Test
    void missingRecipientFieldIsNamedByItsPath() {
        String yaml = Fixtures.text(Fixtures.SENIOR).replace("  title: Senior Platform Engineer\n", "");
        ContentException e = assertThrows(ContentException.class, () -> Fixtures.make(
                Fixtures.profile("senior.yaml", yaml), Packets.Format.HTML));
        assertEquals(List.of("email template 'insider-outreach' needs insider.title, which the profile does not set"),
                e.problems().stream().map(Problem::message).toList());
        assertEquals(89, e.problems().get(0).line(), "points at the insider mapping");
    }

    @Test
    void decisionFollowUpNeedsTheDecisionDate() {
        String yaml = Fixtures.text(Fixtures.EARLY).replace("decision_date: 2026-12-16\n", "");
        ContentException e = assertThrows(ContentException.class, () -> Fixtures.make(
                Fixtures.profile("early-career.yaml", yaml), Packets.Format.HTML));
        assertEquals(List.of("email template 'decision-follow-up' needs decision_date, which the profile does not set"),
                e.problems().stream().map(Problem::message).toList());
    }

    @Test
    void missingProfileFieldNamesTemplateAndFieldPath() {
        String yaml = Fixtures.text(Fixtures.EARLY).replace("  phone: \"+44 20 7946 0321\"\n", "")
                .replace("        email: grace.okafor@harbourline.example\n", "");
        ContentException e = assertThrows(ContentException.class, () -> Fixtures.make(
                Fixtures.profile("early-career.yaml", yaml), Packets.Format.HTML));
        List<String> messages = e.problems().stream().map(Problem::message).toList();
        assertTrue(messages.contains("email template 'thank-you' needs candidate.phone, which the profile does not set"), messages.toString());
        assertTrue(e.problems().stream().allMatch(p -> p.path().toString().equals("early-career.yaml")));
        assertEquals(5, e.problems().get(0).line(), "points at the candidate mapping");
    }
}
