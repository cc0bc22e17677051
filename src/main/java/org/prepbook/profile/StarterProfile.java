package org.prepbook.profile;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.prepbook.model.Ask;
import org.prepbook.model.BackstoryPrompt;
import org.prepbook.model.Category;
import org.prepbook.model.Handbook;
import org.prepbook.model.Question;
import org.prepbook.model.Stage;

/**
 * A commented starter profile written from a handbook's own content: two interviews a week and two
 * apart from {@code today}, and under each list every real id of the handbook with its text as a
 * comment, so a student who has never written YAML edits values and removes {@code #} marks rather
 * than looking ids up. The file parses as it is and makes a packet, so the first run already works.
 *
 * <p>The words a student reads (comments, placeholder values) come from {@code text}, the theme's
 * messages under {@code starter.}, so a translated theme writes a translated starter.
 */
public final class StarterProfile {
    /** The two stages the starter plans, when the handbook has them: the first call and the first real interview. */
    private static final List<String> PREFERRED = List.of("phone-screen", "hiring-manager");

    private final Handbook handbook;
    private final Text text;
    private final StringBuilder out = new StringBuilder();

    /** The theme's messages as the starter needs them: a key under {@code starter.} and its placeholder values. */
    public interface Text {
        String of(String key, Object... namesAndValues);
    }

    private StarterProfile(Handbook handbook, Text text) {
        this.handbook = handbook;
        this.text = text;
    }

    /** The starter's YAML for a student whose interviews are ahead of {@code today}, in {@code zone}. */
    public static String write(Handbook handbook, Text text, LocalDate today, ZoneId zone, String fileName) {
        return new StarterProfile(handbook, text).yaml(today, zone, fileName);
    }

    private String yaml(LocalDate today, ZoneId zone, String fileName) {
        List<Stage> stages = stages();
        LocalDate first = WorkingDays.from(today.plusDays(7));
        LocalDate second = WorkingDays.from(today.plusDays(14));
        LocalDate decision = WorkingDays.from(today.plusDays(21));
        comment(text.of("starter.header", "today", today, "title", handbook.site().title()));
        comment(text.of("starter.howTo"));
        comment(text.of("starter.make", "file", fileName));
        line("candidate:");
        value("  name", text.of("starter.value.name"));
        value("  email", text.of("starter.value.email"));
        value("  phone", text.of("starter.value.phone"));
        line("target:");
        value("  role", text.of("starter.value.role"));
        value("  company", text.of("starter.value.company"));
        value("  industry", text.of("starter.value.industry"));
        value("  level", text.of("starter.value.level"));
        comment(text.of("starter.zone"));
        value("time_zone", zone.getId());
        line("");
        comment(text.of("starter.interviews"));
        for (Stage s : handbook.stages().stream().sorted(Comparator.comparingInt(Stage::order)).toList()) {
            comment("  " + s.id() + ": " + s.title());
        }
        line("interviews:");
        interview(stages.get(0), first + "T10:00", 30, "phone", "starter.value.recruiter", "starter.value.recruiterTitle");
        if (stages.size() > 1) {
            interview(stages.get(1), second + "T14:00", 60, "video", "starter.value.manager", "starter.value.managerTitle");
        }
        comment(text.of("starter.decision"));
        line("decision_date: " + decision);
        line("");
        line("strengths:");
        value("  - name", text.of("starter.value.strength"));
        value("    evidence", text.of("starter.value.evidence"));
        line("");
        List<Question> likely = handbook.questions().stream()
                .filter(q -> q.stages().stream().anyMatch(id -> stages.stream().anyMatch(s -> s.id().equals(id)))).toList();
        List<Question> others = handbook.questions().stream().filter(q -> !likely.contains(q)).toList();
        comment(text.of("starter.stories"));
        for (Category c : handbook.site().categories()) {
            comment("  " + c.id() + ": " + c.title());
        }
        line("stories:");
        value("  - title", text.of("starter.value.storyTitle"));
        value("    situation", text.of("starter.value.situation"));
        value("    task", text.of("starter.value.task"));
        value("    action", text.of("starter.value.action"));
        value("    result", text.of("starter.value.result"));
        if (!likely.isEmpty()) {
            line("    questions: [" + likely.get(0).id() + "]");
        }
        comment("  " + "  categories: [" + (handbook.site().categories().isEmpty() ? "" : handbook.site().categories().get(0).id()) + "]");
        line("");
        comment(text.of("starter.answers"));
        list("answers", likely, others, text.of("starter.otherQuestions"), "question", Question::id, Question::text);
        line("");
        comment(text.of("starter.backstory"));
        list("backstory", handbook.backstory(), List.of(), "", "prompt", BackstoryPrompt::id, BackstoryPrompt::prompt);
        line("");
        comment(text.of("starter.asks"));
        List<Ask> asks = handbook.asks().stream()
                .filter(a -> a.stages().stream().anyMatch(id -> stages.stream().anyMatch(s -> s.id().equals(id)))).toList();
        line("asks:");
        for (int i = 0; i < asks.size(); i++) {
            line((i < 2 ? "  - " : "  # - ") + asks.get(i).id() + "  # " + oneLine(asks.get(i).text()));
        }
        for (Ask a : handbook.asks().stream().filter(a -> !asks.contains(a)).toList()) {
            line("  # - " + a.id() + "  # " + oneLine(a.text()));
        }
        line("");
        comment(text.of("starter.concerns"));
        line("concerns:");
        value("  - concern", text.of("starter.value.concern"));
        value("    counter", text.of("starter.value.counter"));
        comment(text.of("starter.research"));
        line("research:");
        line("  - " + quote(text.of("starter.value.research")));
        line("salary:");
        value("  range", text.of("starter.value.range"));
        value("  basis", text.of("starter.value.basis"));
        line("");
        comment(text.of("starter.optional"));
        comment("insider:");
        comment("  name: " + quote(text.of("starter.value.insider")));
        comment("  title: " + quote(text.of("starter.value.insiderTitle")));
        comment("  email: insider@example.com");
        comment("better_answers:");
        comment("  - stage: " + stages.get(0).id());
        comment("    question: " + (likely.isEmpty() ? "QUESTION-ID" : likely.get(0).id()));
        comment("    answer: " + quote(text.of("starter.value.better")));
        return out.toString();
    }

