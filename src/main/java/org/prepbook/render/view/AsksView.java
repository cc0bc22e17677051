package org.prepbook.render.view;

import java.util.List;

/** The page of questions to ask. */
public record AsksView(String title, int count, List<AskGroup> groups) {
}
