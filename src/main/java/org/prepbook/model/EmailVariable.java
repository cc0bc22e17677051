package org.prepbook.model;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The only values an email template may use, written {@code {{key}}} (see {@link Placeholders}); the
 * label the handbook shows in a variable's place is the theme's message {@code email.variables.<key>}.
 * The packet fills each one from a profile
 * ({@code org.prepbook.packet.EmailValues}); that code lives in {@code packet} because the model must
 * not depend on profiles, and it switches over this enum without a default, so a variable added here
 * does not compile until the packet knows how to fill it.
 */
public enum EmailVariable {
    CANDIDATE_NAME("candidate.name"),
    CANDIDATE_EMAIL("candidate.email"),
    CANDIDATE_PHONE("candidate.phone"),
    TARGET_ROLE("target.role"),
    TARGET_COMPANY("target.company"),
    TARGET_INDUSTRY("target.industry"),
    TARGET_LEVEL("target.level"),
    RECIPIENT_NAME("recipient.name"),
    RECIPIENT_TITLE("recipient.title"),
    RECIPIENT_EMAIL("recipient.email"),
    INTERVIEW_DATE("interview.date"),
    INTERVIEW_STAGE("interview.stage"),
    DECISION_DATE("decision.date"),
    STRENGTH_NAME("strength.name"),
    STRENGTH_EVIDENCE("strength.evidence"),
    BETTER_ANSWER_QUESTION("better_answer.question"),
    BETTER_ANSWER_ANSWER("better_answer.answer");

    private static final Map<String, EmailVariable> BY_KEY = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(EmailVariable::key, Function.identity()));

    private final String key;

    EmailVariable(String key) {
        this.key = key;
    }

    /** What a template writes between the braces, e.g. {@code target.role}. */
    public String key() {
        return key;
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
