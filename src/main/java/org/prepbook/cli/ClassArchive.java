package org.prepbook.cli;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;

/**
 * A class-data-sharing archive of the classes a build loads, kept beside the jar, so that the build
 * JVM starts with them already parsed and verified: about 0.25 s less CPU per build
 * (docs/performance.md). JDK 17 cannot make one by itself (JDK 19's
 * {@code -XX:+AutoCreateSharedArchive} can), so a build with no usable archive dumps one at exit
 * and the builds after it use it. The archive's name holds the Java version, and one older than the
 * jar is made again, so a new jar or another JDK never meets an archive the JVM would refuse.
 */
final class ClassArchive {
    // The JVM says when it cannot use or write an archive; the build works either way, so stay quiet.
    private static final String QUIET = "-Xlog:cds*=off";

    private final Path archive;
    private final Path dumping;

    private ClassArchive(Path archive, Path dumping) {
        this.archive = archive;
        this.dumping = dumping;
    }

    /**
     * The archive for {@code jar} under {@code javaVersion}: one to use, or one to make if the jar's
     * folder is writable; empty if neither.
     */
    static Optional<ClassArchive> beside(Path jar, String javaVersion, long pid) {
        String name = jar.getFileName().toString().replaceFirst("\\.jar$", "");
        Path archive = jar.resolveSibling(name + "-" + javaVersion.replaceAll("[^\\w.+-]", "_") + ".jsa");
        try {
            if (Files.isRegularFile(archive)
                    && Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(jar)) >= 0) {
                return Optional.of(new ClassArchive(archive, null));
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Files.isWritable(jar.toAbsolutePath().getParent())
                ? Optional.of(new ClassArchive(archive, archive.resolveSibling(archive.getFileName() + "." + pid + ".tmp")))
                : Optional.empty();
    }

    /** The child JVM's flags: use the archive, or dump it at exit. */
    List<String> flags() {
        return dumping == null ? List.of("-XX:SharedArchiveFile=" + archive, QUIET)
                : List.of("-XX:ArchiveClassesAtExit=" + dumping, QUIET);
    }

    /** After the child ended: keep a dump only from a build that succeeded, which loaded every class a build needs. */
    void finish(int status) {
        if (dumping == null) {
            return;
        }
        try {
            if (status == 0 && Files.isRegularFile(dumping)) {
                try {
                    Files.move(dumping, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(dumping, archive, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            Files.deleteIfExists(dumping);
        } catch (IOException e) {
            // No archive this time; the next build tries again.
        }
    }
}
