package org.prepbook.check;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.prepbook.diagnostics.Problem;
import org.prepbook.diagnostics.Suggestions;
import org.prepbook.model.Handbook;
import org.prepbook.model.Origin;
import org.prepbook.render.MarkdownHtml;
import org.prepbook.render.PageJob;
import org.prepbook.route.Routes;
import org.prepbook.route.Section;

/**
 * Checks the built site as {@link ReadBack} read it, for what a reader would trip over: internal links,
 * anchors, images and assets that lead nowhere, images without alt text, duplicate element ids, and
 * pages without a title or without exactly one {@code h1}. Every problem points at the content file
 * and line that produced it: the Markdown line of a link when it was written in Markdown, otherwise
 * the item the page is made from. Every build runs it ({@link org.prepbook.Build#render}, step 6).
 */
public final class SiteCheck {
    private final Handbook handbook;
    private final ReadBack site;
    private final Map<String, Origin> pageOrigins = new HashMap<>();
    private final Map<String, String> pageTemplates = new HashMap<>();
    private final MarkdownLinks markdown;
    private final URI base;
    private final Origin siteFile;
    private final Routes routes = Routes.root();
    private final LinkTargets targets;
    private final Map<String, Optional<String>> filesOf = new ConcurrentHashMap<>();

    private SiteCheck(Handbook handbook, MarkdownHtml fragments, List<PageJob> jobs, ReadBack site) {
        this.handbook = handbook;
        this.site = site;
        this.markdown = MarkdownLinks.of(fragments);
        this.base = URI.create(handbook.site().baseUrl());
        this.targets = new LinkTargets(base);
        this.siteFile = handbook.site().origin();
        for (PageJob job : jobs) {
            pageOrigins.put(job.file(), job.origin());
            pageTemplates.put(job.file(), job.template());
        }
    }

    /**
     * Checks every HTML page of a built site.
     *
     * @param fragments the handbook's rendered Markdown, whose links say where each was written
     * @param site      the pages as they were written, read back
     * @return internal problems, sorted by file and line, each reported once; and the external links found, for {@link ExternalLinks}
     */
    public static Report check(Handbook handbook, MarkdownHtml fragments, List<PageJob> jobs, ReadBack site) {
        return new SiteCheck(handbook, fragments, jobs, site).run();
    }

    /** What a check found: problems, and the external links it saw with where each was first written. */
    public record Report(List<Problem> problems, Map<URI, Origin> external, int pages) {
    }

    /** One thing wrong at one place, seen on one page; the same mistake on several pages is reported once. */
    private record Finding(Origin at, String message, String hint, String page) {
    }

    /** What one page holds: its findings and its links to other sites, each with where it was written. */
    private record PageReport(List<Finding> findings, Map<URI, Origin> external) {
    }

    private Report run() {
        // Pages are checked in parallel, then merged in path order, so the report is the same every time.
        List<PageReport> reports = site.pages().entrySet().parallelStream()
                .map(page -> checkPage(page.getKey(), page.getValue()))
                .toList();
        List<Finding> problems = new ArrayList<>();
        Map<URI, Origin> external = new LinkedHashMap<>();
        for (PageReport report : reports) {
            problems.addAll(report.findings());
            report.external().forEach(external::putIfAbsent);
        }
        return new Report(merge(problems), external, reports.size());
    }

    // A link in one question's guidance shows on several pages: one problem at its line, naming where it shows.
    private List<Problem> merge(List<Finding> findings) {
        Map<List<Object>, List<String>> pagesOf = new LinkedHashMap<>();
        for (Finding f : findings) {
            pagesOf.computeIfAbsent(List.of(f.at(), f.message(), f.hint()), k -> new ArrayList<>()).add(f.page());
        }
        List<Problem> problems = new ArrayList<>();
        pagesOf.forEach((key, pages) -> {
            Origin at = (Origin) key.get(0);
            String where = " (on " + pages.get(0) + (pages.size() == 1 ? ")" : " and " + (pages.size() - 1)
                    + (pages.size() == 2 ? " other page)" : " other pages)"));
            problems.add(new Problem(at.path(), at.line(), at.column(), key.get(1) + where, (String) key.get(2),
                    markdown.quote(at).orElse(null)));
        });
        return problems.stream().sorted(Comparator.comparing((Problem p) -> p.path().toString())
                .thenComparingInt(Problem::line).thenComparingInt(Problem::column)).toList();
    }

    private PageReport checkPage(String file, PageFacts facts) {
        List<Finding> problems = new ArrayList<>();
        Map<URI, Origin> external = new LinkedHashMap<>();
        Origin page = pageOrigins.getOrDefault(file, siteFile);
        String where = urlOf(file);
        if (!facts.titled()) {
            problems.add(new Finding(page, "page has no title", "the layout template must fill <title>", where));
        }
        if (facts.h1() != 1) {
            problems.add(new Finding(page, "page has " + facts.h1() + " level-1 headings, not one",
                    facts.h1() == 0 ? "the page template must show the title as <h1>" : "headings in Markdown start at '##'", where));
        }
        for (String id : facts.duplicates()) {
            problems.add(new Finding(page, "duplicate element id '" + id + "'",
                    "a Markdown heading gets an id from its text; rename the heading or the other element", where));
        }
        for (String src : facts.unlabelled()) {
            String written = sitePath(file, src).orElse(src);
            problems.add(new Finding(locate(file, src, written), "image '" + written + "' has no alt text",
                    "describe the image in the brackets: ![what it shows](" + written + ")", where));
        }
        for (String link : facts.links()) {
            checkLink(file, where, link, problems, external);
        }
        return new PageReport(problems, external);
    }

