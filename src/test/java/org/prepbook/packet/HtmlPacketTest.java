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
    void coverNamesCandidateRoleCompanyAndTheInterviewsAheadWithTheirZone() {
        Document doc = early();
        assertEquals("Zoë Łukasiewicz-Ngô", doc.selectFirst("header h1").text());
        assertEquals("Junior Data Analyst (entry) at Harbourline Freight", doc.selectFirst("header .target").text());
        List<String> ahead = doc.select("ol.ahead li").eachText();
        assertEquals(2, ahead.size());
        assertEquals("The recruiter phone screen: Tuesday, December 1, 2026, 10:30 AM GMT, by phone, with Priya Raman (Talent Partner)",
                ahead.get(0));
        assertTrue(doc.selectFirst("header .zone").text().contains("Europe/London"), doc.selectFirst("header .zone").text());
    }

    @Test
    void everyTimeOfDayCarriesItsZoneIncludingSummerTime() {
        Document senior = html(Fixtures.profile("senior.yaml", Fixtures.text(Fixtures.SENIOR)));
        for (Element when : senior.select("section.sheet > p.when")) {
            assertTrue(when.text().matches(".*, \\d\\d?:\\d\\d [AP]M PST · .*"), when.text());
        }
        String july = Fixtures.text(Fixtures.SENIOR).replace("2026-12-02T09:00", "2026-07-02T09:00");
        Document summer = html(Fixtures.profile("senior.yaml", july));
        assertTrue(summer.selectFirst("#sheet-1 > p.when").text().startsWith("Thursday, July 2, 2026, 9:00 AM PDT"),
                summer.selectFirst("#sheet-1 > p.when").text());
    }

    @Test
    void timelineComputesThankYouAndDecisionFollowUpDates() {
        List<String> rows = early().select("table.timeline tbody tr").eachText();
        assertTrue(rows.contains("Wed, Dec 9, 2026 Send: Thank-you note after an interview (to Tomasz Wiśniewski, Grace Okafor)"
                + " Send it the same day; Thu, Dec 10, 2026 at the latest."), String.join("\n", rows));
        // Decision on 16 December; the follow-up is due 48 hours later, to the person met last.
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("Fri, Dec 18, 2026 Send: Following up after the decision date (to Tomasz Wiśniewski)")),
                String.join("\n", rows));
        assertTrue(rows.get(0).startsWith("Tue, Dec 1, 2026 The recruiter phone screen, 10:30 AM GMT 30 minutes, by phone"), rows.get(0));
    }

    @Test
    void prepSheetsComeInDateOrderEachWithItsQuestionsAndItsDayChecklist() {
        Document doc = html(Fixtures.profile("senior.yaml", Fixtures.text(Fixtures.SENIOR)));
        assertEquals(List.of("The first interview with HR, Wed, Dec 2, 2026", "The team interview loop, Tue, Dec 8, 2026",
                "Meeting the senior leader, Mon, Dec 14, 2026"), doc.select("section.sheet > h2").eachText());
        for (Element sheet : doc.select("section.sheet")) {
            Element checklist = sheet.selectFirst(".checklist");
            assertTrue(checklist.selectFirst("h3").text().startsWith("Checklist for the day: "), checklist.text());
            assertFalse(checklist.select("ul.check li").isEmpty());
            assertFalse(sheet.select("table.questions tr").isEmpty());
            for (Element a : sheet.select("table.questions a")) {
                // Its guide entry, or, for a question the guide leaves out, its page in the handbook.
                String href = a.attr("href");
                assertTrue(href.startsWith("#") ? doc.select(href).size() == 1
                        : href.startsWith("https://career.example.edu/handbook/questions/") && doc.getElementById("q-"
                        + href.replaceAll(".*/questions/([^/]+)/$", "$1")) == null, href);
            }
        }
        Element leader = doc.select("section.sheet").get(2);
        Element failure = leader.select("table.questions tr").stream()
                .filter(r -> r.selectFirst("a").text().equals("Tell me about a time you failed.")).findFirst().orElseThrow();
        assertEquals("Your answer is ready", failure.selectFirst(".status").text());
        assertFalse(leader.select("ul.asks li").isEmpty());
    }

    @Test
    void theGuideGivesEveryLikelyQuestionItsIntentGuidancePitfallsAndPermalinkOnce() {
        Profile p = Fixtures.profile("senior.yaml", Fixtures.text(Fixtures.SENIOR));
        Document doc = html(p);
        java.util.Set<String> stages = new java.util.HashSet<>(p.interviews().stream().map(Profile.Interview::stage).toList());
        List<org.prepbook.model.Question> likely = Fixtures.HANDBOOK.questions().stream()
                .filter(q -> q.stages().stream().anyMatch(stages::contains))
                .filter(q -> doc.getElementById("q-" + q.id()) != null).toList();
        assertEquals(likely.size(), doc.select("#guide article.entry").size(), "every entry is a likely question, once");
        // Every answered question is in it; of those still to prepare, a few per interview.
        p.answers().keySet().forEach(id -> assertTrue(doc.getElementById("q-" + id) != null, id));
        long open = doc.select("#guide article.entry").stream().filter(e -> e.selectFirst(".write") != null).count();
        assertTrue(open > 0 && open <= (long) GuidePlanner.TO_PREPARE * p.interviews().size(), open + " to prepare");
        for (org.prepbook.model.Question q : likely) {
            Element entry = doc.selectFirst("#guide article#q-" + q.id());
            assertEquals(q.text(), entry.selectFirst("h3").text());
            assertTrue(entry.selectFirst(".intent").text().endsWith(q.intent()), entry.selectFirst(".intent").text());
            assertFalse(entry.selectFirst(".guidance").text().isBlank());
            assertEquals(q.pitfalls(), entry.select(".pitfalls li").eachText());
            assertEquals("https://career.example.edu/handbook/questions/" + q.id() + "/", entry.selectFirst(".link a").attr("href"));
            // Links inside the guidance lead to the handbook's own pages, under its base URL.
            for (Element a : entry.select(".guidance a[href]")) {
                assertTrue(a.attr("href").startsWith("https://career.example.edu/handbook/"), a.attr("href"));
            }
        }
        Element failure = doc.selectFirst("#q-a-failure");
        assertTrue(failure.selectFirst(".answer").text().contains("The nine-hour outage."));
        assertEquals("The nine-hour outage", failure.selectFirst(".story-ref").text());
        assertEquals(failure.selectFirst(".story-ref").attr("href"), "#" + doc.select(".story").stream()
                .filter(s -> s.selectFirst("h3").text().equals("The nine-hour outage")).findFirst().orElseThrow().id());
    }

    @Test
    void anUnpreparedQuestionGetsLinesToWriteOnAndAPreparedOneNone() {
        Document doc = early();
        Element open = doc.select("#guide article.entry").stream().filter(e -> e.selectFirst(".answer") == null
                && e.selectFirst(".story-ref") == null).findFirst().orElseThrow();
        assertTrue(open.selectFirst(".write .missing").text().startsWith("Not prepared yet."));
        assertTrue(open.select(".write .lines > div").size() >= 4);
        assertTrue(doc.selectFirst("#q-tell-me-about-yourself").select(".lines").isEmpty());
        Element backstory = doc.select("#backstory .prompt").stream().filter(b -> b.selectFirst(".answer") == null)
                .findFirst().orElseThrow();
        assertTrue(backstory.select(".lines > div").size() >= 3);
    }

    @Test
    void aStoryThatNamesAQuestionOrItsCategoryPreparesIt() {
        // Without answers, only stories can prepare a question.
        String yaml = Fixtures.text(Fixtures.EARLY).replaceAll("(?s)\nanswers:.*?\nconcerns:", "\nconcerns:")
                .replace("    questions: [competing-priorities, handling-pressure, tell-me-about-a-time]",
                        "    questions: [competing-priorities]\n    categories: [motivation]");
        Profile p = Fixtures.profile("early-career.yaml", yaml);
        assertTrue(p.answers().isEmpty());
        Document doc = html(p);
        for (org.prepbook.model.Question q : Fixtures.HANDBOOK.questions()) {
            Element entry = doc.selectFirst("#q-" + q.id());
            if (entry == null) {
                continue;
            }
            boolean named = q.category().equals("motivation") || List.of("competing-priorities", "most-successful-project",
                    "tell-me-about-a-time", "project-with-named-tool").contains(q.id());
            assertEquals(named, entry.select(".lines").isEmpty(), q.id());
            assertEquals(named, !entry.select(".story-ref").isEmpty(), q.id());
        }
        for (Element row : doc.select("table.questions tr")) {
            assertEquals(row.hasClass("ready"), row.selectFirst(".status").text().startsWith("Tell the story: "), row.text());
        }
    }

    @Test
    void theTimeBudgetSaysTheBookedAndTheTypicalLengthApart() {
        Profile p = Fixtures.profile("senior.yaml", Fixtures.text(Fixtures.SENIOR));
        Document doc = html(p);
        for (int i = 0; i < p.interviews().size(); i++) {
            Profile.Interview iv = p.interviews().get(i);
            List<String> values = doc.select("#sheet-" + (i + 1) + " table.budget td").eachText();
            assertEquals(iv.minutes() + " minutes", values.get(0));
            assertEquals(Fixtures.HANDBOOK.stages().stream().filter(s -> s.id().equals(iv.stage())).findFirst().orElseThrow().length(),
                    values.get(1));
        }
        assertEquals("Tuesday, December 8, 2026, 1:00 PM PST · in person · Quillstone Health, 220 Mission Street, San Francisco",
                doc.selectFirst("#sheet-2 > p.when").text());
    }

    @Test
    void phoneScreenSheetHasResearchAndSalary() {
        Element phone = early().selectFirst("#sheet-1");
        assertTrue(phone.select("ul.research li").eachText().contains("The analytics team was formed two years ago and has five people."));
        assertTrue(phone.text().contains("Salary range: £27,000–£30,000, based on published graduate analyst salaries"), phone.text());
        assertFalse(early().selectFirst("#sheet-2").text().contains("Salary range"));
    }

    @Test
    void theWaitingRoomSummaryHasEveryInterviewWithWhatIsLeft() {
        Document doc = early();
        Element summary = doc.selectFirst("#summary");
        List<Element> interviews = summary.select("table.summary-interviews tbody tr");
        assertEquals(2, interviews.size());
        assertEquals("The recruiter phone screen", interviews.get(0).selectFirst("th a").text());
        assertTrue(interviews.get(0).text().contains("10:30 AM GMT"), interviews.get(0).text());
        assertTrue(interviews.get(1).text().contains("Harbourline Freight, 4 Dock Road, Leeds"), interviews.get(1).text());
        assertEquals(doc.select("#readiness li").eachText().subList(0, 2),
                interviews.stream().map(i -> i.selectFirst("td p").text()).toList());
        assertTrue(summary.text().contains("The route-merging dissertation: Two routes were merged"), summary.text());
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
    void readinessSaysWhatIsLeftPerInterviewInPlainWords() {
        Element readiness = early().selectFirst("#readiness");
        String score = readiness.selectFirst(".score").text();
        assertTrue(score.matches("\\d+% of the likely questions have a prepared answer or a story that fits \\(\\d+ of \\d+\\)\\."), score);
        List<String> perInterview = readiness.select("ul li").eachText();
        assertEquals(2, perInterview.size());
        assertTrue(perInterview.get(0).matches("The recruiter phone screen \\(Tue, Dec 1, 2026\\): \\d+ of \\d+ likely questions"
                + " prepared; \\d+ are still to prepare\\."), perInterview.get(0));
        assertFalse(readiness.select("ol li").isEmpty());
        assertTrue(readiness.selectFirst("ol li").text().matches("The (recruiter phone screen|hiring manager interview): prepare an answer to “.*”"),
                readiness.selectFirst("ol li").text());
    }

    @Test
    void hasChecklistTocLandmarksAndNoExternalResource() {
        Document doc = early();
        assertEquals(2, doc.select("section.sheet .checklist h3").size());
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
    void withoutADecisionDateTheCheckInTakesThePlaceOfTheFollowUp() {
        String yaml = Fixtures.text(Fixtures.EARLY).replace("decision_date: 2026-12-16\n", "");
        String html = new String(Fixtures.make(Fixtures.profile("early-career.yaml", yaml), Packets.Format.HTML)
                .get("packet.html"), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(html.contains("Checking in when no decision date was given"), "the check-in is drafted");
        assertFalse(html.contains("Following up after the decision date"), "the follow-up needs a date to be sent on");
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

    /** A handbook in Chinese or Arabic: its packet's dates in that language's order, its counts in that language's plural forms. */
    @Test
    void aPacketWritesDatesAndCountsTheHandbookLanguagesWay() {
        Profile early = Fixtures.profile("early-career.yaml", Fixtures.text(Fixtures.EARLY));
        Document chinese = Jsoup.parse(new String(Fixtures.makeIn("zh", early, Packets.Format.HTML).get("packet.html"),
                StandardCharsets.UTF_8));
        assertTrue(chinese.selectFirst("ol.ahead li").text().contains("2026年12月1日星期二 GMT 上午10:30"),
                chinese.selectFirst("ol.ahead li").text());
        Document arabic = Jsoup.parse(new String(Fixtures.makeIn("ar", early, Packets.Format.HTML).get("packet.html"),
                StandardCharsets.UTF_8));
        assertTrue(arabic.selectFirst("ol.ahead li").text().contains("الثلاثاء، ١ ديسمبر، ٢٠٢٦ ١٠:٣٠ ص جرينتش"),
                arabic.selectFirst("ol.ahead li").text());
        // Six days before the phone screen ("few": أيام), fourteen before the second interview ("many": يومًا).
        assertEquals(List.of("٦ أيام", "١٤ يومًا"), arabic.select("table.budget tr:last-child td").eachText());
    }
}

