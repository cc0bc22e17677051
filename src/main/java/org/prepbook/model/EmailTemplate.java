package org.prepbook.model;

/**
 * A follow-up email. {@code subject} and {@code body} are templates over the {@link EmailVariable}s,
 * written as {@link Placeholders} say; the body is Markdown once filled in.
 */
public record EmailTemplate(String id, String title, SendTime when, String subject, String purpose, MarkdownText body,
                            Origin origin) {

    /** When to send: {@code days} after the anchor event. */
    public record SendTime(Anchor anchor, int days, String description) {
    }

    public enum Anchor {
        INTERVIEW, DECISION, NONE
    }
}
