package org.prepbook.check;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.prepbook.diagnostics.Problem;
import org.prepbook.diagnostics.Suggestions;
import org.prepbook.model.Handbook;
import org.prepbook.model.Origin;
import org.prepbook.render.PageJob;
import org.prepbook.route.Routes;
import org.prepbook.route.Section;

/**
 * Reads the built site back with Jsoup and reports what a reader would trip over: internal links,
 * anchors, images and assets that lead nowhere, images without alt text, duplicate element ids, and
 * pages without a title or without exactly one {@code h1}. Every problem points at the content file
 * and line that produced it: the Markdown line of a link when it was written in Markdown, otherwise
 * the item the page is made from.
 */
public final class SiteCheck {
    private static final List<String> LINKING = List.of("a[href]", "area[href]", "link[href]", "img[src]",
            "script[src]", "source[src]", "iframe[src]", "form[action]");

    private final Handbook handbook;
    private final Map<String, byte[]> files;
    private final Map<String, Origin> pageOrigins = new HashMap<>();
    private final Map<String, String> pageTemplates = new HashMap<>();
    private final Map<String, Document> parsed = new ConcurrentHashMap<>();
    private final MarkdownLinks markdown;
    private final URI base;
    private final Origin siteFile;
    private final Routes routes = Routes.root();

    private SiteCheck(Handbook handbook, List<PageJob> jobs, Map<String, byte[]> files) {
        this.handbook = handbook;
        this.files = files;
        this.markdown = MarkdownLinks.of(handbook);
        this.base = URI.create(handbook.site().baseUrl());
        this.siteFile = handbook.site().origin();
        for (PageJob job : jobs) {
            pageOrigins.put(job.file(), job.origin());
            pageTemplates.put(job.file(), job.template());
        }
    }

    /**
     * Checks every HTML file of a built site.
     *
     * @param files the site's files by relative path, as {@link org.prepbook.output.MemoryOutput} holds them
     * @return internal problems, sorted by file and line, each reported once; and the external links found, for {@link ExternalLinks}
     */
    public static Report check(Handbook handbook, List<PageJob> jobs, Map<String, byte[]> files) {
        return new SiteCheck(handbook, jobs, files).run();
    }

    /** What a check found: problems, and the external links it saw with where each was first written. */
    public record Report(List<Problem> problems, Map<URI, Origin> external, int pages) {
    }

    /** One thing wrong at one place, seen on one page; the same mistake on several pages is reported once. */
    private record Finding(Origin at, String message, String hint, String page) {
    }

    private Report run() {
        List<Finding> problems = new ArrayList<>();
        Map<URI, Origin> external = new LinkedHashMap<>();
        int pages = 0;
        for (String file : files.keySet()) {
            if (file.endsWith(".html")) {
                pages++;
                checkPage(file, problems, external);
            }
        }
        return new Report(merge(problems), external, pages);
    }

    // A link in one question's guidance shows on several pages: one problem at its line, naming where it shows.
    private static List<Problem> merge(List<Finding> findings) {
        Map<List<Object>, List<String>> pagesOf = new LinkedHashMap<>();
        for (Finding f : findings) {
            pagesOf.computeIfAbsent(List.of(f.at(), f.message(), f.hint()), k -> new ArrayList<>()).add(f.page());
        }
        List<Problem> problems = new ArrayList<>();
        pagesOf.forEach((key, pages) -> {
            Origin at = (Origin) key.get(0);
            String where = " (on " + pages.get(0) + (pages.size() == 1 ? ")" : " and " + (pages.size() - 1)
                    + (pages.size() == 2 ? " other page)" : " other pages)"));
            problems.add(new Problem(at.path(), at.line(), at.column(), key.get(1) + where, (String) key.get(2)));
        });
        return problems.stream().sorted(Comparator.comparing((Problem p) -> p.path().toString())
                .thenComparingInt(Problem::line).thenComparingInt(Problem::column)).toList();
    }

    private void checkPage(String file, List<Finding> problems, Map<URI, Origin> external) {
        Document doc = document(file);
        Origin page = pageOrigins.getOrDefault(file, siteFile);
        String where = urlOf(file);
        if (doc.title().isBlank()) {
            problems.add(new Finding(page, "page has no title", "the layout template must fill <title>", where));
        }
        int h1 = doc.select("h1").size();
        if (h1 != 1) {
            problems.add(new Finding(page, "page has " + h1 + " level-1 headings, not one",
                    h1 == 0 ? "the page template must show the title as <h1>" : "headings in Markdown start at '##'", where));
        }
        Set<String> ids = new HashSet<>();
        for (Element e : doc.select("[id]")) {
            if (!e.id().isEmpty() && !ids.add(e.id())) {
                problems.add(new Finding(page, "duplicate element id '" + e.id() + "'",
                        "a Markdown heading gets an id from its text; rename the heading or the other element", where));
            }
        }
        // An empty alt marks a decorative image, but Markdown's ![](x) gives one too: only an explicit role says so.
        for (Element img : doc.select("img:not([role=presentation]):not([aria-hidden=true])")) {
            if (!img.attr("alt").isBlank()) {
                continue;
            }
            String src = img.attr("src");
            String written = sitePath(file, src).orElse(src);
            problems.add(new Finding(locate(file, src, written), "image '" + written + "' has no alt text",
                    "describe the image in the brackets: ![what it shows](" + written + ")", where));
        }
        for (String selector : LINKING) {
            String attribute = selector.substring(selector.indexOf('[') + 1, selector.length() - 1);
            for (Element e : doc.select(selector)) {
                checkLink(file, e.attr(attribute), problems, external);
            }
        }
    }

