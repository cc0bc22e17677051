package org.prepbook.model;

import java.util.List;

/** A sample interview question. {@code guidance} is Markdown; {@code intent} is what the interviewer wants to know. */
public record Question(String id, String text, String category, List<String> stages, String intent, MarkdownText guidance,
                       List<String> pitfalls, Origin origin) {
}
