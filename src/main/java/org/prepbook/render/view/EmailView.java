package org.prepbook.render.view;

import java.util.List;

/**
 * An email template's page; {@code subject} and {@code body} are HTML with placeholders marked.
 * {@code copyText} is the email as plain text, each placeholder its label in brackets, for the copy button.
 */
public record EmailView(String title, String purpose, String when, String subject, String body, String copyText, List<Placeholder> placeholders) {
}
