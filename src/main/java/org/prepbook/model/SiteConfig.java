package org.prepbook.model;

import java.util.List;

/** {@code site.yaml}. {@code intro} is Markdown; {@code origin} is the file, for pages no single item makes. */
public record SiteConfig(String title, String organisation, String baseUrl, String language, String theme,
                         String description, MarkdownText intro, boolean allowHtml, List<Category> categories,
                         Origin origin) {

    /** The path part of {@link #baseUrl()}, e.g. {@code /handbook/}; used where links cannot be relative. */
    public String basePath() {
        String rest = baseUrl.replaceFirst("^[a-zA-Z][a-zA-Z0-9+.-]*://[^/]*", "");
        return rest.isEmpty() ? "/" : rest;
    }
}
