package org.prepbook.render.view;

import java.util.List;

/** The numbered pages of a list split into several; {@code previous} and {@code next} hold at most one link each. */
public record Pager(String label, List<Link> pages, List<Link> previous, List<Link> next) {
}
