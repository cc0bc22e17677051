package org.prepbook.render.view;

/** A link of the navigation or breadcrumbs; {@code current} marks the page being shown. */
public record Link(String href, String label, boolean current) {
}
