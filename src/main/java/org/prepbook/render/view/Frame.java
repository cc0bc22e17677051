package org.prepbook.render.view;

import java.util.List;

/**
 * The layout around a page: head, header, navigation, breadcrumbs, footer. The layout template
 * receives it together with the page's drawn {@link Content}; a page's HTML depends on nothing else
 * but its job, so {@code serve} keys its cache of drawn pages on the two. {@code dir} is the
 * language's writing direction ({@code ltr} or {@code rtl}, from {@link org.prepbook.model.Language}).
 *
 * <p>{@code title} is the page's own title, as a link shared elsewhere shows it beside {@code siteTitle};
 * {@code canonical} is the page's absolute URL, empty for a page that has none (the 404, served at
 * any URL), which is then also kept out of search engines.
 *
 * <p>{@code languages} is the language switcher and {@code alternates} the page's translations for
 * search engines, both empty in a handbook written in one language ({@code render/Translations}).
 */
public record Frame(String lang, String dir, String pageTitle, String siteTitle, String description, String canonical,
                    String organisation, List<Link> nav, List<Link> breadcrumbs, List<Link> footer,
                    String title, String shareType, List<LanguageLink> languages, List<Alternate> alternates) {

    /** The page's own HTML, drawn by its template, for the layout's {@code {{{content}}}}. */
    public record Content(String content) {
    }
}
