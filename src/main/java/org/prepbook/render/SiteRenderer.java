package org.prepbook.render;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.prepbook.diagnostics.ContentException;
import org.prepbook.model.Handbook;
import org.prepbook.model.Language;
import org.prepbook.model.Page;
import org.prepbook.model.SiteConfig;
import org.prepbook.output.Output;
import org.prepbook.render.view.Frame;
import org.prepbook.render.view.Link;
import org.prepbook.render.view.NotFoundView;
import org.prepbook.route.Routes;
import org.prepbook.route.Section;

/**
 * Draws planned pages with the theme and writes them, in parallel; then the files every site needs
 * beside its pages: assets, {@code robots.txt} and {@code 404.html}. The sitemap covers every
 * language of the handbook, so the build writes it once all are planned ({@link Sitemap}).
 */
public final class SiteRenderer {
    private final Handbook handbook;
    private final Theme theme;
    private final Translations translations;
    private final Routes routes = Routes.root();
    private final Messages messages;
    private final Map<Section, String> navLabels = new EnumMap<>(Section.class);
    /** The free pages linked from every footer, found once: a scan of all pages per page is quadratic. */
    private final List<Page> footerPages;

    /** @param translations the handbook's languages, for the language switcher and the alternates on each page */
    public SiteRenderer(Handbook handbook, Theme theme, Translations translations) {
        this.handbook = handbook;
        this.theme = theme;
        this.translations = translations;
        this.messages = theme.messages();
        Section.nav().forEach(s -> navLabels.put(s, messages.text(s.navKey().orElseThrow())));
        this.footerPages = handbook.pages().stream().filter(Page::nav).toList();
    }

    public void render(List<PageJob> jobs, Output out) {
        render(jobs, out, job -> bytes(page(job, frame(job))));
    }

    /** The same, drawing each page with {@code pages}: {@code serve} passes one that reuses unchanged pages. */
    public void render(List<PageJob> jobs, Output out, Function<PageJob, byte[]> pages) {
        // Every page is drawn before any problem is thrown: a parallel forEach would rethrow the first
        // while other threads were still writing into a staging folder that is being deleted.
        List<RuntimeException> failures = jobs.parallelStream().<RuntimeException>mapMulti((job, failed) -> {
            try {
                out.write(job.file(), pages.apply(job));
            } catch (RuntimeException e) {
                failed.accept(e);
            }
        }).toList();
        for (RuntimeException e : failures) {
            if (!(e instanceof ContentException)) {
                throw e;
            }
        }
        if (!failures.isEmpty()) {
            // A template mistake fails every page drawn with it: report each problem once.
            throw new ContentException(failures.stream().flatMap(e -> ((ContentException) e).problems().stream())
                    .distinct().toList());
        }
        for (Map.Entry<String, Path> asset : theme.assets().entrySet()) {
            out.copy("assets/" + asset.getKey(), asset.getValue());
        }
        // Crawlers read robots.txt only at a host's root: a handbook served there owns it; one served
        // under a sub-path writes none, and docs/themes.md says which line to add to the host's own.
        if (handbook.site().basePath().equals("/")) {
            out.write("robots.txt", bytes(robots()));
        }
        out.write("404.html", bytes(notFound()));
    }

    /** The finished HTML of one page in its frame, links already relative to it. */
    public String page(PageJob job, Frame frame) {
        return Links.rewrite(draw(job, frame), Links.rootPrefix(job.url()));
    }

    private String draw(PageJob job, Frame frame) {
        return theme.render("layout", frame, new Frame.Content(theme.render(job.template(), job.view())));
    }

    /** Everything the layout draws around {@code job}'s own view. */
    public Frame frame(PageJob job) {
        SiteConfig site = handbook.site();
        String pageTitle = job.url().equals(routes.home()) ? site.title()
                : messages.text("layout.pageTitle", "page", job.title(), "site", site.title());
        List<Link> crumbs = new ArrayList<>(job.breadcrumbs());
        if (!crumbs.isEmpty()) {
            crumbs.add(new Link(job.url(), job.title(), true));
        }
        // Every page describes itself; a page without its own description shares the site's.
        String description = job.description() == null || job.description().isBlank() ? site.description() : job.description();
        boolean notFound = job.url().equals(routes.notFound());
        String canonical = notFound ? "" : site.baseUrl() + job.url().substring(1);
        // Open Graph's two kinds: the home page stands for the whole site, every other page is one article of it.
        String shareType = job.url().equals(routes.home()) ? "website" : "article";
        return new Frame(site.language(), Language.direction(site.language()), pageTitle, site.title(), description, canonical, site.organisation(),
                nav(job.url()), crumbs, footer(job.url()), job.title(), shareType, translations.switcher(site, job.url()),
                translations.alternates(job.url()));
    }

    private List<Link> nav(String url) {
        return Section.nav().stream().map(s -> new Link(routes.section(s), navLabels.get(s), routes.inSection(url, s))).toList();
    }

    private List<Link> footer(String url) {
        return footerPages.stream()
                .map(p -> new Link(routes.page(p.slug()), p.title(), url.equals(routes.page(p.slug())))).toList();
    }

    private String notFound() {
        PageJob job = new PageJob(routes.notFound(), "404", new NotFoundView(routes.home(), routes.section(Section.QUESTIONS)),
                messages.text("notFound.title"), messages.text("notFound.description"), List.of(), handbook.site().origin());
        String html = draw(job, frame(job));
        // Served in place of any missing URL, at any depth, so its links must be absolute.
        return Links.rewrite(html, handbook.site().basePath());
    }

    /** What a handbook at a host's root says to crawlers: everything may be read, and where the sitemap is. */
    String robots() {
        return "User-agent: *\nAllow: /\nSitemap: " + handbook.site().baseUrl() + "sitemap.xml\n";
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
