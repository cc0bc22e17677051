package org.prepbook.model;

/** A free Markdown page served at {@code /<slug>/}. */
public record Page(String slug, String title, String description, int order, boolean nav, MarkdownText body, Origin origin) {
}