    /** The stages to plan: the preferred pair when the handbook has them, else its first two after the first. */
    private List<Stage> stages() {
        List<Stage> ordered = handbook.stages().stream().sorted(Comparator.comparingInt(Stage::order)).toList();
        List<Stage> preferred = PREFERRED.stream()
                .flatMap(id -> ordered.stream().filter(s -> s.id().equals(id))).toList();
        if (preferred.size() == PREFERRED.size()) {
            return preferred;
        }
        return ordered.size() > 2 ? ordered.subList(1, 3) : ordered;
    }

    private void interview(Stage stage, String at, int minutes, String format, String name, String title) {
        line("  - stage: " + stage.id() + "  # " + oneLine(stage.title()));
        line("    at: " + at);
        line("    minutes: " + minutes);
        line("    format: " + format + "  # " + text.of("starter.formats"));
        line("    interviewers:");
        value("      - name", text.of(name));
        value("        title", text.of(title));
        line("        email: " + quote(text.of(name + "Email")));
    }

    /**
     * {@code header:} and a list keyed by id: the first of {@code items} uncommented with a placeholder
     * answer, the rest, then {@code more} under {@code moreNote}, as comments, each with its text, so
     * removing {@code #} marks is all it takes to answer one more.
     */
    private <T> void list(String header, List<T> items, List<T> more, String moreNote, String key,
                          Function<T, String> id, Function<T, String> label) {
        // An empty list must still be a list: a key with nothing under it is null, which the parser refuses.
        line(items.isEmpty() ? header + ": []" : header + ":");
        List<T> all = new ArrayList<>(items);
        all.addAll(more);
        for (int i = 0; i < all.size(); i++) {
            if (i == items.size() && !more.isEmpty()) {
                comment("  " + moreNote);
            }
            String mark = i == 0 && !items.isEmpty() ? "" : "# ";
            line("  " + mark + "- " + key + ": " + id.apply(all.get(i)) + "  # " + oneLine(label.apply(all.get(i))));
            line("  " + mark + "  answer: " + quote(text.of("starter.value.answer")));
        }
    }

    private void comment(String text) {
        for (String l : text.split("\n", -1)) {
            line(l.isEmpty() ? "#" : "# " + l);
        }
    }

    private void value(String key, String value) {
        line(key + ": " + quote(value));
    }

    private void line(String l) {
        out.append(l).append('\n');
    }

    /** A YAML double-quoted scalar: every character literal, whatever the value holds. */
    static String quote(String value) {
        StringBuilder q = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> q.append("\\\"");
                case '\\' -> q.append("\\\\");
                case '\n' -> q.append("\\n");
                case '\t' -> q.append("\\t");
                default -> q.append(c);
            }
        }
        return q.append('"').toString();
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").trim();
    }
}