    /** @param url the page's own URL, {@code urlOf(file)} */
    private void checkLink(String file, String url, String raw, List<Finding> problems, Map<URI, Origin> external) {
        LinkTargets.Target target = targets.of(url, raw);
        String shown = target.shown();
        switch (target.kind()) {
            case NOT_CHECKED -> { }
            case MALFORMED -> problems.add(new Finding(locate(file, raw), "malformed link '" + raw + "'",
                    "write the address without spaces; escape special characters as %XX", url));
            case OTHER_SITE -> external.putIfAbsent(target.uri(), locate(file, raw));
            case OUTSIDE_BASE -> problems.add(new Finding(locate(file, raw, shown),
                    "link '" + raw + "' leaves the site's path " + base.getPath(),
                    "link to pages of the handbook by their path, e.g. " + routes.stage("phone-screen") + fromTheme(file, raw, shown),
                    url));
            case IN_SITE -> {
                String targetFile = fileOf(target.sitePath());
                if (targetFile == null) {
                    problems.add(new Finding(locate(file, raw, shown), "broken link '" + shown + "': no such page or file",
                            hint(target.sitePath()) + fromTheme(file, raw, shown), url));
                    return;
                }
                String fragment = target.fragment();
                if (fragment == null || fragment.isEmpty()) {
                    return;
                }
                PageFacts targetPage = site.page(targetFile);
                if (targetPage != null && !targetPage.anchors().contains(fragment)) {
                    problems.add(new Finding(locate(file, raw, shown), "broken anchor '#" + fragment + "' in link '" + shown + "'",
                            "the page " + urlOf(targetFile) + " has no element with id '" + fragment + "'"
                                    + fromTheme(file, raw, shown), url));
                }
            }
        }
    }

    /** The root-absolute path inside the site that {@code raw} on page {@code file} leads to, if it stays inside. */
    private Optional<String> sitePath(String file, String raw) {
        LinkTargets.Target target = targets.of(urlOf(file), raw);
        return target.kind() == LinkTargets.Kind.IN_SITE ? Optional.of(target.sitePath()) : Optional.empty();
    }

    /** The built file a site path leads to, as a static server would find it, or null. */
    private String fileOf(String sitePath) {
        // The same few hundred paths are linked from every page: each is looked for once.
        return filesOf.computeIfAbsent(sitePath, p -> Optional.ofNullable(findFile(p))).orElse(null);
    }

    private String findFile(String sitePath) {
        String relative = URLDecoder.decode(sitePath.substring(1), StandardCharsets.UTF_8);
        if (relative.isEmpty() || relative.endsWith("/")) {
            return site.has(relative + "index.html") ? relative + "index.html" : null;
        }
        if (site.has(relative)) {
            return relative;
        }
        return site.has(relative + "/index.html") ? relative + "/index.html" : null;
    }

    private String hint(String sitePath) {
        if (routes.inSection(sitePath, Section.ASSETS)) {
            return "put the file in the theme's assets/ folder or in the content's overrides/assets/";
        }
        List<String> stageIds = handbook.stages().stream().map(s -> s.id()).toList();
        if (routes.inSection(sitePath, Section.STAGES)) {
            String id = sitePath.substring(routes.section(Section.STAGES).length()).split("/", -1)[0];
            if (!id.isEmpty() && !stageIds.contains(id)) {
                return Suggestions.hint(id, stageIds, "stage");
            }
        }
        List<String> paths = site.files().stream().sorted().map(Routes::url).toList();
        List<String> patterns = routes.patterns();
        return Suggestions.closest(sitePath, paths).map(p -> "did you mean '" + p + "'?")
                .orElse("check the path; pages are " + String.join(", ", patterns.subList(0, patterns.size() - 1))
                        + " and " + patterns.get(patterns.size() - 1));
    }

    // A link no Markdown contains was written by the theme: say so, or the editor searches the content in vain.
    private String fromTheme(String file, String raw, String sitePath) {
        return markdown.find(sitePath, raw).isEmpty()
                ? "; the link is not in the content's Markdown but in the theme ('" + pageTemplates.getOrDefault(file, "layout")
                        + "' template or the layout)"
                : "";
    }

    private Origin locate(String file, String raw) {
        return locate(file, raw, raw);
    }

    private Origin locate(String file, String raw, String sitePath) {
        List<Origin> written = markdown.find(sitePath, raw);
        return written.isEmpty() ? pageOrigins.getOrDefault(file, siteFile) : written.get(0);
    }

    private static String urlOf(String file) {
        return Routes.url(file);
    }
}
