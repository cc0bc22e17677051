package org.prepbook.render.view;

import java.util.List;

/** One category of the question bank. */
public record CategoryGroup(String id, String title, String description, List<QuestionCard> questions) {
}
