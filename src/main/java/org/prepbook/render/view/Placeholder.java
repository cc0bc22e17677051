package org.prepbook.render.view;

/** A profile variable an email uses, and how the handbook names it. */
public record Placeholder(String name, String label) {
}
