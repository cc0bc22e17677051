package org.prepbook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prepbook.testing.Fixtures;

/** The same input gives byte-identical output, whatever the time zone, locale or thread timing. */
class DeterminismTest {

    @Test
    void twoBuildsInDifferentTimeZonesAndLocalesAreByteIdentical(@TempDir Path dir) throws Exception {
        Path first = dir.resolve("first");
        Path second = dir.resolve("second");
        build(first, "Pacific/Auckland", "tr_TR.UTF-8", "-Duser.language=tr", "-Duser.country=TR");
        build(second, "America/Los_Angeles", "C", "-Duser.language=en", "-Duser.country=US");
        Map<String, String> a = Fixtures.tree(first);
        Map<String, String> b = Fixtures.tree(second);
        assertEquals(a.keySet(), b.keySet());
        for (String file : a.keySet()) {
            assertEquals(a.get(file), b.get(file), file);
        }
    }

    /** Runs the CLI in a fresh JVM so the time zone and locale really differ. */
    private static void build(Path out, String tz, String lang, String... jvmFlags) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(jvmFlags));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.prepbook.cli.Main",
                "build", "--content", "content", "--out", out.toString()));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(Files.createTempFile("prepbook-build", ".log").toFile());
        pb.environment().put("TZ", tz);
        pb.environment().put("LANG", lang);
        pb.environment().put("LC_ALL", lang);
        Process process = pb.start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("build did not finish");
        }
        assertEquals(0, process.exitValue(), () -> "build failed in " + tz + "/" + lang);
    }

}
