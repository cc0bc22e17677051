package org.prepbook.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import org.prepbook.diagnostics.LineMap;
import org.prepbook.diagnostics.Mark;
import org.prepbook.diagnostics.Problem;
import org.prepbook.diagnostics.Problems;
import org.prepbook.diagnostics.Suggestions;
import org.prepbook.model.Ask;
import org.prepbook.model.BackstoryPrompt;
import org.prepbook.model.Category;
import org.prepbook.model.EmailTemplate;
import org.prepbook.model.EmailVariable;
import org.prepbook.model.Handbook;
import org.prepbook.model.Language;
import org.prepbook.model.MarkdownText;
import org.prepbook.model.Origin;
import org.prepbook.model.Page;
import org.prepbook.model.Placeholders;
import org.prepbook.model.Question;
import org.prepbook.model.SiteConfig;
import org.prepbook.model.Stage;
import org.prepbook.route.Routes;
import org.prepbook.yaml.YamlNode;
import org.prepbook.yaml.YamlReader;

/**
 * Turns the text of a content folder into a validated {@link Handbook}, or throws a
 * {@link ContentException} with every problem found.
 *
 * <p>Order matters: the site (for categories) and the stages are read first, because questions and
 * asks refer to them; each file is parsed on its own, in parallel, and problems are merged in file
 * order so that the report is the same on every run.
 */
public final class ContentParser {

    private ContentParser() {
    }

    public static Handbook parse(ContentSources sources) {
        return parse(sources, ContentParser::parseSite);
    }

    /**
     * The handbook's translation into {@code language}, read from its own folder: the same files,
     * checked the same way, with a {@code site.yaml} that takes what all languages share from
     * {@code main}.
     */
    public static Handbook parseTranslation(ContentSources sources, SiteConfig main, String language) {
        return parse(sources, (file, problems) -> parseTranslatedSite(file, main, language, problems));
    }

    private static Handbook parse(ContentSources sources, BiFunction<SourceFile, Problems, SiteConfig> siteParser) {
        Problems problems = new Problems();
        Problems siteProblems = new Problems();
        SiteConfig site = siteParser.apply(sources.site(), siteProblems);
        problems.addAll(siteProblems.list());
        List<Stage> stages = perFile(sources.stages(), ContentParser::parseStage, problems);
        // Checking references against a list that is missing ids would bury the one real error (a
        // site.yaml or stage file that does not parse) under an "unknown ..." for every use of them.
        boolean allStagesRead = stages.size() == sources.stages().size();
        stages = stages.stream().sorted(Comparator.comparingInt(Stage::order).thenComparing(Stage::id)).toList();
        Set<String> stageIdsRead = unique(stages, Stage::id, Stage::origin, "stage", problems);
        Optional<Set<String>> stageIds = allStagesRead ? Optional.of(stageIdsRead) : Optional.empty();
        checkStageOrders(stages, problems);

        Optional<Set<String>> categoryIds = siteProblems.isEmpty()
                ? Optional.of(new LinkedHashSet<>(site.categories().stream().map(Category::id).toList())) : Optional.empty();
        List<Question> questions = perFile(sources.questions(), (f, p) -> parseQuestions(f, stageIds, categoryIds, p), problems);
        unique(questions, Question::id, Question::origin, "question", problems);
        List<Ask> asks = perFile(sources.asks(), (f, p) -> parseAsks(f, stageIds, p), problems);
        unique(asks, Ask::id, Ask::origin, "ask", problems);
        List<BackstoryPrompt> backstory = perFile(sources.backstory(), ContentParser::parseBackstory, problems);
        unique(backstory, BackstoryPrompt::id, BackstoryPrompt::origin, "backstory prompt", problems);
        List<EmailTemplate> emails = perFile(sources.emails(), ContentParser::parseEmail, problems);
        unique(emails, EmailTemplate::id, EmailTemplate::origin, "email template", problems);
        List<Page> pages = perFile(sources.pages(), ContentParser::parsePage, problems);
        pages = pages.stream().sorted(Comparator.comparingInt(Page::order).thenComparing(Page::slug)).toList();

        problems.throwIfAny(texts(sources));
        return new Handbook(site, stages, questions, asks, backstory, emails, pages);
    }

