package org.prepbook.render.view;

/** A tile linking to a section of the handbook. */
public record SectionCard(String href, String title, String summary) {
}
