package org.prepbook.model;

/** A prompt of the backstory worksheet. */
public record BackstoryPrompt(String id, String prompt, String theme, String why, Origin origin) {
}
