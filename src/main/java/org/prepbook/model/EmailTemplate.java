package org.prepbook.model;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * A follow-up email. {@code subject} and {@code body} are templates over the {@link EmailVariable}s,
 * written as {@link Placeholders} say; the body is Markdown once filled in.
 */
public record EmailTemplate(String id, String title, SendTime when, String subject, String purpose, MarkdownText body,
                            Origin origin) {

    /** When to send: {@code days} after the anchor event. */
    public record SendTime(Anchor anchor, int days, String description) {
    }

    /** The event an email is sent after, which also decides whom a packet drafts it to. */
    public enum Anchor {
        /** Each interview: to each of its interviewers. */
        INTERVIEW,
        /** The most recent interview, when no decision date was given: to its first interviewer. */
        NO_DECISION,
        /** The decision date: to the first interviewer of the most recent interview. */
        DECISION,
        /** News no profile can foresee (an offer, a rejection, a choice to withdraw): drafted undated, to the last interviewer. */
        OUTCOME,
        /** No event: insider outreach, drafted to the profile's insider. */
        NONE;

        private static final List<String> KEYS = Stream.of(values()).map(Anchor::key).toList();

        /** As written in a template's front matter: {@code no-decision}. */
        public String key() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        public static List<String> keys() {
            return KEYS;
        }

        public static Anchor of(String key) {
            return valueOf(key.toUpperCase(Locale.ROOT).replace('-', '_'));
        }
    }
}
