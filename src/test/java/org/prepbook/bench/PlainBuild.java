package org.prepbook.bench;

import java.nio.file.Path;
import java.util.List;
import org.prepbook.Build;
import org.prepbook.content.ContentLoader;
import org.prepbook.diagnostics.Problems;
import org.prepbook.markdown.Markdown;
import org.prepbook.model.Handbook;
import org.prepbook.output.DiskOutput;
import org.prepbook.render.MarkdownHtml;
import org.prepbook.render.Pages;
import org.prepbook.render.SiteRenderer;
import org.prepbook.render.Sitemap;
import org.prepbook.render.Translations;
import org.prepbook.render.Theme;

/**
 * A build without the search index: {@link Build#render}'s steps 1 to 4, leaving out step 5. It
 * lets benchmarks compare prepbook with tools that have no search (Hugo) and measure what search
 * adds. As a program it is the whole-process counterpart of {@code prepbook build}, run with the
 * jar and the test classes on the class path.
 *
 * <p>Usage: {@code PlainBuild <content> <themes> <out>}
 */
public final class PlainBuild {
    private PlainBuild() {
    }

    public static void main(String[] args) {
        if (args.length != 3) {
            System.err.println("usage: PlainBuild <content> <themes> <out>");
            System.exit(2);
        }
        long start = System.nanoTime();
        int pages = render(Path.of(args[0]), Path.of(args[1]), new DiskOutput(Path.of(args[2])));
        System.out.printf("Built %d pages without search into %s in %d ms%n", pages, args[2],
                (System.nanoTime() - start) / 1_000_000);
    }

    /** Builds into {@code out}; returns the number of pages. */
    static int render(Path content, Path themes, DiskOutput out) {
        Handbook handbook = ContentLoader.load(content);
        Theme theme = Theme.of(content, themes, handbook.site().theme());
        Problems problems = new Problems();
        Markdown markdown = new Markdown(handbook.site().allowHtml(), MarkdownHtml.labels(theme.messages()));
        MarkdownHtml html = MarkdownHtml.render(handbook, markdown, theme.messages(), problems);
        problems.throwIfAny();
        var jobs = Pages.plan(handbook, html, theme.messages());
        Translations translations = Translations.of(List.of(new Translations.Edition(handbook.site(), "", jobs)));
        new SiteRenderer(handbook, theme, translations).render(jobs, out);
        Sitemap.write(translations, out);
        return jobs.size();
    }
}
