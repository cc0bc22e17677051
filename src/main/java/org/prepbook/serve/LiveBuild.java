package org.prepbook.serve;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.prepbook.Build;
import org.prepbook.content.ContentLoader;
import org.prepbook.content.Problems;
import org.prepbook.markdown.Markdown;
import org.prepbook.markdown.MarkdownMemo;
import org.prepbook.model.Handbook;
import org.prepbook.model.Page;
import org.prepbook.model.SiteConfig;
import org.prepbook.output.MemoryOutput;
import org.prepbook.render.MarkdownHtml;
import org.prepbook.render.PageJob;
import org.prepbook.render.Pages;
import org.prepbook.render.SiteRenderer;
import org.prepbook.render.Theme;
import org.prepbook.search.Documents;
import org.prepbook.search.SearchIndex;

/**
 * The build {@code serve} repeats after every change: the steps of {@link Build#render}, in the same
 * order, keeping what the previous build made. What is incremental, honestly: content is loaded and
 * validated in full each time (cross-references need the whole handbook, and it is fast); Markdown
 * fragments are rendered again only when their text changed ({@link MarkdownMemo}); a page is drawn
 * again only when its view differs from the last build's (views are records, so equal views give
 * equal pages) or the frame around every page changed (site.yaml, the footer's pages, the theme).
 * Not thread-safe: the watcher calls it from one thread.
 */
final class LiveBuild {
    private final Build.Options options;
    private MarkdownMemo markdown = new MarkdownMemo();
    private boolean allowHtml;
    private final Map<PageJob, byte[]> pages = new ConcurrentHashMap<>();
    private Theme theme;
    private String themeName;
    private Object frame;

    /** What one build did, for the log and the benchmark. */
    record Outcome(MemoryOutput site, String basePath, int pages, int pagesDrawn, int markdownRendered) {
    }

    LiveBuild(Build.Options options) {
        this.options = options;
    }

    /** Forgets the compiled theme, after a template or asset changed. */
    void themeChanged() {
        theme = null;
    }

    /** @throws org.prepbook.content.ContentException or {@link org.prepbook.render.TemplateException} on broken content */
    Outcome build() {
        Handbook handbook = ContentLoader.load(options.content());
        if (theme == null || !handbook.site().theme().equals(themeName)) {
            theme = Theme.of(options.content(), options.themes(), handbook.site().theme());
            themeName = handbook.site().theme();
            pages.clear();
        }
        Problems problems = new Problems();
        theme.problem().ifPresent(p -> problems.add(options.content().resolve("site.yaml"), 1, 1, p,
                "set 'theme' in site.yaml to a folder under " + options.themes()));
        if (handbook.site().allowHtml() != allowHtml) {
            markdown = new MarkdownMemo();
            allowHtml = handbook.site().allowHtml();
        }
        int before = markdown.rendered();
        MarkdownHtml html = MarkdownHtml.render(handbook, new Markdown(allowHtml, markdown), problems);
        problems.throwIfAny();
        List<PageJob> jobs = Pages.plan(handbook, html);
        Object frameNow = frameOf(handbook);
        if (!frameNow.equals(frame)) {
            pages.clear();
            frame = frameNow;
        }
        SiteRenderer renderer = new SiteRenderer(handbook, theme);
        AtomicInteger drawn = new AtomicInteger();
        MemoryOutput site = new MemoryOutput();
        Map<PageJob, byte[]> current = new ConcurrentHashMap<>();
        renderer.render(jobs, site, job -> {
            byte[] bytes = pages.get(job);
            if (bytes == null) {
                drawn.incrementAndGet();
                bytes = renderer.page(job).getBytes(StandardCharsets.UTF_8);
            }
            current.put(job, bytes);
            return bytes;
        });
        // The search index is rebuilt whole: it needs every document's terms, and takes about a
        // second at 10,000 pages (docs/search.md).
        new SearchIndex(Documents.of(handbook, html), handbook.stages()).write(site);
        // Keep only this build's pages, so the cache never outgrows the site.
        pages.clear();
        pages.putAll(current);
        markdown.keepOnlyUsed();
        return new Outcome(site, handbook.site().basePath(), jobs.size(), drawn.get(), markdown.rendered() - before);
    }

    // Everything the layout shows besides the page's own view: the site's settings and the footer's pages.
    private static Object frameOf(Handbook handbook) {
        SiteConfig site = handbook.site();
        record Frame(String title, String organisation, String baseUrl, String language, String description,
                     List<String> footer) {
        }
        return new Frame(site.title(), site.organisation(), site.baseUrl(), site.language(), site.description(),
                handbook.pages().stream().filter(Page::nav).map(p -> p.slug() + "\n" + p.title()).toList());
    }
}
