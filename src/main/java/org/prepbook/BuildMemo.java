package org.prepbook;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.prepbook.markdown.Markdown;
import org.prepbook.markdown.MarkdownMemo;
import org.prepbook.model.Handbook;
import org.prepbook.model.Page;
import org.prepbook.model.SiteConfig;
import org.prepbook.render.PageJob;
import org.prepbook.render.SiteRenderer;
import org.prepbook.render.Theme;

/**
 * What a build may reuse from the build before it, for {@code serve}: the compiled theme, rendered
 * Markdown fragments ({@link MarkdownMemo}) and drawn pages. A page is drawn again only when its view
 * differs from the last build's (views are records, so equal views give equal pages) or the frame
 * around every page changed (site.yaml, the footer's pages, the theme). Content is still loaded and
 * validated in full: cross-references need the whole handbook. A one-off build uses {@link #none()},
 * which keeps nothing. Not thread-safe between builds: one build at a time.
 */
public final class BuildMemo {
    private final boolean keep;
    private MarkdownMemo markdown = new MarkdownMemo();
    private Boolean allowHtml;
    private Theme theme;
    private String themeName;
    private Object frame;
    private Map<PageJob, byte[]> pages = new ConcurrentHashMap<>();
    private Map<PageJob, byte[]> drawnNow = new ConcurrentHashMap<>();
    private final AtomicInteger drawn = new AtomicInteger();
    private int markdownBefore;

    private BuildMemo(boolean keep) {
        this.keep = keep;
    }

    /** Keeps nothing: every build renders everything. */
    public static BuildMemo none() {
        return new BuildMemo(false);
    }

    /** Keeps results between the builds it is passed to. */
    public static BuildMemo keeping() {
        return new BuildMemo(true);
    }

    /** Forgets the compiled theme and every drawn page, after a template or asset changed. */
    public void themeChanged() {
        theme = null;
        pages.clear();
    }

    /** Pages actually drawn by the last build (the rest were reused). */
    public int pagesDrawn() {
        return drawn.get();
    }

    /** Markdown fragments actually rendered by the last build. */
    public int markdownRendered() {
        return markdown.rendered() - markdownBefore;
    }

    Theme theme(Path content, Path themes, String name) {
        if (!keep || theme == null || !name.equals(themeName)) {
            theme = Theme.of(content, themes, name);
            themeName = name;
            pages.clear();
        }
        return theme;
    }

    Markdown markdown(boolean allow) {
        if (!keep) {
            return new Markdown(allow);
        }
        if (allowHtml == null || allowHtml != allow) {
            markdown = new MarkdownMemo();
            allowHtml = allow;
        }
        markdownBefore = markdown.rendered();
        return new Markdown(allow, markdown);
    }

    /** How to draw each page: reuse the last build's bytes when view and frame are unchanged. */
    Function<PageJob, byte[]> pages(Handbook handbook, SiteRenderer renderer) {
        drawn.set(0);
        if (!keep) {
            return job -> {
                drawn.incrementAndGet();
                return renderer.page(job).getBytes(StandardCharsets.UTF_8);
            };
        }
        Object frameNow = frameOf(handbook);
        if (!frameNow.equals(frame)) {
            pages.clear();
            frame = frameNow;
        }
        drawnNow = new ConcurrentHashMap<>();
        return job -> drawnNow.computeIfAbsent(job, j -> {
            byte[] previous = pages.get(j);
            if (previous != null) {
                return previous;
            }
            drawn.incrementAndGet();
            return renderer.page(j).getBytes(StandardCharsets.UTF_8);
        });
    }

    /** Ends a successful build: keep only its pages and fragments, so the memo never outgrows the site. */
    void finish() {
        if (keep) {
            pages = drawnNow;
            drawnNow = new ConcurrentHashMap<>();
            markdown.keepOnlyUsed();
        }
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