    /** Each file's text by path, so every problem can quote its line. */
    private static Map<Path, String> texts(ContentSources sources) {
        Map<Path, String> texts = new HashMap<>();
        texts.put(sources.site().path(), sources.site().text());
        for (List<SourceFile> files : List.of(sources.stages(), sources.questions(), sources.asks(), sources.backstory(),
                sources.emails(), sources.pages())) {
            files.forEach(f -> texts.put(f.path(), f.text()));
        }
        return texts;
    }

    static SiteConfig parseSite(SourceFile file, Problems problems) {
        SiteConfig fallback = new SiteConfig("", "", "https://example.org/", "en", "default", "",
                new MarkdownText("", file.path(), 1), false, List.of(), new Origin(file.path(), 1, 1),
                SiteConfig.BrokenLinks.FAIL, List.of());
        Optional<Fields> read = YamlReader.read(file.path(), file.text(), 0, problems)
                .flatMap(node -> Fields.of(file.path(), node, "site.yaml", problems));
        if (read.isEmpty()) {
            return fallback;
        }
        Fields f = read.get();
        String title = f.text("title");
        String organisation = f.text("organisation");
        String baseUrl = f.text("base_url");
        if (!baseUrl.isEmpty() && !baseUrl.matches("https?://[^/\\s]+(/[^\\s]*)?/")) {
            f.problemAt("base_url", "base_url must be an absolute http(s) URL ending in '/'",
                    "e.g. https://career.example.edu/handbook/");
            baseUrl = fallback.baseUrl();
        }
        String language = f.text("language", "en");
        Optional<Language> tag = Language.parse(language);
        if (tag.isPresent()) {
            language = tag.get().tag();
        } else {
            f.problemAt("language", notATag(language), tagHint(language));
            language = fallback.language();
        }
        List<SiteConfig.Translation> languages = languages(f, language);
        String theme = f.text("theme", "default");
        if (!theme.matches("[\\p{L}\\p{N}_][\\p{L}\\p{N}._-]*")) {
            f.problemAt("theme", "theme must be the name of a folder in the themes folder",
                    "e.g. 'default'; a theme is looked up under --themes and cannot be a path");
            theme = fallback.theme();
        }
        String description = f.text("description", "");
        MarkdownText intro = markdownField(f, "intro", false);
        Optional<Fields> options = f.mapping("options", false);
        boolean allowHtml = options.map(o -> o.bool("allow_html", false)).orElse(false);
        SiteConfig.BrokenLinks brokenLinks = options.map(o -> o.choice("broken_links", List.of("fail", "warn"), "fail"))
                .filter("warn"::equals).map(w -> SiteConfig.BrokenLinks.WARN).orElse(SiteConfig.BrokenLinks.FAIL);
        options.ifPresent(Fields::finish);
        List<Category> categories = categories(f);
        f.finish();
        return new SiteConfig(title, organisation, baseUrl, language, theme, description, intro, allowHtml, categories,
                new Origin(file.path(), 1, 1), brokenLinks, languages);
    }

    /**
     * The {@code site.yaml} of the handbook's translation into {@code language}: its own title,
     * texts and category names; where it is published, its theme and its options are the main
     * site's, and its language is its folder's name.
     */
    static SiteConfig parseTranslatedSite(SourceFile file, SiteConfig main, String language, Problems problems) {
        String baseUrl = main.baseUrl() + Routes.languageFolder(language);
        SiteConfig fallback = new SiteConfig("", main.organisation(), baseUrl, language, main.theme(), "",
                new MarkdownText("", file.path(), 1), main.allowHtml(), List.of(), new Origin(file.path(), 1, 1),
                main.brokenLinks(), List.of());
        Optional<Fields> read = YamlReader.read(file.path(), file.text(), 0, problems)
                .flatMap(node -> Fields.of(file.path(), node, "site.yaml", problems));
        if (read.isEmpty()) {
            return fallback;
        }
        Fields f = read.get();
        for (String shared : List.of("base_url", "theme", "options", "languages")) {
            if (f.has(shared)) {
                f.problemAt(shared, "'" + shared + "' is set once, in the main content folder's site.yaml",
                        "remove it here: every language of the handbook shares it (docs/languages.md)");
            }
        }
        if (f.has("language")) {
            f.problemAt("language", "a translation's language is the name of its folder, '" + language + "'",
                    "remove 'language' here (docs/languages.md)");
        }
        String title = f.text("title");
        String organisation = f.text("organisation", main.organisation());
        String description = f.text("description", "");
        MarkdownText intro = markdownField(f, "intro", false);
        List<Category> categories = categories(f);
        f.finish();
        return new SiteConfig(title, organisation, baseUrl, language, main.theme(), description, intro, main.allowHtml(),
                categories, new Origin(file.path(), 1, 1), main.brokenLinks(), List.of());
    }

