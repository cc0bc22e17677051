package org.prepbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BatchJvmTest {
    private static final Optional<Path> JAR = Optional.of(Path.of("/opt/prepbook/prepbook.jar"));

    @Test
    void buildFromTheJarRunsInATunedChildWithTheUsersOwnJvmArguments() {
        List<String> command = BatchJvm.command(new String[] {"build", "--out", "site"}, List.of("-Xmx2g", "-Dfile.encoding=UTF-8"),
                Map.of(), JAR).orElseThrow();
        assertEquals(Path.of(System.getProperty("java.home"), "bin", "java").toString(), command.get(0));
        assertEquals(List.of("-Xmx2g", "-Dfile.encoding=UTF-8", "-XX:TieredStopAtLevel=1", "-XX:+UseParallelGC", "-Dprepbook.lifeline=stdin", "-cp",
                "/opt/prepbook/prepbook.jar", "org.prepbook.cli.Main", "build", "--out", "site"), command.subList(1, command.size()));
    }

    @Test
    void checkIsABatchCommandToo() {
        assertTrue(BatchJvm.command(new String[] {"check"}, List.of(), Map.of(), JAR).isPresent());
    }

    @Test
    void longRunningCommandsAndNoCommandStayInThisJvm() {
        for (String[] args : List.of(new String[] {"serve"}, new String[] {"packet", "p.yaml"}, new String[] {"new", "x"},
                new String[] {"--help"}, new String[0])) {
            assertEquals(Optional.empty(), BatchJvm.command(args, List.of(), Map.of(), JAR), String.join(" ", args));
        }
    }

    @Test
    void aJvmAlreadyTunedIsLeftAloneWhichAlsoStopsTheChildFromRelaunching() {
        assertEquals(Optional.empty(), BatchJvm.command(new String[] {"build"}, List.of("-XX:+UseG1GC"), Map.of(), JAR));
        assertEquals(Optional.empty(), BatchJvm.command(new String[] {"build"}, BatchJvm.FLAGS, Map.of(), JAR));
    }

    @Test
    void aDebuggerOrAgentKeepsTheBuildInThisJvm() {
        for (String agent : List.of("-agentlib:jdwp=transport=dt_socket,server=y,address=5005", "-javaagent:/opt/agent.jar")) {
            assertEquals(Optional.empty(), BatchJvm.command(new String[] {"build"}, List.of(agent), Map.of(), JAR), agent);
        }
    }

    @Test
    void theUserCanSayNoAndClassesOutsideAJarNeverRelaunch() {
        assertEquals(Optional.empty(), BatchJvm.command(new String[] {"build"}, List.of(), Map.of("PREPBOOK_JVM", "as-is"), JAR));
        assertEquals(Optional.empty(), BatchJvm.command(new String[] {"build"}, List.of(), Map.of(), Optional.empty()));
    }
}
