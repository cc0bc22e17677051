package org.prepbook.render.view;

/** A question listed on a stage's page, with what the interviewer wants to know. */
public record QuestionSummary(String href, String text, String intent) {
}
