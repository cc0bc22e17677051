package org.prepbook.check;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.prepbook.output.Output;

/**
 * An {@link Output} that passes every file on and reads each HTML page back as it goes by, in the
 * renderer's own threads, so the checks cost no second pass over the site and no copy of it in
 * memory. It remembers every path written, for links to assets and other files.
 *
 * <p>Facts are kept by the identity of the page's bytes: {@code serve} hands over the very same
 * array for a page it did not draw again, and {@link #next()} carries those facts to the next build,
 * so an unchanged page is not parsed again.
 */
public final class ReadBack implements Output {
    private final Output out;
    private final Map<byte[], PageFacts> earlier;
    private final Map<byte[], PageFacts> now = new ConcurrentHashMap<>();
    private final Set<String> files = ConcurrentHashMap.newKeySet();
    private final Map<String, PageFacts> pages = new ConcurrentHashMap<>();

    private ReadBack(Output out, Map<byte[], PageFacts> earlier) {
        this.out = out;
        this.earlier = earlier;
    }

    /** Reads every page written to {@code out}. */
    public static ReadBack of(Output out) {
        return new ReadBack(out, Map.of());
    }

    /** The same for the next build, reusing the facts of pages whose bytes this one saw. */
    public ReadBack next(Output out) {
        return new ReadBack(out, now);
    }

    @Override
    public void write(String relativePath, byte[] bytes) {
        out.write(relativePath, bytes);
        files.add(relativePath);
        if (relativePath.endsWith(".html")) {
            PageFacts facts = earlier.get(bytes);
            pages.put(relativePath, now.computeIfAbsent(bytes, b -> facts != null ? facts : PageFacts.read(b)));
        }
    }

    @Override
    public void copy(String relativePath, Path source) {
        out.copy(relativePath, source);
        files.add(relativePath);
    }

    boolean has(String relativePath) {
        return files.contains(relativePath);
    }

    Set<String> files() {
        return files;
    }

    /** The HTML pages written, by path, sorted so that reports come out in the same order every time. */
    SortedMap<String, PageFacts> pages() {
        return new TreeMap<>(pages);
    }

    /** The facts of the page written at {@code relativePath}, or null. */
    PageFacts page(String relativePath) {
        return pages.get(relativePath);
    }
}
