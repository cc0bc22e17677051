package org.prepbook.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Runs {@code build} and {@code check} in a second JVM set up for a short batch job.
 *
 * <p>The JVM's defaults suit long-running servers. A one-off build of a 10,000-page handbook spends
 * more CPU in the C2 compiler than in the build itself, and G1's concurrent work adds more. The
 * C1 compiler alone with the parallel collector builds the same site in 4.1 s instead of 6.7 s
 * (docs/performance.md). A jar cannot carry JVM flags, so {@code java -jar prepbook.jar build}
 * starts a child JVM with them and passes its exit status on; the launching JVM adds about 0.06 s.
 *
 * <p>There is no relaunch when the user has chosen JVM flags ({@code -XX:} options, including the
 * ones the child gets, which is what stops a loop), when an agent is attached (a debugger's port
 * cannot be opened twice), when prepbook is not running from its jar (tests, the Maven plugin), for
 * {@code serve} and {@code packet} (long runs, where C2 pays for itself), or when
 * {@code PREPBOOK_JVM=as-is} is set. If the child cannot be started, the command runs in this JVM.
 * The child ends when this JVM does, and never publishes after it ({@link Lifeline}).
 */
public final class BatchJvm {
    /** The compiler and collector, for every batch JVM. */
    private static final List<String> TUNING = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseParallelGC",
            "-XX:MaxTenuringThreshold=1");
    /** The heap's sizes, which a user's own heap flags replace. */
    private static final List<String> SIZES = List.of("-Xmn256m", "-Xms640m");
    /**
     * The child's flags; benchmarks give them to the builds they compare with it (docs/performance.md).
     * A build keeps about 100 MB alive on the 10,000-page site, but the parallel collector's adaptive
     * sizing lets the young generation grow past 1.5 GB: a fixed 256 MB one halves peak memory and
     * saves the system time of touching fresh pages. What survives a young collection is mostly the
     * build's results (pages, the index), which live to the end, so it moves to the old generation at
     * once rather than being copied again; and the old generation starts large enough for them, so it
     * never stops for a full collection only to grow. Those two take a build's pauses from 0.74 to
     * 0.30 s without raising peak memory (memory is touched as it is used, not when reserved).
     */
    public static final List<String> FLAGS = Stream.concat(TUNING.stream(), SIZES.stream()).toList();
    private static final Set<String> BATCH_COMMANDS = Set.of("build", "check");

    private BatchJvm() {
    }

    /** Runs {@code args} in a tuned child JVM if that applies; its exit status, or empty to run here. */
    static Optional<Integer> run(String[] args) {
        Optional<Path> jar = runningJar();
        Optional<ClassArchive> archive = jar.flatMap(j -> ClassArchive.beside(j, Runtime.version().toString(),
                ProcessHandle.current().pid()));
        Optional<List<String>> command = command(args, ManagementFactory.getRuntimeMXBean().getInputArguments(),
                System.getenv(), jar, archive);
        if (command.isEmpty()) {
            return Optional.empty();
        }
        return launch(command.get(), archive);
    }

    /** Starts the child and waits for it; its exit status, or empty when it could not be started. */
    static Optional<Integer> launch(List<String> command, Optional<ClassArchive> archive) {
        try {
            // The child's stdin is a pipe this JVM never writes to: its lifeline, which the kernel
            // cuts when this JVM dies in any way, even one no shutdown hook sees (kill -9).
            Process child = new ProcessBuilder(command).inheritIO().redirectInput(ProcessBuilder.Redirect.PIPE).start();
            // If this JVM is told to stop (Ctrl-C reaches both; a CI timeout may reach only this one), so is the child.
            Runtime.getRuntime().addShutdownHook(new Thread(child::destroy));
            int status = child.waitFor();
            archive.ifPresent(a -> a.finish(status));
            return Optional.of(status);
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of(130);
        }
    }

    /**
     * The child's command line: this JVM's own arguments (heap size, system properties), the batch
     * flags, the class archive's, then the jar's main class and {@code args}; empty when this JVM
     * should run the command.
     */
    static Optional<List<String>> command(String[] args, List<String> jvmArguments, Map<String, String> env,
            Optional<Path> jar, Optional<ClassArchive> archive) {
        boolean batch = args.length > 0 && BATCH_COMMANDS.contains(args[0]);
        boolean tuned = jvmArguments.stream().anyMatch(a -> a.startsWith("-XX:") || a.startsWith("-agent")
                || a.startsWith("-javaagent"));
        if (!batch || tuned || jar.isEmpty() || "as-is".equals(env.get("PREPBOOK_JVM"))) {
            return Optional.empty();
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmArguments);
        command.addAll(TUNING);
        // A heap the user sized (say -Xmx128m) must not be overruled by a young generation larger than it.
        if (jvmArguments.stream().noneMatch(a -> a.startsWith("-Xmx") || a.startsWith("-Xmn") || a.startsWith("-Xms"))) {
            command.addAll(SIZES);
        }
        archive.ifPresent(a -> command.addAll(a.flags()));
        command.add("-D" + Lifeline.PROPERTY + "=stdin");
        command.add("-cp");
        command.add(jar.get().toString());
        command.add(Main.class.getName());
        command.addAll(List.of(args));
        return Optional.of(command);
    }

    /** The jar this class was loaded from, if it was loaded from a jar file. */
    static Optional<Path> runningJar() {
        CodeSource source = BatchJvm.class.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return Optional.empty();
        }
        try {
            Path location = Path.of(source.getLocation().toURI());
            boolean jar = Files.isRegularFile(location) && location.toString().endsWith(".jar");
            return jar ? Optional.of(location) : Optional.empty();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
