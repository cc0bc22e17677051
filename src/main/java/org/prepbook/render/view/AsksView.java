package org.prepbook.render.view;

import java.util.List;

/** One page of the questions to ask; {@code count} is all of them; {@code pager} is empty when they fit on one page. */
public record AsksView(String title, int count, List<AskGroup> groups, List<Pager> pager) {
}
