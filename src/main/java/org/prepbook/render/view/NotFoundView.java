package org.prepbook.render.view;

/** The 404 page, whose links are absolute because it is served at any URL. */
public record NotFoundView(String homeHref, String questionsHref) {
}
