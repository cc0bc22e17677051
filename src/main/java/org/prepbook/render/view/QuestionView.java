package org.prepbook.render.view;

/** A question's own page. */
public record QuestionView(QuestionCard question, String categoryTitle, String bankHref) {
}
