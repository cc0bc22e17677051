package org.prepbook.render.view;

/** A free page; {@code body} is HTML. */
public record PageView(String title, String description, String body) {
}
