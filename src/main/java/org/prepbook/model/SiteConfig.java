package org.prepbook.model;

import java.util.List;

/**
 * {@code site.yaml}. {@code intro} is Markdown; {@code origin} is the file, for pages no single item
 * makes. {@code languages} are the other languages the handbook is written in, as the main
 * {@code site.yaml} lists them (docs/languages.md); a translation's own config lists none, and its
 * {@code baseUrl} is its folder's.
 */
public record SiteConfig(String title, String organisation, String baseUrl, String language, String theme,
                         String description, MarkdownText intro, boolean allowHtml, List<Category> categories,
                         Origin origin, BrokenLinks brokenLinks, List<Translation> languages) {

    /** A language listed under {@code languages:}, canonical, and where it was written. */
    public record Translation(String tag, Origin origin) {
    }

    /** What a problem the checks find in the built pages does to {@code build} ({@code options: broken_links}). */
    public enum BrokenLinks {
        /** The build fails and the previous output stays: the default. */
        FAIL,
        /** The problems are printed and the site is written anyway. */
        WARN
    }

    /** The path part of {@link #baseUrl()}, e.g. {@code /handbook/}; used where links cannot be relative. */
    public String basePath() {
        String rest = baseUrl.replaceFirst("^[a-zA-Z][a-zA-Z0-9+.-]*://[^/]*", "");
        return rest.isEmpty() ? "/" : rest;
    }
}
