package org.prepbook.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.prepbook.diagnostics.FileFault;

/** Writes into a folder on disk; refuses paths that would escape it. */
public final class DiskOutput implements Output {
    private static final String ADVICE = "free some disk space or check the folder's permissions, or choose another --out;"
            + " the previous output is unchanged";

    private final Path root;
    private final Path shown;
    /**
     * Folders known to exist. {@code Files.createDirectories} on a folder that exists is a failed
     * {@code mkdir} and an exception, 8 µs each time: 0.14 s of CPU for the 18,000 files of the
     * 10,000-page site, nearly all into folders made moments before.
     */
    private final Set<Path> folders = ConcurrentHashMap.newKeySet();

    public DiskOutput(Path root) {
        this(root, root);
    }

    /**
     * @param shown the folder as messages name it: a build writes into a staging folder that the user
     *              never sees, so a failed write names the file in the output folder it was meant for
     */
    public DiskOutput(Path root, Path shown) {
        this.root = root.toAbsolutePath().normalize();
        this.shown = shown;
    }

    @Override
    public void write(String relativePath, byte[] bytes) {
        Path target = resolve(relativePath);
        try {
            folder(target.getParent());
            // CREATE_NEW: two pages claiming one file is a bug we want to hear about, not a silent overwrite.
            Files.write(target, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new FileFault("write", shown.resolve(relativePath), e, ADVICE);
        }
    }

    @Override
    public void copy(String relativePath, Path source) {
        Path target = resolve(relativePath);
        try {
            folder(target.getParent());
            Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
        } catch (IOException e) {
            // The source was listed a moment ago, so a failure is as likely to be reading it as writing.
            throw new FileFault("copy " + source + " to", shown.resolve(relativePath), e, ADVICE);
        }
    }

    /** Makes {@code folder} unless it is known to exist; two threads may both make it, which is harmless. */
    private void folder(Path folder) throws IOException {
        if (!folders.contains(folder)) {
            Files.createDirectories(folder);
            folders.add(folder);
        }
    }

    private Path resolve(String relativePath) {
        return inside(root, relativePath);
    }

    /** {@code relativePath} under {@code root}, refused when it would leave it. */
    static Path inside(Path root, String relativePath) {
        Path target = root.resolve(relativePath).normalize();
        if (!target.startsWith(root) || target.equals(root)) {
            throw new IllegalArgumentException("refusing to write outside the output folder: " + relativePath);
        }
        return target;
    }
}