    private void checkLink(String file, String raw, List<Finding> problems, Map<URI, Origin> external) {
        if (raw.isEmpty() || raw.startsWith("mailto:") || raw.startsWith("tel:") || raw.startsWith("data:")
                || raw.startsWith("javascript:")) {
            return;
        }
        URI target;
        try {
            target = base.resolve(new URI(null, null, urlOf(file).substring(1), null)).resolve(new URI(raw));
        } catch (URISyntaxException | IllegalArgumentException e) {
            problems.add(new Finding(locate(file, raw), "malformed link '" + raw + "'",
                    "write the address without spaces; escape special characters as %XX", urlOf(file)));
            return;
        }
        if (target.getScheme() == null || !target.getScheme().startsWith("http")) {
            return;
        }
        boolean sameHost = target.getHost() != null && target.getHost().equalsIgnoreCase(base.getHost())
                && target.getPort() == base.getPort();
        if (!sameHost) {
            external.putIfAbsent(withoutFragment(target), locate(file, raw));
            return;
        }
        String path = target.getPath() == null ? "/" : target.getPath();
        String sitePath = path.startsWith(base.getPath()) ? "/" + path.substring(base.getPath().length()) : null;
        String shown = sitePath == null ? target.toString() : sitePath + (target.getFragment() == null ? "" : "#" + target.getFragment());
        if (sitePath == null) {
            problems.add(new Finding(locate(file, raw, shown), "link '" + raw + "' leaves the site's path " + base.getPath(),
                    "link to pages of the handbook by their path, e.g. " + routes.stage("phone-screen") + fromTheme(file, raw, shown),
                    urlOf(file)));
            return;
        }
        String targetFile = fileOf(sitePath);
        if (targetFile == null) {
            problems.add(new Finding(locate(file, raw, shown), "broken link '" + shown + "': no such page or file",
                    hint(sitePath) + fromTheme(file, raw, shown), urlOf(file)));
            return;
        }
        String fragment = target.getFragment();
        if (fragment != null && !fragment.isEmpty() && targetFile.endsWith(".html")
                && document(targetFile).getElementById(fragment) == null
                && document(targetFile).select("a[name=" + cssEscape(fragment) + "]").isEmpty()) {
            problems.add(new Finding(locate(file, raw, shown), "broken anchor '#" + fragment + "' in link '" + shown + "'",
                    "the page " + urlOf(targetFile) + " has no element with id '" + fragment + "'" + fromTheme(file, raw, shown),
                    urlOf(file)));
        }
    }

    /** The root-absolute path inside the site that {@code raw} on page {@code file} leads to, if it stays inside. */
    private Optional<String> sitePath(String file, String raw) {
        try {
            URI target = base.resolve(new URI(null, null, urlOf(file).substring(1), null)).resolve(new URI(raw));
            String path = target.getPath();
            return path != null && target.getHost() != null && target.getHost().equalsIgnoreCase(base.getHost())
                    && path.startsWith(base.getPath()) ? Optional.of("/" + path.substring(base.getPath().length()))
                    : Optional.empty();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The built file a site path leads to, as a static server would find it, or null. */
    private String fileOf(String sitePath) {
        String relative = URLDecoder.decode(sitePath.substring(1), StandardCharsets.UTF_8);
        if (relative.isEmpty() || relative.endsWith("/")) {
            return files.containsKey(relative + "index.html") ? relative + "index.html" : null;
        }
        if (files.containsKey(relative)) {
            return relative;
        }
        return files.containsKey(relative + "/index.html") ? relative + "/index.html" : null;
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
        List<String> paths = files.keySet().stream().map(Routes::url).toList();
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

    private Document document(String file) {
        return parsed.computeIfAbsent(file, f -> Jsoup.parse(new String(files.get(f), StandardCharsets.UTF_8), urlOf(f)));
    }

    private static String urlOf(String file) {
        return Routes.url(file);
    }

    private static URI withoutFragment(URI uri) {
        try {
            return new URI(uri.getScheme(), uri.getRawSchemeSpecificPart(), null);
        } catch (URISyntaxException e) {
            return uri;
        }
    }

    private static String cssEscape(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

}
