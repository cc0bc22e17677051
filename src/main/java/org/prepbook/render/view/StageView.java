package org.prepbook.render.view;

import java.util.List;

/** A stage's page; {@code previous} and {@code next} hold at most one link each. */
public record StageView(String title, int number, int total, String goal, String who, String length, List<String> mistakes, List<String> tips, String body, List<QuestionCard> questions, String questionsHref, List<AskCard> asks, List<Link> previous, List<Link> next, List<Link> steps) {
}
