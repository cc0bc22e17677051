package org.prepbook.markdown;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.prepbook.diagnostics.Problem;
import org.prepbook.diagnostics.Problems;
import org.prepbook.model.MarkdownText;

/**
 * Rendered Markdown kept between builds, for {@code serve}: a fragment whose text, file and line are
 * unchanged is not parsed again, and its problems are reported again as they were. Thread-safe, as
 * fragments render in parallel.
 */
public final class MarkdownMemo {
    private record Entry(String html, List<Problem> problems) {
    }

    private final Map<MarkdownText, Entry> entries = new ConcurrentHashMap<>();
    private final Set<MarkdownText> used = ConcurrentHashMap.newKeySet();
    private final AtomicInteger rendered = new AtomicInteger();

    String render(MarkdownText text, Problems problems, Markdown markdown) {
        used.add(text);
        Entry entry = entries.computeIfAbsent(text, t -> {
            rendered.incrementAndGet();
            Problems own = new Problems();
            return new Entry(markdown.renderNow(t, own), own.list());
        });
        problems.addAll(entry.problems());
        return entry.html();
    }

    /** Drops fragments the last build did not use, so edits do not pile up old versions. */
    public void keepOnlyUsed() {
        entries.keySet().retainAll(Set.copyOf(used));
        used.clear();
    }

    /** How many fragments were actually rendered since this memo was made. */
    public int rendered() {
        return rendered.get();
    }
}
