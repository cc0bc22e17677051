package org.prepbook.diagnostics;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects every problem of one load so that the user sees them all at once, not one per run.
 * Not thread-safe: parallel work gives each task its own instance and merges them in a fixed order.
 */
public final class Problems {
    private final List<Problem> list = new ArrayList<>();

    public void add(Path path, int line, int column, String message, String hint) {
        list.add(new Problem(path, line, column, message, hint));
    }

    public void add(Problem problem) {
        list.add(problem);
    }

    public void addAll(Collection<Problem> problems) {
        list.addAll(problems);
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    public List<Problem> list() {
        return List.copyOf(list);
    }

    /**
     * Ends a phase: if anything was reported, nothing after this point may run on broken input.
     * Problems are reported file by file, top to bottom, the order an editor fixes them in.
     */
    public void throwIfAny() {
        if (!list.isEmpty()) {
            throw new ContentException(sorted());
        }
    }

    /**
     * The same, with each problem quoting its line from its file's text in {@code texts} (path to
     * text), so the report shows the line itself, not only its number.
     */
    public void throwIfAny(Map<Path, String> texts) {
        if (!list.isEmpty()) {
            Map<Path, LineMap> lines = new HashMap<>();
            throw new ContentException(sorted().stream().map(p -> texts.containsKey(p.path())
                    ? p.quoting(lines.computeIfAbsent(p.path(), path -> LineMap.of(texts.get(path))))
                    : p).toList());
        }
    }

    /** The problems ordered by file, line and column; stable, so two at one place keep their order. */
    public List<Problem> sorted() {
        return list.stream().sorted(Comparator.comparing((Problem p) -> p.path().toString())
                .thenComparingInt(Problem::line).thenComparingInt(Problem::column)).toList();
    }
}
