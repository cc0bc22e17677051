package org.prepbook;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.prepbook.check.ReadBack;
import org.prepbook.check.SiteCheck;
import org.prepbook.content.ContentLoader;
import org.prepbook.content.MissingTranslations;
import org.prepbook.diagnostics.Problem;
import org.prepbook.diagnostics.Problems;
import org.prepbook.markdown.Markdown;
import org.prepbook.model.Handbook;
import org.prepbook.model.Origin;
import org.prepbook.model.SiteConfig.BrokenLinks;
import org.prepbook.output.Output;
import org.prepbook.output.OutputFolder;
import org.prepbook.render.MarkdownHtml;
import org.prepbook.render.PageJob;
import org.prepbook.render.ProfileLists;
import org.prepbook.render.Pages;
import org.prepbook.render.SiteRenderer;
import org.prepbook.render.Sitemap;
import org.prepbook.render.Theme;
import org.prepbook.render.Translations;
import org.prepbook.route.Routes;
import org.prepbook.search.Documents;
import org.prepbook.search.SearchIndex;

/**
 * The handbook build, start to finish. Each step needs the one before it; the comments say why the
 * order matters. Any content problem ends the build before the output folder is touched. A
 * handbook in several languages goes through the same steps once per language, each into its own
 * folder of the site (docs/languages.md).
 */
public final class Build {

    /** What to build from and where to. */
    public record Options(Path content, Path themes, Path out) {
    }

    /**
     * The outcome of a build: the handbook, pages and Markdown of the site's own language, the
     * number of pages written in all languages, what the checks found in the pages of every
     * language (empty when all is well), and the items some language lacks (warnings only).
     */
    public record Result(Handbook handbook, int pages, List<PageJob> jobs, MarkdownHtml markdown, SiteCheck.Report checks,
                         List<Problem> untranslated) {
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
        // 1. Load and validate all content, in every language; references between items are checked here.
        List<Handbook> languages = ContentLoader.loadAll(options.content());
        // 2.–4. Each language's theme, Markdown and pages, all planned before any page is drawn: a
        // page's language switcher leads to the same page in every language that has it.
        List<BuildMemo> memos = memo.languages(languages.stream().skip(1).map(h -> h.site().language()).toList());
        List<Planned> editions = new ArrayList<>();
        for (int i = 0; i < languages.size(); i++) {
            Handbook handbook = languages.get(i);
            // The site's own language at the root, each other in its folder.
            String folder = i == 0 ? "" : Routes.languageFolder(handbook.site().language());
            editions.add(plan(options, handbook, folder, out, memos.get(i)));
        }
        Translations translations = Translations.of(editions.stream()
                .map(e -> new Translations.Edition(e.handbook().site(), e.folder(), e.jobs())).toList());
        // 5.–7. Each language into its own folder: pages, search index, profile lists.
        editions.forEach(e -> write(e, translations));
        // 8. One sitemap for the site, each page with its translations; written before the checks, which may meet a link to it.
        Sitemap.write(translations, editions.get(0).site());
        // 9. Check each language's pages once every file is written: a link may lead to any of them.
        List<SiteCheck.Report> checks = editions.stream()
                .map(e -> SiteCheck.check(e.handbook(), e.html(), e.jobs(), e.site())).toList();
        editions.forEach(e -> e.memo().finish());
        // 10. What one language has and another lacks: warnings, which do not stop the build (docs/languages.md).
        List<Problem> untranslated = MissingTranslations.find(languages);
        Planned main = editions.get(0);
        return new Result(main.handbook(), editions.stream().mapToInt(e -> e.jobs().size()).sum(), main.jobs(),
                main.html(), merge(checks), untranslated);
    }

    /** One language's handbook on its way through the build: planned, then written into {@code site}, then checked. */
    private record Planned(Handbook handbook, String folder, Theme theme, MarkdownHtml html, List<PageJob> jobs,
                           ReadBack site, BuildMemo memo) {
    }

    private static Planned plan(Options options, Handbook handbook, String folder, Output out, BuildMemo memo) {
        ReadBack site = memo.readBack(out.under(folder));
        // 2. Find the theme the site names, with the site's overrides in front of it, in the handbook's language.
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
        // 4. Plan the pages.
        List<PageJob> jobs = Pages.plan(handbook, html, theme.messages());
        return new Planned(handbook, folder, theme, html, jobs, site, memo);
    }

    private static void write(Planned e, Translations translations) {
        // 5. Draw and write the pages in parallel; each is read back as it is written, in the thread that drew it (see ReadBack).
        SiteRenderer renderer = new SiteRenderer(e.handbook(), e.theme(), translations);
        renderer.render(e.jobs(), e.site(), e.memo().pages(renderer));
        // 6. Index for search from the same rendered Markdown, so results show what the pages say.
        new SearchIndex(Documents.of(e.handbook(), e.html(), e.theme().messages()), e.handbook().stages(),
                e.theme().messages(), e.handbook().site().language()).write(e.site());
        // 7. The lists the profile form offers, beside the form the pages above include.
        ProfileLists.write(e.handbook(), e.site());
    }

    /** What the checks of all languages found, as one report. */
    private static SiteCheck.Report merge(List<SiteCheck.Report> reports) {
        if (reports.size() == 1) {
            return reports.get(0);
        }
        List<Problem> problems = new ArrayList<>();
        Map<URI, Origin> external = new LinkedHashMap<>();
        int pages = 0;
        for (SiteCheck.Report r : reports) {
            problems.addAll(r.problems());
            r.external().forEach(external::putIfAbsent);
            pages += r.pages();
        }
        return new SiteCheck.Report(List.copyOf(problems), external, pages);
    }
}
