package org.prepbook.render.view;

/** A section of a page, for its on-page contents: the section's anchor and its heading's text. */
public record Heading(String id, String text) {
}
