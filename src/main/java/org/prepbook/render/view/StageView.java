package org.prepbook.render.view;

import java.util.List;

/**
 * A stage's page; {@code previous} and {@code next} hold at most one link each. {@code questions} and
 * {@code asks} are the first of {@code questionCount} and {@code askCount}: the rest are a link away.
 */
public record StageView(String title, int number, int total, String goal, String who, String length, List<String> mistakes,
                        List<String> tips, String body, List<Heading> contents, List<QuestionSummary> questions,
                        int questionCount, String questionsHref, List<AskCard> asks, int askCount, String asksHref,
                        List<Link> previous, List<Link> next) {
}
