package org.prepbook.diagnostics;

import java.util.List;

/** Thrown when content or a profile has mistakes; carries all of them. */
public final class ContentException extends RuntimeException {
    private final List<Problem> problems;

    public ContentException(List<Problem> problems) {
        super(problems.size() + " problem(s), first: " + problems.get(0).format());
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
