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
            "candidate.name", "Your name", "candidate.email", "Your email", "candidate.phone", "Your phone",
            "target.role", "Role", "target.company", "Company", "target.industry", "Industry", "target.level", "Level",
            "recipient.name", "Their name", "recipient.title", "Their job title", "recipient.email", "Their email",
            "interview.date", "Interview date", "interview.stage", "Interview stage",
            "decision.date", "Decision date",
            "strength.name", "Your strength", "strength.evidence", "Evidence of your strength",
            "better_answer.question", "The question", "better_answer.answer", "Your better answer");

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
