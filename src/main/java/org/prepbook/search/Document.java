package org.prepbook.search;

import java.util.List;

/**
 * One thing a search can find: a stage, question, ask, backstory prompt, email template or page.
 * {@code title} outranks {@code summary}, which outranks {@code body}; all three are plain text.
 * {@code stages} are stage ids, for the stage filter; {@code where} labels them for people.
 */
public record Document(Kind kind, String url, String title, String summary, String body, List<String> stages,
                       String where) {

    /** The content types, in the order their documents are numbered, so each type is one range of ids. */
    public enum Kind {
        STAGE("stage", "Stage"), QUESTION("question", "Question"), ASK("ask", "Question to ask"),
        BACKSTORY("backstory", "Backstory prompt"), EMAIL("email", "Email template"), PAGE("page", "Page");

        private final String id;
        private final String label;

        Kind(String id, String label) {
            this.id = id;
            this.label = label;
        }

        public String id() {
            return id;
        }

        public String label() {
            return label;
        }
    }
}
