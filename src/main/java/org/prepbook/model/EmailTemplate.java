package org.prepbook.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A follow-up email. {@code subject} and {@code body} are Mustache templates over {@link #VARIABLES};
 * the body is Markdown once filled in.
 */
public record EmailTemplate(String id, String title, SendTime when, String subject, String purpose, MarkdownText body,
                            Origin origin) {

    /** The only names a template may use, each with how the handbook labels it; the packet fills each from the profile. */
    public static final Map<String, String> VARIABLES = variables(
            "candidate.name", "your name", "candidate.email", "your email", "candidate.phone", "your phone number",
            "target.role", "the role", "target.company", "the company", "target.industry", "the industry",
            "target.level", "the level",
            "recipient.name", "their name", "recipient.title", "their job title", "recipient.email", "their email",
            "interview.date", "the interview date", "interview.stage", "the interview stage",
            "decision.date", "the decision date",
            "strength.name", "your strength", "strength.evidence", "evidence of your strength",
            "better_answer.question", "the question", "better_answer.answer", "your better answer");

    /** When to send: {@code days} after the anchor event. */
    public record SendTime(Anchor anchor, int days, String description) {
    }

    public enum Anchor {
        INTERVIEW, DECISION, NONE
    }

    private static Map<String, String> variables(String... nameThenLabel) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < nameThenLabel.length; i += 2) {
            map.put(nameThenLabel[i], nameThenLabel[i + 1]);
        }
        return Collections.unmodifiableMap(map);
    }
}
