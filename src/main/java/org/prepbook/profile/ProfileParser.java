package org.prepbook.profile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.prepbook.content.Fields;
import org.prepbook.diagnostics.ContentException;
import org.prepbook.diagnostics.LineMap;
import org.prepbook.diagnostics.Mark;
import org.prepbook.diagnostics.Problem;
import org.prepbook.diagnostics.Problems;
import org.prepbook.model.Ask;
import org.prepbook.model.BackstoryPrompt;
import org.prepbook.model.Category;
import org.prepbook.model.Handbook;
import org.prepbook.model.Origin;
import org.prepbook.model.Question;
import org.prepbook.model.Stage;
import org.prepbook.profile.Profile.BetterAnswer;
import org.prepbook.profile.Profile.Interview;
import org.prepbook.profile.Profile.Located;
import org.prepbook.profile.Profile.Person;
import org.prepbook.source.SourceText;
import org.prepbook.source.SourceTree;
import org.prepbook.yaml.YamlReader;

/**
 * Reads a profile with the same strict binder as the content, so a profile mistake is reported
 * exactly like a content mistake: every one of them, located, with a hint. Ids are checked against
 * the handbook the packet will be built from.
 */
public final class ProfileParser {
    static final List<String> FORMATS = List.of("phone", "video", "in-person");
    static final List<String> PAPERS = List.of("a4", "letter");

    private final Set<String> stageIds;
    private final Set<String> questionIds;
    private final Set<String> askIds;
    private final Set<String> promptIds;
    private final Set<String> categoryIds;

    public ProfileParser(Handbook handbook) {
        this.stageIds = ids(handbook.stages(), Stage::id);
        this.questionIds = ids(handbook.questions(), Question::id);
        this.askIds = ids(handbook.asks(), Ask::id);
        this.promptIds = ids(handbook.backstory(), BackstoryPrompt::id);
        this.categoryIds = ids(handbook.site().categories(), Category::id);
    }

    /** Reads {@code file}; throws {@link ContentException} with every problem found. */
    public Profile load(Path file) {
        Problems problems = new Problems();
        if (!Files.isRegularFile(file)) {
            problems.add(file, 1, 1, "profile not found", "pass the path of a profile .yaml file, or a folder of them");
            problems.throwIfAny();
        }
        // The folder that holds a profile is its tree: a link in a cohort's folder may not read a file elsewhere.
        Path folder = file.toAbsolutePath().getParent();
        if (!SourceTree.of(folder, "the profile's folder").contains(file, problems)) {
            problems.throwIfAny();
        }
        String text = SourceText.read(file, problems).orElseThrow(() -> new ContentException(problems.list()));
        return parse(file, text);
    }

    /** Parses the text of a profile; {@code source} is only used to name it in messages and for the slug. */
    public Profile parse(Path source, String text) {
        Problems problems = new Problems();
        Optional<Fields> root = YamlReader.read(source, text.startsWith("\uFEFF") ? text.substring(1) : text, 0, problems)
                .flatMap(node -> Fields.of(source, node, "a profile", problems));
        if (root.isEmpty()) {
            throw failure(problems, text);
        }
        Profile profile = bind(root.get(), problems);
        if (!problems.isEmpty()) {
            throw failure(problems, text);
        }
        return profile;
    }

