package org.prepbook.render.view;

/** One option of a form's select box. */
public record Choice(String value, String label) {
}
