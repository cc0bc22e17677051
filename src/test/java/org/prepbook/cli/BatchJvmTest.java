package org.prepbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchJvmTest {
    private static final Optional<Path> JAR = Optional.of(Path.of("/opt/prepbook/prepbook.jar"));

    private static Optional<List<String>> command(String[] args, List<String> jvmArguments, Map<String, String> env,
            Optional<Path> jar) {
        return BatchJvm.command(args, jvmArguments, env, jar, Optional.empty());
    }

    @Test
    void buildFromTheJarRunsInATunedChildWithTheUsersOwnJvmArguments() {
        List<String> command = command(new String[] {"build", "--out", "site"}, List.of("-Xmx2g", "-Dfile.encoding=UTF-8"),
                Map.of(), JAR).orElseThrow();
        assertEquals(Path.of(System.getProperty("java.home"), "bin", "java").toString(), command.get(0));
        assertEquals(List.of("-Xmx2g", "-Dfile.encoding=UTF-8", "-XX:TieredStopAtLevel=1", "-XX:+UseParallelGC",
                "-XX:MaxTenuringThreshold=1", "-Dprepbook.lifeline=stdin", "-cp",
                "/opt/prepbook/prepbook.jar", "org.prepbook.cli.Main", "build", "--out", "site"), command.subList(1, command.size()));
    }

    @Test
    void theHeapIsSizedUnlessTheUserSizedIt() {
        List<String> tuned = command(new String[] {"build"}, List.of(), Map.of(), JAR).orElseThrow();
        assertTrue(tuned.contains("-Xmn256m") && tuned.contains("-Xms640m"), tuned::toString);
        for (String heap : List.of("-Xmx128m", "-Xmn64m", "-Xms64m")) {
            List<String> sized = command(new String[] {"build"}, List.of(heap), Map.of(), JAR).orElseThrow();
            assertFalse(sized.contains("-Xmn256m") || sized.contains("-Xms640m"), heap);
            assertTrue(sized.contains(heap), heap);
        }
    }

    @Test
    void checkIsABatchCommandToo() {
        assertTrue(command(new String[] {"check"}, List.of(), Map.of(), JAR).isPresent());
    }

    @Test
    void longRunningCommandsAndNoCommandStayInThisJvm() {
        for (String[] args : List.of(new String[] {"serve"}, new String[] {"packet", "p.yaml"}, new String[] {"new", "x"},
                new String[] {"--help"}, new String[0])) {
            assertEquals(Optional.empty(), command(args, List.of(), Map.of(), JAR), String.join(" ", args));
        }
    }

    @Test
    void aJvmAlreadyTunedIsLeftAloneWhichAlsoStopsTheChildFromRelaunching() {
        assertEquals(Optional.empty(), command(new String[] {"build"}, List.of("-XX:+UseG1GC"), Map.of(), JAR));
        assertEquals(Optional.empty(), command(new String[] {"build"}, BatchJvm.FLAGS, Map.of(), JAR));
    }

    @Test
    void aDebuggerOrAgentKeepsTheBuildInThisJvm() {
        for (String agent : List.of("-agentlib:jdwp=transport=dt_socket,server=y,address=5005", "-javaagent:/opt/agent.jar")) {
            assertEquals(Optional.empty(), command(new String[] {"build"}, List.of(agent), Map.of(), JAR), agent);
        }
    }

    @Test
    void theUserCanSayNoAndClassesOutsideAJarNeverRelaunch() {
        assertEquals(Optional.empty(), command(new String[] {"build"}, List.of(), Map.of("PREPBOOK_JVM", "as-is"), JAR));
        assertEquals(Optional.empty(), command(new String[] {"build"}, List.of(), Map.of(), Optional.empty()));
    }

    @Test
    void theFirstBuildDumpsAClassArchiveThatLaterBuildsUse(@TempDir Path dir) throws IOException {
        Path jar = Files.writeString(dir.resolve("prepbook.jar"), "a jar");
        ClassArchive first = ClassArchive.beside(jar, "17.0.15+6", 42).orElseThrow();
        Path dump = dir.resolve("prepbook-17.0.15+6.jsa.42.tmp");
        assertEquals(List.of("-XX:ArchiveClassesAtExit=" + dump, "-Xlog:cds*=off"), first.flags());
        assertTrue(BatchJvm.command(new String[] {"build"}, List.of(), Map.of(), Optional.of(jar), Optional.of(first))
                .orElseThrow().contains("-XX:ArchiveClassesAtExit=" + dump));

        Files.writeString(dump, "classes");
        first.finish(1);
        assertFalse(Files.exists(dump), "a failed build's dump is thrown away");
        assertFalse(Files.exists(dir.resolve("prepbook-17.0.15+6.jsa")));

        Files.writeString(dump, "classes");
        first.finish(0);
        Path archive = dir.resolve("prepbook-17.0.15+6.jsa");
        assertEquals("classes", Files.readString(archive));
        assertEquals(List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds*=off"),
                ClassArchive.beside(jar, "17.0.15+6", 43).orElseThrow().flags());

        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(archive).toMillis() + 1000));
        assertTrue(ClassArchive.beside(jar, "17.0.15+6", 44).orElseThrow().flags().get(0).startsWith("-XX:ArchiveClassesAtExit="),
                "a jar newer than the archive gets a new one");
        assertTrue(ClassArchive.beside(jar, "21.0.2+13", 45).orElseThrow().flags().get(0).startsWith("-XX:ArchiveClassesAtExit="),
                "another JDK gets its own");
    }
}
