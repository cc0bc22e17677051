package org.prepbook.route;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The URL of every page and item of the handbook, root-absolute ({@code /stages/phone-screen/});
 * rendering rewrites them relative to each page. This is the only place that spells the URL scheme
 * out: a new section or item kind is added here and nowhere else.
 *
 * <p>An instance is a handbook's root, {@link #root()}. A handbook in several languages is one
 * handbook per language, each in its own folder of the site ({@link #languageFolder(String)}): inside
 * that folder its URLs are these, so a template or a Spanish page's Markdown that links to
 * {@code /stages/phone-screen/} means the Spanish stage, and the step that makes links relative
 * makes them relative to the language's folder.
 */
public final class Routes {
    private static final Routes ROOT = new Routes("/");
    private static final Set<String> RESERVED = Stream.of(Section.values()).map(Section::id)
            .collect(Collectors.toUnmodifiableSet());
    /** The folder of the question bank's stage filters, beside the questions' own permalinks. */
    private static final String BY_STAGE = "stage";
    /** The folder of a long list's later pages: {@code /questions/page/2/}. */
    private static final String PAGED = "page";
    private static final Set<String> RESERVED_QUESTION_IDS = Set.of(BY_STAGE, PAGED);

    private final String root;

    private Routes(String root) {
        this.root = root;
    }

    /** The routes of a handbook served at the root of its site. */
    public static Routes root() {
        return ROOT;
    }

    /**
     * The folder, inside the site, of the handbook in the language {@code tag} when it is not the
     * site's default language: {@code es/}, {@code zh-hans/}. The default language's handbook is the
     * site's root. Lower case, as URLs usually are; the tag itself keeps its canonical case.
     */
    public static String languageFolder(String tag) {
        return tag.toLowerCase(Locale.ROOT) + "/";
    }

    /** The slugs no free page may take, because a section of the site lives there. */
    public static Set<String> reservedSlugs() {
        return RESERVED;
    }

    /**
     * The question ids no question may take: their permalinks would be the folders of the bank's stage
     * filters and of its later pages.
     */
    public static Set<String> reservedQuestionIds() {
        return RESERVED_QUESTION_IDS;
    }

    public String home() {
        return root;
    }

    /** The first page of a section: {@code /questions/}. */
    public String section(Section section) {
        return root + section.id() + "/";
    }

    public String stage(String id) {
        return section(Section.STAGES) + id + "/";
    }

    /** The question bank filtered to one stage. */
    public String questionsAt(String stageId) {
        return section(Section.QUESTIONS) + BY_STAGE + "/" + stageId + "/";
    }

    /**
     * Page {@code number} (from 1) of the question bank, whole when {@code stageId} is empty or filtered
     * to one stage. The first page is the bank's own URL, so a short bank never shows a page number.
     */
    public String bankPage(String stageId, int number) {
        String first = stageId.isEmpty() ? section(Section.QUESTIONS) : questionsAt(stageId);
        return number == 1 ? first : first + PAGED + "/" + number + "/";
    }

    /** A question's permalink. */
    public String question(String id) {
        return section(Section.QUESTIONS) + id + "/";
    }

    /** Page {@code number} (from 1) of the questions to ask; the first is the section's own URL. */
    public String asks(int number) {
        return number == 1 ? section(Section.ASKS) : section(Section.ASKS) + PAGED + "/" + number + "/";
    }

    /** Questions to ask share their pages; each has an anchor on the page {@code page} that lists it. */
    public String ask(String id, int page) {
        return asks(page) + "#" + id;
    }

    /** Backstory prompts share one page; each has an anchor there. */
    public String backstory(String id) {
        return section(Section.BACKSTORY) + "#" + id;
    }

    public String email(String id) {
        return section(Section.EMAILS) + id + "/";
    }

    /** A free page, at {@code /<slug>/}. */
    public String page(String slug) {
        return root + slug + "/";
    }

    public String search() {
        return section(Section.SEARCH);
    }

    /** The form that writes a prep profile in the browser. */
    public String profileForm() {
        return section(Section.PROFILE);
    }

    /** The handbook's stages, questions, asks and prompts as JSON, fetched by the profile form. */
    public String profileLists() {
        return section(Section.PROFILE) + "lists.json";
    }

    /** A file of the theme's {@code assets/} folder. */
    public String asset(String relative) {
        return section(Section.ASSETS) + relative;
    }

    /** Served for any URL that leads nowhere; a file, not a folder, so static servers find it. */
    public String notFound() {
        return root + "404.html";
    }

    /** True for a URL inside {@code section}, the section's own page included. */
    public boolean inSection(String url, Section section) {
        return url.startsWith(section(section));
    }

    /** The forms of URL a page can have, for a hint after a broken link. */
    public List<String> patterns() {
        return List.of(stage("<id>"), question("<id>"), section(Section.ASKS), section(Section.BACKSTORY),
                email("<id>"), page("<page>"));
    }

    /** The file a URL is written to: {@code /stages/x/} becomes {@code stages/x/index.html}. */
    public static String file(String url) {
        return url.endsWith("/") ? url.substring(1) + "index.html" : url.substring(1);
    }

    /** The URL of a written file, the reverse of {@link #file(String)}. */
    public static String url(String file) {
        return "/" + (file.endsWith("index.html") ? file.substring(0, file.length() - "index.html".length()) : file);
    }
}
