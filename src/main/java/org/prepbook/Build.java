package org.prepbook;

import java.nio.file.Path;
import java.util.List;
import org.prepbook.check.ReadBack;
import org.prepbook.check.SiteCheck;
import org.prepbook.content.ContentLoader;
import org.prepbook.diagnostics.Problem;
import org.prepbook.diagnostics.Problems;
import org.prepbook.markdown.Markdown;
import org.prepbook.model.Handbook;
import org.prepbook.model.SiteConfig.BrokenLinks;
import org.prepbook.output.Output;
import org.prepbook.output.OutputFolder;
import org.prepbook.render.MarkdownHtml;
import org.prepbook.render.PageJob;
import org.prepbook.render.ProfileLists;
import org.prepbook.render.Pages;
import org.prepbook.render.SiteRenderer;
import org.prepbook.render.Theme;
import org.prepbook.search.Documents;
import org.prepbook.search.SearchIndex;

/**
 * The handbook build, start to finish. Each step needs the one before it; the comments say why the
 * order matters. Any content problem ends the build before the output folder is touched.
 */
public final class Build {

    /** What to build from and where to. */
    public record Options(Path content, Path themes, Path out) {
    }

    /**
     * The outcome of a build: the number of pages written, the pages and Markdown themselves, and what
     * the checks found in the pages (empty when all is well).
     */
    public record Result(Handbook handbook, int pages, List<PageJob> jobs, MarkdownHtml markdown, SiteCheck.Report checks) {
    }

    /**
     * The built pages have problems (a broken link, a missing image, …) and the site does not ask for
     * warnings only ({@code options: broken_links: warn}): the previous output was left as it was.
     */
    public static final class ChecksFailed extends RuntimeException {
        private final transient List<Problem> problems;

        ChecksFailed(List<Problem> problems) {
            super(problems.size() + " problem(s) in the built pages, first: " + problems.get(0).format());
            this.problems = List.copyOf(problems);
        }

        public List<Problem> problems() {
            return problems;
        }
    }

    private Build() {
    }

    /**
     * Builds the handbook into {@code options.out()}, replacing the previous output only on success.
     *
     * @throws ChecksFailed when the built pages have problems and the site wants them to fail the build
     */
    public static Result run(Options options) throws OutputFolder.RefusedException {
        return run(options, OutputFolder.Gate.OPEN);
    }

    /** The same; {@code gate} decides at the end whether the new output may still replace the old. */
    public static Result run(Options options, OutputFolder.Gate gate) throws OutputFolder.RefusedException {
        // Check the output folder first: refusing a dangerous --out must not wait for a long build.
        try (OutputFolder folder = OutputFolder.open(options.out(), options.content(), options.themes())) {
            Result result = render(options, folder.output());
            // What the checks found stops the build before the new output replaces the old, unless the site says warn.
            if (!result.checks().problems().isEmpty() && result.handbook().site().brokenLinks() == BrokenLinks.FAIL) {
                throw new ChecksFailed(result.checks().problems());
            }
            gate.publish(folder::commit);
            return result;
        }
    }

    /**
     * Loads, validates, renders into {@code out} and checks the pages; throws
     * {@link org.prepbook.diagnostics.ContentException} on bad content, and returns what the checks
     * found for the caller to judge.
     */
    public static Result render(Options options, Output out) {
        return render(options, out, BuildMemo.none());
    }

    /**
     * The same, reusing what {@code memo} kept from the previous build ({@code serve} rebuilds this
     * way after every change; a one-off build keeps nothing).
     */
    public static Result render(Options options, Output out, BuildMemo memo) {
        ReadBack site = memo.readBack(out);
        // 1. Load and validate all content; references between items are checked here.
        Handbook handbook = ContentLoader.load(options.content());
        // 2. Find the theme the site names, with the site's overrides in front of it, in the site's language.
        Theme theme = memo.theme(options.content(), options.themes(), handbook.site().theme())
                .in(handbook.site().language());
        Problems problems = new Problems();
        theme.problem().ifPresent(problems::add);
        // Without the theme there are no messages for what follows: nothing more to report.
        problems.throwIfAny();
        // 3. Render every Markdown fragment once, before any page, so a problem stops the build early.
        Markdown markdown = memo.markdown(handbook.site().allowHtml(), MarkdownHtml.labels(theme.messages()));
        MarkdownHtml html = MarkdownHtml.render(handbook, markdown, theme.messages(), problems);
        problems.throwIfAny();
        // 4. Plan the pages, then draw and write them in parallel.
        List<PageJob> jobs = Pages.plan(handbook, html, theme.messages());
        SiteRenderer renderer = new SiteRenderer(handbook, theme);
        // Each page is read back as it is written, in the thread that drew it (see ReadBack).
        renderer.render(jobs, site, memo.pages(renderer));
        // 5. Index for search from the same rendered Markdown, so results show what the pages say.
        new SearchIndex(Documents.of(handbook, html, theme.messages()), handbook.stages(), theme.messages(),
                handbook.site().language()).write(site);
        // 6. The lists the profile form offers, beside the form the pages above include.
        ProfileLists.write(handbook, site);
        // 7. Check the pages once every file is written: a link may lead to any of them.
        SiteCheck.Report checks = SiteCheck.check(handbook, html, jobs, site);
        memo.finish();
        return new Result(handbook, jobs.size(), jobs, html, checks);
    }
}
