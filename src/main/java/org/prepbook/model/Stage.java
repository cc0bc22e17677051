package org.prepbook.model;

import java.util.List;

/** One step of the interview process. {@code body} is Markdown. */
public record Stage(String id, String title, String shortTitle, int order, String goal, String who, String length,
                    List<String> mistakes, List<String> tips, MarkdownText body, Origin origin) {
}
