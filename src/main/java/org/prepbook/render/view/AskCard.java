package org.prepbook.render.view;

import java.util.List;

/** A question to ask the interviewer. */
public record AskCard(String id, String text, String why, String when, List<Link> stages) {
}