    private Profile bind(Fields f, Problems problems) {
        Map<String, Origin> where = new HashMap<>();
        where.put("", origin(f, f.mark()));
        Profile.Candidate candidate = f.mapping("candidate", true).map(c -> {
            where.put("candidate", origin(c, c.mark()));
            var out = new Profile.Candidate(c.text("name"), c.text("email"), optional(c, "phone"));
            c.finish();
            return out;
        }).orElse(new Profile.Candidate("", "", Optional.empty()));
        Profile.Target target = f.mapping("target", true).map(t -> {
            where.put("target", origin(t, t.mark()));
            var out = new Profile.Target(t.text("role"), t.text("company"), optional(t, "industry"), optional(t, "level"));
            t.finish();
            return out;
        }).orElse(new Profile.Target("", "", Optional.empty(), Optional.empty()));
        ZoneId zone = zone(f);

        List<Interview> interviews = new ArrayList<>();
        List<Fields> interviewFields = f.mappings("interviews", true);
        for (int i = 0; i < interviewFields.size(); i++) {
            Fields iv = interviewFields.get(i);
            String path = "interviews[" + i + "]";
            where.put(path, origin(iv, iv.mark()));
            String stage = iv.ref("stage", stageIds, "stage");
            Optional<LocalDateTime> at = dateTime(iv, "at");
            int minutes = iv.integer("minutes", 60);
            if (minutes < 5 || minutes > 12 * 60) {
                iv.problemAt("minutes", "'minutes' must be between 5 and 720, not " + minutes,
                        "give the booked length of the interview in minutes, e.g. minutes: 45");
            }
            String format = iv.choice("format", FORMATS, "video");
            Optional<String> location = optional(iv, "location");
            List<Person> people = new ArrayList<>();
            List<Fields> personFields = iv.mappings("interviewers", true);
            for (int j = 0; j < personFields.size(); j++) {
                Fields p = personFields.get(j);
                where.put(path + ".interviewers[" + j + "]", origin(p, p.mark()));
                people.add(person(p));
            }
            iv.finish();
            at.ifPresent(a -> interviews.add(new Interview(path, stage, a, minutes, format, location, people)));
        }
        interviews.sort(Comparator.comparing(Interview::at));

        Optional<LocalDate> decision = f.text("decision_date", "").isEmpty() ? Optional.empty() : date(f, "decision_date");
        decision.ifPresent(d -> interviews.stream().filter(iv -> iv.at().toLocalDate().isAfter(d)).findFirst()
                .ifPresent(iv -> f.problemAt("decision_date", "the decision date " + d + " is before the "
                                + iv.stage() + " interview on " + iv.at().toLocalDate(),
                        "check both dates; the decision comes after the last interview")));

        List<Profile.Strength> strengths = f.mappings("strengths", false).stream().map(s -> {
            var out = new Profile.Strength(s.text("name"), s.text("evidence"));
            s.finish();
            return out;
        }).toList();
        List<Profile.Story> stories = f.mappings("stories", false).stream().map(s -> {
            var out = new Profile.Story(s.text("title"), s.text("situation"), s.text("task"), s.text("action"),
                    s.text("result"), s.refs("questions", questionIds, "question", false),
                    s.refs("categories", categoryIds, "question category", false));
            s.finish();
            return out;
        }).toList();
        Map<String, Located> backstory = byId(f, "backstory", "prompt", promptIds, "backstory prompt");
        Map<String, Located> answers = byId(f, "answers", "question", questionIds, "question");
        List<Profile.Concern> concerns = f.mappings("concerns", false).stream().map(c -> {
            var out = new Profile.Concern(c.text("concern"), c.text("counter"));
            c.finish();
            return out;
        }).toList();
        List<String> asks = f.refs("asks", askIds, "ask", false);
        List<BetterAnswer> better = new ArrayList<>();
        for (Fields b : f.mappings("better_answers", false)) {
            String stage = b.ref("stage", stageIds, "stage");
            if (!stage.isEmpty() && interviews.stream().noneMatch(iv -> iv.stage().equals(stage))) {
                b.problemAt("stage", "no interview at stage '" + stage + "' in this profile",
                        "a better answer follows up an interview listed under 'interviews'");
            } else if (better.stream().anyMatch(x -> x.stage().equals(stage))) {
                b.problemAt("stage", "a second better answer for the " + stage + " interview",
                        "one follow-up email carries one better answer: keep the one that matters most");
            }
            String question = b.ref("question", questionIds, "question");
            Mark at = b.markOf("answer");
            better.add(new BetterAnswer(stage, question, new Located(b.text("answer"), new Origin(b.source(), at.line(), at.column()))));
            b.finish();
        }
        Optional<Person> insider = f.mapping("insider", false).map(p -> {
            where.put("insider", origin(p, p.mark()));
            return person(p);
        });
        List<String> research = f.texts("research", false);
        Optional<Profile.Salary> salary = f.mapping("salary", false).map(s -> {
            var out = new Profile.Salary(s.text("range"), s.text("basis"));
            s.finish();
            return out;
        });
        Optional<String> language = language(f);
        Optional<String> paper = f.text("paper", "").isEmpty() ? Optional.empty() : Optional.of(f.choice("paper", PAPERS, null));
        f.finish();
        return new Profile(f.source(), slug(f.source()), candidate, target, zone, List.copyOf(interviews), decision,
                strengths, stories, backstory, answers, concerns, asks, List.copyOf(better), insider, research, salary,
                Map.copyOf(where), language, paper);
    }

