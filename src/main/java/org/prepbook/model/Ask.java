package org.prepbook.model;

import java.util.List;

/** A question the candidate asks the interviewer. */
public record Ask(String id, String text, String why, List<String> stages, Timing when, Origin origin) {

    /** When in the conversation the question fits. */
    public enum Timing {
        EARLY("early"), ANYTIME("anytime"), CLOSING("closing");

        private final String key;

        Timing(String key) {
            this.key = key;
        }

        /** As content writes it; also the key of its label in the theme's messages, {@code asks.when.<key>}. */
        public String key() {
            return key;
        }

        public static Timing of(String key) {
            for (Timing t : values()) {
                if (t.key.equals(key)) {
                    return t;
                }
            }
            throw new IllegalArgumentException(key);
        }
    }
}
