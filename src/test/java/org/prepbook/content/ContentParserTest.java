package org.prepbook.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.prepbook.diagnostics.ContentException;
import org.prepbook.diagnostics.Mark;
import org.prepbook.diagnostics.Problem;
import org.prepbook.model.Handbook;

/** Content is parsed from strings here; every problem must name the exact line and column. */
class ContentParserTest {
    private static final String SITE = """
            title: T
            organisation: O
            base_url: https://example.edu/hb/
            categories:
              - id: motivation
                title: Motivation
            """;
    private static final String STAGE = """
            ---
            id: phone-screen
            title: Phone screen
            order: 1
            goal: Next step.
            who: A recruiter.
            length: 30 minutes
            mistakes: [Talking too long]
            tips: [Smile]
            ---
            ## Body
            Text.
            """;
    private static final String QUESTION = """
            - id: salary
              text: Salary?
              category: motivation
              stages: [phone-screen]
              intent: Budget.
              guidance: Be direct.
            """;

    private static ContentSources sources(String site, List<String> stages, List<String> questions, List<String> emails) {
        return new ContentSources(new SourceFile(Path.of("c/site.yaml"), site),
                files("c/stages/s", ".md", stages), files("c/questions/q", ".yaml", questions), List.of(), List.of(),
                files("c/emails/e", ".md", emails), List.of());
    }

    private static List<SourceFile> files(String prefix, String ext, List<String> texts) {
        return java.util.stream.IntStream.range(0, texts.size())
                .mapToObj(i -> new SourceFile(Path.of(prefix + i + ext), texts.get(i))).toList();
    }

    private static List<Problem> problems(ContentSources sources) {
        return assertThrows(ContentException.class, () -> ContentParser.parse(sources)).problems();
    }

    private static Problem only(List<Problem> problems) {
        assertEquals(1, problems.size(), () -> "expected one problem, got " + problems.stream().map(Problem::format).toList());
        return problems.get(0);
    }

    @Test
    void parsesValidContentIntoTheModel() {
        Handbook handbook = ContentParser.parse(sources(SITE, List.of(STAGE), List.of(QUESTION), List.of()));
        assertEquals("phone-screen", handbook.stages().get(0).id());
        assertEquals(List.of("Talking too long"), handbook.stages().get(0).mistakes());
        assertEquals(11, handbook.stages().get(0).body().line(), "body starts after the front matter");
        assertEquals("Be direct.", handbook.questions().get(0).guidance().source());
    }

    @Test
    void reportsUnknownKeyWithSuggestion() {
        Problem p = only(problems(sources(SITE, List.of(STAGE), List.of(QUESTION.replace("intent:", "intnet:")), List.of())));
        assertEquals("c/questions/q0.yaml:5:3: unknown key 'intnet'\n"
                + "    5 |   intnet: Budget.\n"
                + "      |   ^\n"
                + "    hint: did you mean 'intent'?", p.format().replace('\\', '/'),
                "reported once, as unknown, not again as the missing 'intent'");
    }

    @Test
    void reportsUnknownStageWithSuggestion() {
        Problem p = only(problems(sources(SITE, List.of(STAGE), List.of(QUESTION.replace("[phone-screen]", "[phone-scren]")), List.of())));
        assertEquals("unknown stage 'phone-scren'", p.message());
        assertEquals("did you mean 'phone-screen'?", p.hint());
        assertEquals(4, p.line());
        assertEquals(12, p.column());
    }

    @Test
    void reportsFrontMatterProblemsAtTheirLineInTheFile() {
        Problem p = only(problems(sources(SITE, List.of(STAGE.replace("order: 1", "order: first")), List.of(), List.of())));
        assertEquals(Path.of("c/stages/s0.md"), p.path());
        assertEquals(4, p.line(), "line 4 of the file: the front matter starts on line 2");
        assertEquals(8, p.column());
        assertTrue(p.message().contains("'order' must be a whole number"), p.message());
    }

    @Test
    void reportsMissingRequiredKeyAtTheItem() {
        Problem p = only(problems(sources(SITE, List.of(STAGE), List.of(QUESTION.replace("  intent: Budget.\n", "")), List.of())));
        assertEquals("missing required key 'intent'", p.message());
        assertEquals(1, p.line());
    }

    @Test
    void reportsDuplicateIdsAcrossFiles() {
        Problem p = only(problems(sources(SITE, List.of(STAGE), List.of(QUESTION, QUESTION), List.of())));
        assertEquals("duplicate question id 'salary'", p.message());
        assertEquals(Path.of("c/questions/q1.yaml"), p.path());
        assertTrue(p.hint().contains("c/questions/q0.yaml:1:7".replace('/', java.io.File.separatorChar)), p.hint());
    }

    @Test
    void reportsInvalidYamlWithItsPosition() {
        Problem p = only(problems(sources(SITE, List.of(STAGE), List.of("- id: a\n  text: [unclosed\n"), List.of())));
        assertEquals("the list opened with '[' here is never closed", p.message());
        assertEquals(new Mark(2, 9), new Mark(p.line(), p.column()), "points at the '[', not at the end of the file");
        assertEquals("  text: [unclosed", p.excerpt());
    }

    @Test
    void reportsUnknownCategoryAndWrongTypeAndMissingFrontMatterAllAtOnce() {
        List<Problem> all = problems(sources(SITE, List.of(STAGE, "no front matter"),
                List.of(QUESTION.replace("category: motivation", "category: motivaton").replace("[phone-screen]", "phone-screen")),
                List.of()));
        List<String> messages = all.stream().map(Problem::message).toList();
        assertEquals(3, all.size(), messages::toString);
        assertTrue(messages.contains("missing front matter"), messages::toString);
        assertTrue(messages.contains("unknown category 'motivaton'"), messages::toString);
        assertTrue(messages.contains("'stages' must be a list, found text"), messages::toString);
    }

    @Test
    void reportsUnknownEmailVariableAtItsLineInTheBody() {
        String email = """
                ---
                id: thanks
                title: Thanks
                when: {anchor: interview, days: 0, description: Same day}
                subject: "Thanks {{recipient.name}}"
                purpose: Thank them.
                ---
                Hi {{recipient.name}},

                Regards, {{candidate.nmae}}
                """;
        Problem p = only(problems(sources(SITE, List.of(STAGE), List.of(), List.of(email))));
        assertEquals("unknown template variable '{{candidate.nmae}}'", p.message());
        assertEquals("did you mean 'candidate.name'?", p.hint());
        assertEquals(10, p.line());
        assertEquals(10, p.column());
    }

    @Test
    void reportsUnknownChoiceWithSuggestion() {
        String email = """
                ---
                id: thanks
                title: Thanks
                when: {anchor: intervew, description: Same day}
                subject: Thanks
                purpose: Thank them.
                ---
                Hi.
                """;
        Problem p = only(problems(sources(SITE, List.of(STAGE), List.of(), List.of(email))));
        assertEquals("did you mean 'interview'?", p.hint());
        assertEquals(4, p.line());
    }

    @Test
    void rejectsBaseUrlThatIsNotAnAbsoluteFolderUrl() {
        Problem p = only(problems(sources(SITE.replace("https://example.edu/hb/", "example.edu/hb"), List.of(STAGE), List.of(), List.of())));
        assertTrue(p.message().startsWith("base_url must be"), p.message());
        assertEquals(3, p.line());
    }
}
