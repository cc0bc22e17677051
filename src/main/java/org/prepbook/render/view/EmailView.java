package org.prepbook.render.view;

import java.util.List;

/** An email template's page; {@code subject} and {@code body} are HTML with placeholders marked. */
public record EmailView(String title, String purpose, String when, String subject, String body, List<Placeholder> placeholders) {
}
