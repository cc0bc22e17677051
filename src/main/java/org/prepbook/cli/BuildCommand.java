package org.prepbook.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.prepbook.Build;
import org.prepbook.output.OutputFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code prepbook build}: content and theme in, static site out. */
@Command(name = "build", mixinStandardHelpOptions = true, description = "Build the handbook into a static site.")
final class BuildCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    Main main;

    @Mixin
    SourceOptions source;

    @Option(names = "--out", defaultValue = "target/site", description = "output folder (default: ${DEFAULT-VALUE})")
    Path out;

    @Override
    public Integer call() {
        if (!source.exist(spec.commandLine().getErr())) {
            return 2;
        }
        long start = System.nanoTime();
        try {
            Build.Result result = Build.run(new Build.Options(source.content, source.themes, out), main.gate());
            spec.commandLine().getOut().printf("Built %d pages into %s in %d ms%n", result.pages(), out,
                    (System.nanoTime() - start) / 1_000_000);
            return 0;
        } catch (OutputFolder.RefusedException e) {
            spec.commandLine().getErr().println("prepbook: " + e.getMessage() + "\n    hint: " + e.hint());
            return 2;
        }
    }
}
