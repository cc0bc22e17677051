package org.prepbook.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.prepbook.diagnostics.ContentException;
import org.prepbook.diagnostics.Problem;
import org.prepbook.packet.Fixtures;

class ProfileParserTest {
    private static final String VALID = """
            candidate:
              name: Ada Example
              email: ada@example.org
            target:
              role: Analyst
              company: Example Co
            interviews:
              - stage: hiring-manager
                at: 2026-12-09T14:00
                interviewers:
                  - name: Ben Boss
              - stage: phone-screen
                at: 2026-12-01T10:30
                format: phone
                interviewers:
                  - name: Rae Recruiter
            """;

    private static List<Problem> problems(String yaml) {
        ContentException e = assertThrows(ContentException.class, () -> Fixtures.profile("p.yaml", yaml));
        return e.problems();
    }

    private static Problem only(String yaml) {
        List<Problem> list = problems(yaml);
        assertEquals(1, list.size(), () -> list.toString());
        return list.get(0);
    }

    @Test
    void examplesAreValid() {
        ProfileParser parser = new ProfileParser(Fixtures.HANDBOOK);
        Profile early = parser.load(Fixtures.EARLY);
        Profile senior = parser.load(Fixtures.SENIOR);
        assertEquals("early-career", early.slug());
        assertEquals("Zoë Łukasiewicz-Ngô", early.candidate().name());
        assertEquals(3, senior.interviews().size());
    }

    @Test
    void keepsInterviewsInDateOrderAndRemembersWhereEachWasWritten() {
        Profile p = Fixtures.profile("p.yaml", VALID);
        assertEquals("phone-screen", p.interviews().get(0).stage());
        assertEquals(LocalDateTime.of(2026, 12, 1, 10, 30), p.interviews().get(0).at());
        assertEquals("interviews[1]", p.interviews().get(0).field());
        assertEquals(60, p.interviews().get(1).minutes());
    }

    @Test
    void reportsUnknownKeyWithSuggestion() {
        Problem p = only(VALID.replace("  email: ada@example.org\n", "  email: ada@example.org\n  phnoe: 123\n"));
        assertEquals("unknown key 'phnoe'", p.message());
        assertEquals("did you mean 'phone'?", p.hint());
        assertEquals(4, p.line());
        assertEquals(3, p.column());
        assertTrue(p.format().startsWith("p.yaml:4:3: unknown key 'phnoe'"), p.format());
    }

    @Test
    void reportsWrongType() {
        Problem p = only(VALID.replace("company: Example Co", "company: [a, b]"));
        assertEquals("'company' must be text, found a list", p.message());
        assertEquals(6, p.line());
    }

    @Test
    void reportsMissingRequiredField() {
        Problem p = only(VALID.replace("  email: ada@example.org\n", ""));
        assertEquals("missing required key 'email'", p.message());
        assertTrue(p.hint().contains("docs/profile-format.md"), p.hint());
    }

    @Test
    void reportsUnknownStageWithSuggestion() {
        Problem p = only(VALID.replace("stage: phone-screen", "stage: phone-scren"));
        assertEquals("unknown stage 'phone-scren'", p.message());
        assertEquals("did you mean 'phone-screen'?", p.hint());
        assertEquals(12, p.line());
    }

    @Test
    void reportsUnknownQuestionAskAndPromptIds() {
        List<Problem> list = problems(VALID + """
                answers:
                  - question: tell-me-about-yourslef
                    answer: Hi.
                backstory:
                  - prompt: paying-for-scool
                    answer: Yes.
                asks: [next-step]
                """);
        assertEquals(List.of("unknown question 'tell-me-about-yourslef'", "unknown backstory prompt 'paying-for-scool'",
                "unknown ask 'next-step'"), list.stream().map(Problem::message).toList());
        assertEquals(List.of("did you mean 'tell-me-about-yourself'?", "did you mean 'paying-for-school'?",
                "did you mean 'next-steps'?"), list.stream().map(Problem::hint).toList());
    }

    @Test
    void storiesNameQuestionsAndCategoriesTheHandbookHas() {
        String story = """
                stories:
                  - title: T
                    situation: S
                    task: T
                    action: A
                    result: R
                    questions: [a-failure]
                    categories: [%s]
                """;
        Profile ok = Fixtures.profile("p.yaml", VALID + story.formatted("behavioural"));
        assertEquals(List.of("behavioural"), ok.stories().get(0).categories());
        Problem p = only(VALID + story.formatted("behavioral"));
        assertEquals("unknown question category 'behavioral'", p.message());
        assertEquals("did you mean 'behavioural'?", p.hint());
        assertEquals(24, p.line());
    }

    @Test
    void reportsImpossibleDates() {
        List<Problem> list = problems(VALID.replace("2026-12-01T10:30", "2026-02-30T10:30") + "decision_date: 2026-13-01\n");
        assertEquals(List.of("'2026-02-30T10:30' is not a possible date and time", "'2026-13-01' is not a possible date"),
                list.stream().map(Problem::message).toList());
    }

    @Test
    void reportsDecisionDateBeforeAnInterview() {
        Problem p = only(VALID + "decision_date: 2026-12-05\n");
        assertTrue(p.message().startsWith("the decision date 2026-12-05 is before the hiring-manager interview"), p.message());
    }

    @Test
    void reportsUnknownTimeZoneAndFormat() {
        List<Problem> list = problems(VALID.replace("format: phone", "format: zoom") + "time_zone: Mars/Olympus\n");
        assertEquals(List.of("'format' must be one of phone, video, in-person, not 'zoom'", "unknown time zone 'Mars/Olympus'"),
                list.stream().map(Problem::message).toList());
    }

    @Test
    void reportsTheSameAnswerTwice() {
        Problem p = only(VALID + """
                answers:
                  - question: greatest-strength
                    answer: One.
                  - question: greatest-strength
                    answer: Two.
                """);
        assertEquals("'greatest-strength' is answered twice under 'answers'", p.message());
    }

    @Test
    void reportsBetterAnswerForAStageWithoutInterview() {
        Problem p = only(VALID + """
                better_answers:
                  - stage: team-loop
                    question: greatest-strength
                    answer: Better.
                """);
        assertEquals("no interview at stage 'team-loop' in this profile", p.message());
    }

    @Test
    void reportsTwoBetterAnswersForOneInterview() {
        Problem p = only(VALID + """
                better_answers:
                  - stage: phone-screen
                    question: greatest-strength
                    answer: Better.
                  - stage: phone-screen
                    question: greatest-weakness
                    answer: Also better.
                """);
        assertEquals("a second better answer for the phone-screen interview", p.message());
        assertEquals(21, p.line());
    }

    @Test
    void reportsInvalidYamlWithItsPosition() {
        Problem p = only("candidate:\n  name: [unclosed\n");
        assertEquals("the list opened with '[' here is never closed", p.message());
        assertEquals(2, p.line());
        assertEquals(9, p.column());
        assertEquals(Path.of("p.yaml"), p.path());
    }
}
