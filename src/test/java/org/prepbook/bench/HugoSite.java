package org.prepbook.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.prepbook.model.Ask;
import org.prepbook.model.BackstoryPrompt;
import org.prepbook.model.EmailTemplate;
import org.prepbook.model.Handbook;
import org.prepbook.model.Page;
import org.prepbook.model.Question;
import org.prepbook.model.Stage;
import org.prepbook.render.Messages;
import org.prepbook.render.Paging;
import org.prepbook.render.Theme;

/**
 * Exports a loaded handbook as a Hugo site, so that Hugo and prepbook can be timed on the same
 * words. Every page prepbook builds gets one Markdown file with the same title, the same Markdown
 * body and the same short texts as front matter; the items that prepbook shows only inside list
 * pages (questions to ask, backstory prompts) go into data files, as a Hugo author would keep them.
 * The per-stage question banks are Hugo taxonomy terms, placed at prepbook's URLs. The layouts come
 * from {@link HugoLayouts}; the theme's CSS, script and icon are copied as static files, as prepbook
 * copies them into every build.
 *
 * <p>Front matter is YAML whose strings are written as JSON strings (YAML reads those as they are),
 * and data files are JSON, so no text needs YAML-specific quoting.
 */
final class HugoSite {
    /** The default theme's English labels, as prepbook's pages show them. */
    private static final Messages MESSAGES = Theme.of(Path.of("content"), Path.of("themes"), "default").messages();
    private final Handbook handbook;
    private final Path site;

    private HugoSite(Handbook handbook, Path site) {
        this.handbook = handbook;
        this.site = site;
    }

    /** Writes the Hugo site into {@code site}, which should not exist yet; {@code assets} is the theme's asset folder. */
    static void write(Handbook handbook, Path assets, Path site) throws IOException {
        new HugoSite(handbook, site).write(assets);
    }

    private void write(Path assets) throws IOException {
        file("hugo.toml", config());
        home();
        stages();
        questions();
        // The questions to ask in pages of Paging.ASKS_PER_PAGE, as prepbook splits them; each page a content file.
        int askPages = Paging.pages(handbook.asks().size(), Paging.ASKS_PER_PAGE);
        for (int n = 1; n <= askPages; n++) {
            file(n == 1 ? "content/asks.md" : "content/asks-page-" + n + ".md", page(n == 1 ? "Questions to ask"
                    : "Questions to ask, page " + n + " of " + askPages, "Questions to ask the interviewer, and why each one works.",
                    "layout: asks\nurl: " + json(n == 1 ? "/asks/" : "/asks/page/" + n + "/") + "\nasksPage: " + n + "\nasksPages: " + askPages
                            + "\nasksPerPage: " + Paging.ASKS_PER_PAGE + "\n") + "\n");
        }
        file("content/backstory.md", page("Your backstory",
                "Prompts that uncover the experiences that show resilience and drive.", "layout: backstory\n") + "\n");
        emails();
        file("content/search.md", page("Search", "Search every stage, question, email template and guide in the handbook.",
                "layout: search\n") + "\n");
        for (Page p : handbook.pages()) {
            file("content/" + p.slug() + ".md", page(p.title(), p.description(), "weight: " + p.order() + "\nnav: "
                    + p.nav() + "\n") + p.body().source());
        }
        data();
        HugoLayouts.write(site.resolve("layouts"));
        try (Stream<Path> files = Files.list(assets)) {
            for (Path asset : files.toList()) {
                Path target = site.resolve("static/assets").resolve(asset.getFileName().toString());
                Files.createDirectories(target.getParent());
                Files.copy(asset, target);
            }
        }
    }

    /**
     * The site settings. Hugo's defaults are trimmed to what prepbook writes: no RSS feeds and no
     * list of taxonomies, but a sitemap, a 404 page and links made relative to each page; robots.txt only
     * for a site at its host's root, as prepbook writes it; lists split into pages of 100, as prepbook's bank.
     * Hugo's base URL is the handbook's host alone: with a path in it, Hugo's relative links to
     * pages would keep the path and point one folder too deep. Canonical links get the full address
     * from a parameter instead.
     */
    private String config() {
        URI base = URI.create(handbook.site().baseUrl());
        return "baseURL = " + json(base.resolve("/").toString()) + "\nlanguageCode = " + json(handbook.site().language())
                + "\ntitle = " + json(handbook.site().title()) + "\nrelativeURLs = true\nenableRobotsTXT = "
                + handbook.site().basePath().equals("/") + "\npaginate = 100\npaginatePath = \"page\"\n"
                + "disableKinds = [\"RSS\", \"taxonomy\"]\nignoreErrors = [\"error-disable-taxonomy\"]\n\n"
                + "[markup.tableOfContents]\nstartLevel = 2\nendLevel = 2\nordered = true\n\n[taxonomies]\nstage = \"stage\"\n\n[params]\norganisation = "
                + json(handbook.site().organisation()) + "\ncanonical = " + json(base.toString()) + "\ndescription = " + json(handbook.site().description()) + "\n";
    }

    private void home() throws IOException {
        file("content/_index.md", page(handbook.site().title(), handbook.site().description(), "")
                + handbook.site().intro().source());
    }

