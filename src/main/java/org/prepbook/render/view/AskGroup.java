package org.prepbook.render.view;

import java.util.List;

/** The asks of one moment of the conversation on one page; {@code continued} when the moment began on an earlier page. */
public record AskGroup(String title, String advice, boolean continued, List<AskCard> asks) {
}