    /** The other languages listed, each a well-formed tag, once, and not the default language. */
    private static List<SiteConfig.Translation> languages(Fields f, String defaultLanguage) {
        List<SiteConfig.Translation> out = new ArrayList<>();
        Map<String, Mark> seen = new HashMap<>();
        for (Fields.Item item : f.listed("languages")) {
            Mark at = item.mark();
            Optional<Language> tag = Language.parse(item.text());
            if (tag.isEmpty()) {
                f.problemAt(at, notATag(item.text()), tagHint(item.text()));
                continue;
            }
            String canonical = tag.get().tag();
            Mark earlier = seen.putIfAbsent(canonical.toLowerCase(Locale.ROOT), at);
            if (canonical.equalsIgnoreCase(defaultLanguage)) {
                f.problemAt(at, "'" + canonical + "' is the site's own language",
                        "list only the other languages under 'languages:'; '" + canonical + "' is set by 'language:' and lives in this folder");
            } else if (earlier != null) {
                f.problemAt(at, "language '" + canonical + "' is listed twice", "it is already listed on line " + earlier.line());
            } else {
                out.add(new SiteConfig.Translation(canonical, new Origin(f.source(), at.line(), at.column())));
            }
        }
        return out;
    }

    private static String notATag(String written) {
        return "language '" + written + "' is not a BCP 47 language tag";
    }

    private static String tagHint(String written) {
        return Language.suggest(written).map(t -> "did you mean '" + t + "'? ").orElse("")
                + "write a tag such as en, fr-CA, zh-Hans or ar-EG (docs/content-format.md)";
    }

    private static List<Category> categories(Fields f) {
        List<Category> categories = new ArrayList<>();
        Map<String, Mark> seen = new HashMap<>();
        for (Fields c : f.mappings("categories", true)) {
            Category category = new Category(c.id("id"), c.text("title"), c.text("description", ""));
            Mark earlier = seen.putIfAbsent(category.id(), c.markOf("id"));
            if (earlier != null) {
                c.problemAt("id", "duplicate category id '" + category.id() + "'",
                        "it is already defined on line " + earlier.line() + "; give each category its own id");
            }
            categories.add(category);
            c.finish();
        }
        return categories;
    }

    static List<Stage> parseStage(SourceFile file, Problems problems) {
        return frontMatter(file, problems).map(fm -> {
            Fields f = fm.fields();
            String title = f.text("title");
            Stage stage = new Stage(f.id("id"), title, f.text("short_title", title), f.integer("order"), f.text("goal"),
                    f.text("who"), f.text("length"), f.texts("mistakes", true), f.texts("tips", true),
                    body(fm.matter(), file), origin(f, "id"));
            requireBody(file, fm.matter(), problems);
            f.finish();
            return List.of(stage);
        }).orElse(List.of());
    }

    static List<Question> parseQuestions(SourceFile file, Optional<Set<String>> stageIds, Optional<Set<String>> categoryIds,
                                         Problems problems) {
        List<Question> out = new ArrayList<>();
        for (Fields f : listFile(file, "question", problems)) {
            String id = f.id("id");
            if (Routes.reservedQuestionIds().contains(id)) {
                f.problemAt("id", "'" + id + "' is reserved for the question bank's own pages", "choose another id");
            }
            out.add(new Question(id, f.text("text"), ref(f, "category", categoryIds, "category"),
                    refs(f, "stages", stageIds, "stage"), f.text("intent"), markdownField(f, "guidance", true),
                    f.texts("pitfalls", false), origin(f, "id")));
            f.finish();
        }
        return out;
    }