    private static Person person(Fields p) {
        Person out = new Person(p.text("name"), optional(p, "title"), optional(p, "email"));
        p.finish();
        return out;
    }

    /** A list of {@code {<idKey>: id, answer: Markdown}} items, each id known and used once. */
    private static Map<String, Located> byId(Fields f, String key, String idKey, Set<String> known, String kind) {
        Map<String, Located> out = new LinkedHashMap<>();
        for (Fields item : f.mappings(key, false)) {
            String id = item.ref(idKey, known, kind);
            Mark at = item.markOf("answer");
            String answer = item.text("answer");
            if (out.containsKey(id)) {
                item.problemAt(idKey, "'" + id + "' is answered twice under '" + key + "'",
                        "keep one answer per " + kind + "; the first is on line " + out.get(id).origin().line());
            } else if (!id.isEmpty()) {
                out.put(id, new Located(answer, new Origin(item.source(), at.line(), at.column())));
            }
            item.finish();
        }
        return out;
    }

    /** A well-formed BCP 47 tag (the JDK's parser is strict about that), or nothing when the key is absent. */
    private static Optional<String> language(Fields f) {
        String text = f.text("language", "");
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new java.util.Locale.Builder().setLanguageTag(text).build().toLanguageTag());
        } catch (java.util.IllformedLocaleException e) {
            f.problemAt("language", "'" + text + "' is not a BCP 47 language tag",
                    "write a tag such as en, en-US, ar, fa-IR or hi-IN; the packet's language and, by its region, its paper follow it");
            return Optional.empty();
        }
    }

    private static ZoneId zone(Fields f) {
        String text = f.text("time_zone", "UTC");
        try {
            return ZoneId.of(text);
        } catch (DateTimeException e) {
            f.problemAt("time_zone", "unknown time zone '" + text + "'",
                    "use a region name such as Europe/London or America/New_York, or UTC");
            return ZoneOffset.UTC;
        }
    }

    private static Optional<LocalDateTime> dateTime(Fields f, String key) {
        String text = f.text(key);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.parse(text));
        } catch (DateTimeParseException e) {
            f.problemAt(key, "'" + text + "' is not a possible date and time",
                    "write it as ISO-8601 local time, e.g. " + key + ": 2026-12-01T14:30 (the zone is 'time_zone')");
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> date(Fields f, String key) {
        String text = f.text(key);
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            f.problemAt(key, "'" + text + "' is not a possible date", "write it as ISO-8601, e.g. " + key + ": 2026-12-18");
            return Optional.empty();
        }
    }

    private static Optional<String> optional(Fields f, String key) {
        String value = f.text(key, "");
        return value.isBlank() ? Optional.empty() : Optional.of(value);
    }

    private static Origin origin(Fields f, Mark mark) {
        return new Origin(f.source(), mark.line(), mark.column());
    }

    /** The packet's folder name: the profile's file name, so a cohort's packets never collide. */
    public static String slug(Path source) {
        String name = source.getFileName() == null ? "profile" : source.getFileName().toString();
        name = name.replaceFirst("\\.ya?ml$", "").toLowerCase(java.util.Locale.ROOT);
        String slug = name.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "profile" : slug;
    }

    // The shared binder's hints point at the content docs; a profile's reader needs the profile docs.
    private static ContentException failure(Problems problems, String text) {
        LineMap lines = LineMap.of(text);
        return new ContentException(problems.sorted().stream()
                .map(p -> new Problem(p.path(), p.line(), p.column(), p.message(),
                        p.hint() == null ? null : p.hint().replace("docs/content-format.md", "docs/profile-format.md"),
                        p.excerpt()).quoting(lines))
                .toList());
    }

    private static <T> Set<String> ids(List<T> items, Function<T, String> id) {
        return items.stream().map(id).collect(java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new));
    }
}
