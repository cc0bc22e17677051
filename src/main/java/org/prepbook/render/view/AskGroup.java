package org.prepbook.render.view;

import java.util.List;

/** Asks that fit one moment of the conversation. */
public record AskGroup(String title, String advice, List<AskCard> asks) {
}