    static List<Ask> parseAsks(SourceFile file, Optional<Set<String>> stageIds, Problems problems) {
        List<Ask> out = new ArrayList<>();
        List<String> timings = List.of("early", "anytime", "closing");
        for (Fields f : listFile(file, "ask", problems)) {
            out.add(new Ask(f.id("id"), f.text("text"), f.text("why"), refs(f, "stages", stageIds, "stage"),
                    Ask.Timing.of(f.choice("when", timings, null)), origin(f, "id")));
            f.finish();
        }
        return out;
    }

    static List<BackstoryPrompt> parseBackstory(SourceFile file, Problems problems) {
        List<BackstoryPrompt> out = new ArrayList<>();
        for (Fields f : listFile(file, "backstory prompt", problems)) {
            out.add(new BackstoryPrompt(f.id("id"), f.text("prompt"), f.text("theme"), f.text("why"), origin(f, "id")));
            f.finish();
        }
        return out;
    }

    static List<EmailTemplate> parseEmail(SourceFile file, Problems problems) {
        return frontMatter(file, problems).map(fm -> {
            Fields f = fm.fields();
            String id = f.id("id");
            String title = f.text("title");
            EmailTemplate.SendTime when = f.mapping("when", true).map(w -> {
                String anchor = w.choice("anchor", EmailTemplate.Anchor.keys(), null);
                EmailTemplate.SendTime t = new EmailTemplate.SendTime(
                        EmailTemplate.Anchor.of(anchor), w.integer("days", 0), w.text("description"));
                w.finish();
                return t;
            }).orElse(new EmailTemplate.SendTime(EmailTemplate.Anchor.NONE, 0, ""));
            String subject = f.text("subject");
            Mark subjectAt = f.markOf("subject");
            checkVariables(file.path(), subject, subjectAt.line(), subjectAt.column(), problems);
            String purpose = f.text("purpose");
            checkVariables(file.path(), fm.matter().body(), fm.matter().bodyLine(), 1, problems);
            requireBody(file, fm.matter(), problems);
            f.finish();
            return List.of(new EmailTemplate(id, title, when, subject, purpose, body(fm.matter(), file), origin(f, "id")));
        }).orElse(List.of());
    }

    static List<Page> parsePage(SourceFile file, Problems problems) {
        String name = file.path().getFileName().toString();
        // The loader gives only .md files; a caller of parse() may give any name.
        String slug = name.endsWith(".md") ? name.substring(0, name.length() - ".md".length()) : name;
        if (!slug.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            problems.add(file.path(), 1, 1, "'" + slug + "' is not a valid page slug",
                    "rename the file to lower-case words joined by hyphens, e.g. '" + Fields.slug(slug) + ".md'");
        } else if (Routes.reservedSlugs().contains(slug)) {
            problems.add(file.path(), 1, 1, "the page slug '" + slug + "' is reserved for a generated section",
                    "rename the file; reserved: " + String.join(", ", Routes.reservedSlugs().stream().sorted().toList()));
        }
        return frontMatter(file, problems).map(fm -> {
            Fields f = fm.fields();
            Page page = new Page(slug, f.text("title"), f.text("description", ""), f.integer("order", 100),
                    f.bool("nav", true), body(fm.matter(), file), new Origin(file.path(), 1, 1));
            requireBody(file, fm.matter(), problems);
            f.finish();
            return List.of(page);
        }).orElse(List.of());
    }

    /** Flags any {@code {{…}}} that is not one of the profile variables an email may use. */
    static void checkVariables(Path path, String template, int firstLine, int firstColumn, Problems problems) {
        LineMap lines = null;
        for (Placeholders.Use use : Placeholders.find(template)) {
            if (use.variable().isEmpty()) {
                lines = lines == null ? LineMap.of(template) : lines;
                int line = firstLine + lines.lineOf(use.start()) - 1;
                int column = (line == firstLine ? firstColumn - 1 : 0) + lines.columnOf(use.start());
                String cleaned = use.inside().replaceAll("^[{#^/&>!]+\\s*", "");
                problems.add(path, line, column, "unknown template variable '" + use.written() + "'",
                        EmailVariable.of(cleaned).isPresent()
                                ? "write it as {{" + cleaned + "}}: sections and triple braces are not allowed in emails"
                                : Suggestions.hint(cleaned, EmailVariable.keys(), "variable"));
            }
        }
    }

    private record Matter(FrontMatter matter, Fields fields) {
    }

