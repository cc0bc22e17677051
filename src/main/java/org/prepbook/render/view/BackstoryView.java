package org.prepbook.render.view;

import java.util.List;

/** The backstory worksheet. */
public record BackstoryView(String title, List<BackstoryCard> prompts) {
}
