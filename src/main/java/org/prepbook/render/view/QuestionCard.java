package org.prepbook.render.view;

import java.util.List;

/** A question on its own page, where its full guidance lives; {@code guidance} is HTML. */
public record QuestionCard(String id, String href, String text, String intent, String guidance, List<String> pitfalls, List<Link> stages, String category) {
}
