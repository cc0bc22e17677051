package org.prepbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prepbook.testing.Fixture;
import org.prepbook.testing.Fixtures;

/**
 * kill -9 of the launcher ends the batch child too, and the child publishes nothing after it: real
 * processes, as a CI runner or a user's terminal kills them.
 */
class OrphanedBuildTest {

    @Test
    void killingTheLauncherEndsTheBuildAndLeavesThePreviousSite(@TempDir Path dir)
            throws IOException, InterruptedException, ExecutionException, TimeoutException {
        Fixture site = Fixture.copy(dir);
        Path out = dir.resolve("site");
        assertEquals(0, CliTest.run("build", "--content", site.content().toString(), "--themes", "themes",
                "--out", out.toString()).status());
        Map<String, String> before = Fixtures.tree(out);
        // Enough questions that the child is still at work when it is orphaned.
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            many.append("- id: generated-").append(i).append("\n  text: Question ").append(i)
                    .append("?\n  category: motivation\n  stages: [phone-screen]\n  intent: Intent.\n  guidance: Guidance.\n");
        }
        site.write("questions/generated.yaml", many.toString());

        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), TestLauncher.class.getName(),
                "build", "--content", site.content().toString(), "--themes", "themes", "--out", out.toString()));
        Process launcher = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        ProcessHandle child = firstChild(launcher);
        launcher.destroyForcibly();
        launcher.waitFor();

        child.onExit().get(2, TimeUnit.MINUTES);
        assertFalse(child.isAlive(), "the build JVM ended with its launcher");
        assertEquals(before, Fixtures.tree(out), "the previous site is untouched: the orphan published nothing");
    }

    private static ProcessHandle firstChild(Process launcher) throws InterruptedException {
        while (launcher.isAlive()) {
            Optional<ProcessHandle> child = launcher.toHandle().children().findFirst();
            if (child.isPresent()) {
                return child.get();
            }
            Thread.sleep(5);
        }
        throw new AssertionError("the launcher ended before it started the build JVM: status " + launcher.exitValue());
    }
}
