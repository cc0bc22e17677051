package org.prepbook.model;

/** A group of the question bank. */
public record Category(String id, String title, String description) {
}
