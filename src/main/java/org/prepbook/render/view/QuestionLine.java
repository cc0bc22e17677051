package org.prepbook.render.view;

import java.util.List;

/** A question in the bank's compact list: its text links to its own page. */
public record QuestionLine(String id, String href, String text, List<Link> stages) {
}
