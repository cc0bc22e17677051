package org.prepbook.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What {@code java -jar prepbook.jar build} does, for tests that have classes instead of the jar:
 * starts the batch child on this JVM's class path and waits for it.
 */
final class TestLauncher {
    private TestLauncher() {
    }

    public static void main(String[] args) {
        Path classPath = Path.of(System.getProperty("java.class.path"));
        List<String> command = BatchJvm.command(args, List.of(), Map.of(), Optional.of(classPath), Optional.empty()).orElseThrow();
        System.exit(BatchJvm.launch(command, Optional.empty()).orElse(99));
    }
}
