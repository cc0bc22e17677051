package org.prepbook.model;

import java.util.List;

/** A question the candidate asks the interviewer. */
public record Ask(String id, String text, String why, List<String> stages, Timing when, Origin origin) {

    /** When in the conversation the question fits. */
    public enum Timing {
        EARLY("early", "Ask early"), ANYTIME("anytime", "Ask any time"), CLOSING("closing", "Ask when closing");

        private final String key;
        private final String label;

        Timing(String key, String label) {
            this.key = key;
            this.label = label;
        }

        public String key() {
            return key;
        }

        public String label() {
            return label;
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
