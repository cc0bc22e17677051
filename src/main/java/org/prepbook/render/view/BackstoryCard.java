package org.prepbook.render.view;

/** A backstory prompt. */
public record BackstoryCard(String id, String prompt, String theme, String why) {
}
