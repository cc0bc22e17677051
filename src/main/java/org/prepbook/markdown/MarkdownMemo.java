package org.prepbook.markdown;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import org.prepbook.diagnostics.Problem;
import org.prepbook.diagnostics.Problems;
import org.prepbook.model.MarkdownText;

/**
 * Rendered Markdown kept between builds, for {@code serve}: a fragment whose text, file and line are
 * unchanged is not parsed again, and its problems are reported again as they were. Thread-safe, as
 * fragments render in parallel.
 */
public final class MarkdownMemo {
    private record Key(MarkdownText text, UnaryOperator<String> marks) {
    }

    private record Entry(Fragment fragment, List<Problem> problems) {
    }

    private final Map<Key, Entry> entries = new ConcurrentHashMap<>();
    private final Set<Key> used = ConcurrentHashMap.newKeySet();
    private final AtomicInteger rendered = new AtomicInteger();

    // The marks are part of the key by identity: callers pass one constant function, not a new lambda each time.
    Fragment render(MarkdownText text, UnaryOperator<String> marks, Problems problems, Markdown markdown) {
        Key key = new Key(text, marks);
        used.add(key);
        Entry entry = entries.computeIfAbsent(key, k -> {
            rendered.incrementAndGet();
            Problems own = new Problems();
            return new Entry(markdown.renderNow(text, marks, own), own.list());
        });
        problems.addAll(entry.problems());
        return entry.fragment();
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
