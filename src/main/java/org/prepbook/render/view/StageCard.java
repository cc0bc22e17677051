package org.prepbook.render.view;

/** A stage in a list of stages. */
public record StageCard(String href, int number, String title, String goal, String length) {
}
