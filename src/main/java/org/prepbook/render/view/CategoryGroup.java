package org.prepbook.render.view;

import java.util.List;

/**
 * The part of one category that falls on one page of the question bank; {@code continued} when the
 * category began on an earlier page.
 */
public record CategoryGroup(String id, String title, String description, boolean continued, List<QuestionLine> questions) {
}
