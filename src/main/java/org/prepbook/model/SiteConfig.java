package org.prepbook.model;

import java.util.List;

/** {@code site.yaml}. {@code intro} is Markdown; {@code origin} is the file, for pages no single item makes. */
public record SiteConfig(String title, String organisation, String baseUrl, String language, String theme,
                         String description, MarkdownText intro, boolean allowHtml, List<Category> categories,
                         Origin origin, BrokenLinks brokenLinks) {

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
