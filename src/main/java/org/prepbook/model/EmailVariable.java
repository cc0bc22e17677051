package org.prepbook.model;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The only values an email template may use, written {@code {{key}}} (see {@link Placeholders}), each
 * with the label the handbook shows in its place. The packet fills each one from a profile
 * ({@code org.prepbook.packet.EmailValues}); that code lives in {@code packet} because the model must
 * not depend on profiles, and it switches over this enum without a default, so a variable added here
 * does not compile until the packet knows how to fill it.
 */
public enum EmailVariable {
    CANDIDATE_NAME("candidate.name", "Your name"),
    CANDIDATE_EMAIL("candidate.email", "Your email"),
    CANDIDATE_PHONE("candidate.phone", "Your phone"),
    TARGET_ROLE("target.role", "Role"),
    TARGET_COMPANY("target.company", "Company"),
    TARGET_INDUSTRY("target.industry", "Industry"),
    TARGET_LEVEL("target.level", "Level"),
    RECIPIENT_NAME("recipient.name", "Their name"),
    RECIPIENT_TITLE("recipient.title", "Their job title"),
    RECIPIENT_EMAIL("recipient.email", "Their email"),
    INTERVIEW_DATE("interview.date", "Interview date"),
    INTERVIEW_STAGE("interview.stage", "Interview stage"),
    DECISION_DATE("decision.date", "Decision date"),
    STRENGTH_NAME("strength.name", "Your strength"),
    STRENGTH_EVIDENCE("strength.evidence", "Evidence of your strength"),
    BETTER_ANSWER_QUESTION("better_answer.question", "The question"),
    BETTER_ANSWER_ANSWER("better_answer.answer", "Your better answer");

    private static final Map<String, EmailVariable> BY_KEY = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(EmailVariable::key, Function.identity()));

    private final String key;
    private final String label;

    EmailVariable(String key, String label) {
        this.key = key;
        this.label = label;
    }

    /** What a template writes between the braces, e.g. {@code target.role}. */
    public String key() {
        return key;
    }

    /** How the handbook shows the placeholder to a reader, e.g. "Role". */
    public String label() {
        return label;
    }

    /** The variable a template's {@code key} names, if any. */
    public static Optional<EmailVariable> of(String key) {
        return Optional.ofNullable(BY_KEY.get(key));
    }

    /** Every key, in the order the handbook documents them. */
    public static List<String> keys() {
        return Arrays.stream(values()).map(EmailVariable::key).toList();
    }
}
