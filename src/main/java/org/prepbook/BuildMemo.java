package org.prepbook;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.prepbook.check.ReadBack;
import org.prepbook.markdown.Markdown;
import org.prepbook.markdown.MarkdownMemo;
import org.prepbook.output.Output;
import org.prepbook.render.PageJob;
import org.prepbook.render.SiteRenderer;
import org.prepbook.render.view.Frame;
import org.prepbook.render.Theme;

/**
 * What a build may reuse from the build before it, for {@code serve}: the compiled theme, rendered
 * Markdown fragments ({@link MarkdownMemo}), drawn pages and what the checks read from them ({@link ReadBack}). A page is drawn again only when its job
 * differs from the last build's (views are records, so equal views give equal pages), when the
 * {@link Frame} the renderer builds around it differs (site.yaml, the footer's pages), or after the
 * theme changed. The cache key is the renderer's own frame, so it cannot miss a field the layout
 * shows. Content is still loaded and
 * validated in full: cross-references need the whole handbook. A one-off build uses {@link #none()},
 * which keeps nothing. Not thread-safe between builds: one build at a time.
 *
 * <p>A handbook in several languages keeps one memo per language: the site's own language in this
 * one, each other in its own ({@link #languages(List)}), as each has its own theme messages,
 * fragments and pages.
 */
public final class BuildMemo {
    /** All a drawn page depends on, with the theme fixed: its job (views are records) and its frame. */
    private record Drawing(PageJob job, Frame frame) {
    }

    private final boolean keep;
    private MarkdownMemo markdown = new MarkdownMemo();
    private Boolean allowHtml;
    private Markdown.Labels markdownLabels;
    private Theme theme;
    private String themeName;
    private Map<Drawing, byte[]> pages = new ConcurrentHashMap<>();
    private Map<Drawing, byte[]> drawnNow = new ConcurrentHashMap<>();
    private final AtomicInteger drawn = new AtomicInteger();
    private int markdownBefore;
    private ReadBack readBack;
    private ReadBack readingNow;
    private final Map<String, BuildMemo> translations = new HashMap<>();

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
        translations.values().forEach(BuildMemo::themeChanged);
    }

    /** Pages actually drawn by the last build (the rest were reused), in every language. */
    public int pagesDrawn() {
        return drawn.get() + translations.values().stream().mapToInt(BuildMemo::pagesDrawn).sum();
    }

    /** Markdown fragments actually rendered by the last build, in every language. */
    public int markdownRendered() {
        return markdown.rendered() - markdownBefore
                + translations.values().stream().mapToInt(BuildMemo::markdownRendered).sum();
    }

    /**
     * What each language's build may reuse: this memo for the site's own language, then one for each
     * of the {@code others}, in their order. A language the site no longer lists is forgotten.
     */
    List<BuildMemo> languages(List<String> others) {
        List<BuildMemo> memos = new ArrayList<>(List.of(this));
        translations.keySet().retainAll(others);
        for (String tag : others) {
            memos.add(keep ? translations.computeIfAbsent(tag, t -> new BuildMemo(true)) : none());
        }
        return memos;
    }

    Theme theme(Path content, Path themes, String name) {
        if (!keep || theme == null || !name.equals(themeName)) {
            theme = Theme.of(content, themes, name);
            themeName = name;
            pages.clear();
        }
        return theme;
    }

    Markdown markdown(boolean allow, Markdown.Labels labels) {
        if (!keep) {
            return new Markdown(allow, labels);
        }
        // Fragments drawn with other options or other words cannot be reused.
        if (allowHtml == null || allowHtml != allow || !labels.equals(markdownLabels)) {
            markdown = new MarkdownMemo();
            allowHtml = allow;
            markdownLabels = labels;
        }
        markdownBefore = markdown.rendered();
        return new Markdown(allow, labels, markdown);
    }

    /** Where a build writes, reading each page back; a keeping memo reuses the facts of pages drawn before. */
    ReadBack readBack(Output out) {
        if (!keep) {
            return ReadBack.of(out);
        }
        readingNow = readBack == null ? ReadBack.of(out) : readBack.next(out);
        return readingNow;
    }

    /**
     * How to draw each page: reuse the last build's bytes when the page's job and the frame the
     * renderer builds around it are both unchanged (with the same theme, nothing else goes into a page).
     */
    Function<PageJob, byte[]> pages(SiteRenderer renderer) {
        drawn.set(0);
        if (!keep) {
            return job -> {
                drawn.incrementAndGet();
                return renderer.page(job, renderer.frame(job)).getBytes(StandardCharsets.UTF_8);
            };
        }
        drawnNow = new ConcurrentHashMap<>();
        return job -> {
            Drawing drawing = new Drawing(job, renderer.frame(job));
            return drawnNow.computeIfAbsent(drawing, d -> {
                byte[] previous = pages.get(d);
                if (previous != null) {
                    return previous;
                }
                drawn.incrementAndGet();
                return renderer.page(d.job(), d.frame()).getBytes(StandardCharsets.UTF_8);
            });
        };
    }

    /** Ends a successful build: keep only its pages and fragments, so the memo never outgrows the site. */
    void finish() {
        if (keep) {
            pages = drawnNow;
            drawnNow = new ConcurrentHashMap<>();
            markdown.keepOnlyUsed();
            readBack = readingNow;
        }
    }
}