    private static Optional<Matter> frontMatter(SourceFile file, Problems problems) {
        return FrontMatter.split(file, problems).flatMap(fm ->
                YamlReader.read(file.path(), fm.yaml(), fm.yamlLineOffset(), problems)
                        .flatMap(node -> Fields.of(file.path(), node, "the front matter", problems))
                        .map(fields -> new Matter(fm, fields)));
    }

    private static List<Fields> listFile(SourceFile file, String kind, Problems problems) {
        Optional<YamlNode> root = YamlReader.read(file.path(), file.text(), 0, problems);
        if (root.isEmpty()) {
            return List.of();
        }
        if (!(root.get() instanceof YamlNode.Sequence seq)) {
            problems.add(file.path(), root.get().mark().line(), root.get().mark().column(),
                    "this file must be a list of " + kind + "s, found " + root.get().describe(),
                    "start each " + kind + " with '- id: ...'");
            return List.of();
        }
        List<Fields> out = new ArrayList<>();
        for (YamlNode item : seq.items()) {
            Fields.of(file.path(), item, "each " + kind, problems).ifPresent(out::add);
        }
        return out;
    }

    /** A required reference, checked when the ids it may name are all known. */
    private static String ref(Fields f, String key, Optional<Set<String>> known, String kind) {
        return known.map(ids -> f.ref(key, ids, kind)).orElseGet(() -> f.text(key));
    }

    /** A required, non-empty list of references, checked when the ids they may name are all known. */
    private static List<String> refs(Fields f, String key, Optional<Set<String>> known, String kind) {
        return known.map(ids -> f.refs(key, ids, kind, true)).orElseGet(() -> f.texts(key, true));
    }

    private static void requireBody(SourceFile file, FrontMatter fm, Problems problems) {
        if (fm.body().isBlank()) {
            problems.add(file.path(), fm.bodyLine(), 1, "the Markdown body is empty",
                    "write the text after the closing '---'");
        }
    }

    private static MarkdownText body(FrontMatter fm, SourceFile file) {
        return new MarkdownText(fm.body(), file.path(), fm.bodyLine());
    }

    // A block scalar ('|') starts on the line after its key; a one-line value on the key's line.
    private static MarkdownText markdownField(Fields f, String key, boolean required) {
        String text = required ? f.text(key) : f.text(key, "");
        int line = f.markOf(key).line() + (text.contains("\n") ? 1 : 0);
        return new MarkdownText(text, f.source(), line);
    }

    private static Origin origin(Fields f, String key) {
        Mark at = f.markOf(key);
        return new Origin(f.source(), at.line(), at.column());
    }

    private static <T> List<T> perFile(List<SourceFile> files, BiFunction<SourceFile, Problems, List<T>> parser,
                                       Problems problems) {
        record Result<T>(List<T> items, List<Problem> problems) {
        }
        List<Result<T>> results = files.parallelStream().map(file -> {
            Problems own = new Problems();
            return new Result<>(parser.apply(file, own), own.list());
        }).toList();
        List<T> items = new ArrayList<>();
        for (Result<T> r : results) {
            items.addAll(r.items());
            problems.addAll(r.problems());
        }
        return items;
    }

    private static <T> Set<String> unique(List<T> items, java.util.function.Function<T, String> id,
                                          java.util.function.Function<T, Origin> origin, String kind, Problems problems) {
        Map<String, Origin> seen = new HashMap<>();
        Set<String> ids = new LinkedHashSet<>();
        for (T item : items) {
            Origin here = origin.apply(item);
            Origin first = seen.putIfAbsent(id.apply(item), here);
            if (first != null) {
                problems.add(here.path(), here.line(), here.column(), "duplicate " + kind + " id '" + id.apply(item) + "'",
                        "it is already defined at " + first + "; give each " + kind + " its own id");
            }
            ids.add(id.apply(item));
        }
        return ids;
    }

    private static void checkStageOrders(List<Stage> stages, Problems problems) {
        Map<Integer, Stage> seen = new HashMap<>();
        for (Stage s : stages) {
            Stage first = seen.putIfAbsent(s.order(), s);
            if (first != null) {
                problems.add(s.origin().path(), s.origin().line(), 1, "stage order " + s.order() + " is also used by '"
                        + first.id() + "'", "give each stage its own 'order' so the journey has one sequence");
            }
        }
    }
}
