package org.prepbook.render;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.prepbook.model.Language;
import org.prepbook.model.SiteConfig;
import org.prepbook.render.view.Alternate;
import org.prepbook.render.view.LanguageLink;
import org.prepbook.route.Routes;

/**
 * Which pages exist in which language of a handbook, and what every page draws from that: the
 * language switcher, which leads to the same page in each other language when that language has it
 * and to its home page otherwise, and the {@code hreflang} alternates search engines read. Pages
 * correspond by URL: an item keeps its id in every language, so its page has the same URL inside
 * each language's folder ({@link Routes#languageFolder(String)}). A handbook written in one language
 * has neither switcher nor alternates, and its pages are what they were before it had languages.
 */
public final class Translations {
    /**
     * One language's handbook as the build planned it.
     *
     * @param folder where in the site its pages go: empty for the site's own language, else {@code es/}
     */
    public record Edition(SiteConfig site, String folder, List<PageJob> jobs) {
    }

    /** An edition with what the pages need of it, worked out once. */
    private record Known(Edition edition, String ownName, Set<String> urls) {
        String tag() {
            return edition.site().language();
        }

        /** The absolute URL of {@code url} in this language. */
        String absolute(String url) {
            return edition.site().baseUrl() + url.substring(1);
        }
    }

    private final List<Known> languages;

    private Translations(List<Known> languages) {
        this.languages = languages;
    }

    /** @param editions the handbook in each of its languages, the site's own first */
    public static Translations of(List<Edition> editions) {
        List<Known> known = new ArrayList<>();
        for (Edition e : editions) {
            Set<String> urls = new HashSet<>();
            e.jobs().forEach(job -> urls.add(job.url()));
            known.add(new Known(e, Language.parse(e.site().language()).map(Language::ownName).orElse(e.site().language()), urls));
        }
        return new Translations(List.copyOf(known));
    }

    /** Each language's handbook, the site's own first. */
    public List<Edition> editions() {
        return languages.stream().map(Known::edition).toList();
    }

    /**
     * The switcher on the page at {@code url} (inside its language's folder) of the handbook in
     * {@code site}'s language. Its links are root-absolute from that folder, as every link of a page
     * is until it is made relative: {@code /../questions/x/} leads from {@code /es/} up to the
     * default language's page.
     */
    public List<LanguageLink> switcher(SiteConfig site, String url) {
        if (languages.size() < 2) {
            return List.of();
        }
        Known here = find(site.language());
        String up = Routes.root().home() + "../".repeat((int) here.edition().folder().chars().filter(c -> c == '/').count());
        List<LanguageLink> links = new ArrayList<>();
        for (Known l : languages) {
            // The 404 page is no page of the plan: from it, every language leads to its home page.
            String target = l.urls().contains(url) ? url : Routes.root().home();
            String href = l == here ? target : up + l.edition().folder() + target.substring(1);
            links.add(new LanguageLink(href, l.ownName(), l.tag(), l == here));
        }
        return links;
    }

    /**
     * The page at {@code url} in every language that has it, itself included, and {@code x-default}
     * for the site's own language; empty when no other language has the page.
     */
    public List<Alternate> alternates(String url) {
        List<Alternate> out = new ArrayList<>();
        for (Known l : languages) {
            if (l.urls().contains(url)) {
                out.add(new Alternate(l.tag(), l.absolute(url)));
            }
        }
        if (out.size() < 2) {
            return List.of();
        }
        Known main = languages.get(0);
        if (main.urls().contains(url)) {
            out.add(new Alternate("x-default", main.absolute(url)));
        }
        return out;
    }

    private Known find(String tag) {
        return languages.stream().filter(l -> l.tag().equals(tag)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not a language of this handbook: " + tag));
    }
}
