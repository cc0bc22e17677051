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
        STAGE("stage"), QUESTION("question"), ASK("ask"), BACKSTORY("backstory"), EMAIL("email"), PAGE("page");

        private final String id;

        Kind(String id) {
            this.id = id;
        }

        /** Also the key of its label in the theme's messages: {@code search.kinds.<id>}. */
        public String id() {
            return id;
        }
    }
}
