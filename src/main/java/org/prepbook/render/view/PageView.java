package org.prepbook.render.view;

import java.util.List;

/**
 * A free page; {@code body} is HTML. {@code contents} lists its sections when it has enough to need
 * them. A guide (a page in the navigation, when there are several) links its neighbours in
 * {@code previous} and {@code next}, at most one each.
 */
public record PageView(String title, String description, String body, List<Heading> contents, boolean guide,
                       List<Link> previous, List<Link> next) {
}
