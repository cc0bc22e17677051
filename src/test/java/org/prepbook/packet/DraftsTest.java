package org.prepbook.packet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.prepbook.diagnostics.Problems;
import org.prepbook.model.EmailTemplate;
import org.prepbook.model.EmailVariable;
import org.prepbook.model.Handbook;
import org.prepbook.model.MarkdownText;
import org.prepbook.model.Origin;
import org.prepbook.profile.Profile;

class DraftsTest {
    @Test
    void everyVariableTheHandbookShowsIsFilledInADraft() {
        // One template over every variable the site can show; a profile that sets everything must fill them all.
        String all = Arrays.stream(EmailVariable.values()).map(v -> v.key() + "={{" + v.key() + "}}")
                .collect(Collectors.joining("\n\n"));
        EmailTemplate every = new EmailTemplate("every", "Every variable",
                new EmailTemplate.SendTime(EmailTemplate.Anchor.INTERVIEW, 0, "Same day"), all.replace("\n\n", " "), "Test.",
                new MarkdownText(all, Path.of("every.md"), 1), new Origin(Path.of("every.md"), 1, 1));
        Handbook h = Fixtures.HANDBOOK;
        Handbook handbook = new Handbook(h.site(), h.stages(), h.questions(), h.asks(), h.backstory(), List.of(every), h.pages());
        Profile early = Fixtures.profile("early-career.yaml", Fixtures.text(Fixtures.EARLY));
        Problems problems = new Problems();

        List<Drafts.Draft> drafts = Drafts.of(handbook, early, Dates.of(early, "en"), problems);

        assertTrue(problems.isEmpty(), () -> problems.list().toString());
        assertEquals(1, drafts.size(), "only the interview with a better answer gets it");
        for (EmailVariable v : EmailVariable.values()) {
            assertFalse(drafts.get(0).subject().contains(v.key() + "= "), v.key() + " empty in: " + drafts.get(0).subject());
            assertFalse(drafts.get(0).bodyMarkdown().contains("{{"), drafts.get(0).bodyMarkdown());
        }
        assertTrue(drafts.get(0).subject().contains("recipient.name=Priya Raman "), drafts.get(0).subject());
    }

    private static List<Drafts.Draft> drafts(Profile p) {
        Problems problems = new Problems();
        List<Drafts.Draft> drafts = Drafts.of(Fixtures.HANDBOOK, p, Dates.of(p, "en"), problems);
        assertTrue(problems.isEmpty(), () -> problems.list().toString());
        return drafts;
    }

    @Test
    void theDecisionFollowUpGoesToWhoeverTheStudentMetLast() {
        for (Path file : List.of(Fixtures.EARLY, Fixtures.SENIOR)) {
            Profile p = Fixtures.profile(file.getFileName().toString(), Fixtures.text(file));
            Drafts.Draft followUp = drafts(p).stream().filter(d -> d.template().when().anchor() == EmailTemplate.Anchor.DECISION)
                    .findFirst().orElseThrow();
            Profile.Interview last = p.interviews().get(p.interviews().size() - 1);
            assertEquals(last.interviewers().get(0), followUp.to(), file.toString());
        }
    }

    @Test
    void sendsFallOnWorkingDaysInDateOrder() {
        // A Friday interview: a two-day follow-up would fall on Sunday. A Thursday decision: +2 is Saturday.
        String yaml = Fixtures.text(Fixtures.EARLY).replace("2026-12-09T14:00", "2026-12-11T14:00")
                .replace("decision_date: 2026-12-16", "decision_date: 2026-12-17");
        List<Drafts.Draft> drafts = drafts(Fixtures.profile("early-career.yaml", yaml));
        java.time.LocalDate previous = null;
        for (Drafts.Draft d : drafts) {
            if (d.sendOn() == null) {
                // Undated: outreach before everything, replies to an outcome after everything.
                assertEquals(d.template().when().anchor() == EmailTemplate.Anchor.NONE, previous == null, d.template().id());
                continue;
            }
            assertFalse(d.sendOn().getDayOfWeek().getValue() >= 6, d.template().id() + " on " + d.sendOn());
            assertTrue(previous == null || !d.sendOn().isBefore(previous), d.template().id() + " on " + d.sendOn());
            previous = d.sendOn();
        }
        Drafts.Draft followUp = drafts.stream().filter(d -> d.template().id().equals("decision-follow-up")).findFirst().orElseThrow();
        assertEquals(java.time.LocalDate.of(2026, 12, 21), followUp.sendOn(), "Saturday 19 December moves to Monday");
    }

    @Test
    void eachAnchorReachesItsPeople() {
        Profile p = Fixtures.profile("senior.yaml", Fixtures.text(Fixtures.SENIOR));
        Profile.Interview last = p.interviews().get(p.interviews().size() - 1);
        List<Drafts.Draft> drafts = drafts(p);
        for (Drafts.Draft d : drafts) {
            switch (d.template().when().anchor()) {
                case INTERVIEW -> assertTrue(d.interview().orElseThrow().interviewers().contains(d.to()), d.template().id());
                case DECISION, OUTCOME -> assertEquals(last.interviewers().get(0), d.to(), d.template().id());
                case NONE -> assertEquals(p.insider().orElseThrow(), d.to(), d.template().id());
                case NO_DECISION -> throw new AssertionError(d.template().id() + " drafted although the profile has a decision date");
            }
        }
        List<String> outcomes = drafts.stream().filter(d -> d.template().when().anchor() == EmailTemplate.Anchor.OUTCOME)
                .map(d -> d.template().id()).toList();
        assertEquals(List.of("accept-offer", "after-a-rejection", "decline-offer", "withdraw"), outcomes.stream().sorted().toList());
        assertTrue(drafts.subList(drafts.size() - outcomes.size(), drafts.size()).stream()
                .allMatch(d -> d.sendOn() == null), "replies to an outcome close the list, undated");
    }

    @Test
    void withoutADecisionDateTheCheckInGoesToWhoeverTheStudentMetLast() {
        Profile p = Fixtures.profile("early-career.yaml", Fixtures.text(Fixtures.EARLY).replace("decision_date: 2026-12-16\n", ""));
        Profile.Interview last = p.interviews().get(p.interviews().size() - 1);
        List<Drafts.Draft> checkIns = drafts(p).stream()
                .filter(d -> d.template().when().anchor() == EmailTemplate.Anchor.NO_DECISION).toList();
        assertEquals(1, checkIns.size());
        assertEquals(last.interviewers().get(0), checkIns.get(0).to());
        assertEquals(Dates.workingDayFrom(last.at().toLocalDate().plusDays(checkIns.get(0).template().when().days())),
                checkIns.get(0).sendOn());
        assertTrue(drafts(p).stream().noneMatch(d -> d.template().when().anchor() == EmailTemplate.Anchor.DECISION));
    }
}
