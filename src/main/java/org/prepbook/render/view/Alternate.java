package org.prepbook.render.view;

/**
 * A {@code <link rel="alternate" hreflang>} of the page's head: the absolute URL of the page in the
 * language {@code hreflang}, or in the default language for {@code x-default}.
 */
public record Alternate(String hreflang, String href) {
}