    private void stages() throws IOException {
        file("content/stages/_index.md", page("The interview journey", "Every stage of a typical hiring process, in order.", ""));
        for (Stage s : handbook.stages()) {
            file("content/stages/" + s.id() + ".md", page(s.title(), s.goal(), "weight: " + s.order() + "\nshort: "
                    + json(s.shortTitle()) + "\nwho: "
                    + json(s.who()) + "\nlength: " + json(s.length()) + "\nmistakes: " + json(s.mistakes()) + "\ntips: "
                    + json(s.tips()) + "\n") + s.body().source());
            // The stage's own question bank, a taxonomy term page at prepbook's URL for it.
            String intro = "The questions most likely at this stage: " + s.title() + ".";
            file("content/stage/" + s.id() + "/_index.md", page("Questions at this stage: " + s.shortTitle(), intro,
                    "url: " + json("/questions/stage/" + s.id() + "/") + "\nstageid: " + json(s.id()) + "\n"));
        }
    }

    private void questions() throws IOException {
        file("content/questions/_index.md", page("Question bank", "Questions interviewers ask, what they really want to"
                + " know, and how to answer. Pick a stage to see the questions likely there.", ""));
        // Weights put the questions in the bank's order, category by category, as prepbook lists them.
        List<String> categories = handbook.site().categories().stream().map(c -> c.id()).toList();
        List<Question> ordered = handbook.questions().stream()
                .sorted(Comparator.comparingInt(q -> categories.indexOf(q.category()))).toList();
        for (int i = 0; i < ordered.size(); i++) {
            Question q = ordered.get(i);
            file("content/questions/" + q.id() + ".md", page(q.text(), q.intent(), "weight: " + (i + 1)
                    + "\ncategory: " + json(q.category())
                    + "\nstage: " + json(q.stages()) + "\npitfalls: " + json(q.pitfalls()) + "\n") + q.guidance().source());
        }
    }

    private void emails() throws IOException {
        file("content/emails/_index.md", page("Email templates", "Thank-you notes and follow-ups, ready to personalise.", ""));
        for (EmailTemplate e : handbook.emails()) {
            file("content/emails/" + e.id() + ".md", page(e.title(), e.purpose(), "when: " + json(e.when().description())
                    + "\nsubject: " + json(e.subject()) + "\n") + e.body().source());
        }
    }

    /** Stages in order, categories, asks and backstory prompts as JSON data files, read by the layouts. */
    private void data() throws IOException {
        file("data/stages.json", "[" + handbook.stages().stream().map(s -> "{\"id\": " + json(s.id()) + ", \"short\": "
                + json(s.shortTitle()) + "}").collect(Collectors.joining(",\n")) + "]\n");
        file("data/categories.json", "[" + handbook.site().categories().stream().map(c -> "{\"id\": " + json(c.id())
                + ", \"title\": " + json(c.title()) + ", \"description\": " + json(c.description())
                + "}").collect(Collectors.joining(",\n")) + "]\n");
        file("data/timings.json", "[" + Stream.of(Ask.Timing.values()).map(t -> "{\"key\": " + json(t.key())
                + ", \"label\": " + json(MESSAGES.text("asks.when." + t.key())) + "}").collect(Collectors.joining(",\n")) + "]\n");
        file("data/asks.json", "[" + Paging.asks(handbook.asks()).stream().map(a -> "{\"id\": " + json(a.id()) + ", \"text\": "
                + json(a.text()) + ", \"why\": " + json(a.why()) + ", \"when\": " + json(a.when().key()) + ", \"stages\": "
                + json(a.stages()) + "}").collect(Collectors.joining(",\n")) + "]\n");
        file("data/backstory.json", "[" + handbook.backstory().stream().map(HugoSite::prompt)
                .collect(Collectors.joining(",\n")) + "]\n");
    }

    private static String prompt(BackstoryPrompt b) {
        return "{\"id\": " + json(b.id()) + ", \"prompt\": " + json(b.prompt()) + ", \"theme\": " + json(b.theme())
                + ", \"why\": " + json(b.why()) + "}";
    }

    /** A Markdown file's front matter, ready for its body. */
    private static String page(String title, String description, String more) {
        return "---\ntitle: " + json(title) + "\ndescription: " + json(description) + "\n" + more + "---\n";
    }

    private void file(String path, String text) throws IOException {
        Path target = site.resolve(path);
        Files.createDirectories(target.getParent());
        Files.writeString(target, text, StandardCharsets.UTF_8);
    }

    private static String json(List<String> values) {
        return values.stream().map(HugoSite::json).collect(Collectors.joining(", ", "[", "]"));
    }

    /** A JSON string literal, which is also a valid YAML and TOML string. */
    static String json(String text) {
        StringBuilder s = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                case '\n' -> s.append("\\n");
                case '\t' -> s.append("\\t");
                default -> {
                    if (c < 0x20) {
                        s.append(String.format("\\u%04x", (int) c));
                    } else {
                        s.append(c);
                    }
                }
            }
        }
        return s.append('"').toString();
    }
}
