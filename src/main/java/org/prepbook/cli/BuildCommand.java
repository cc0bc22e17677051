package org.prepbook.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.prepbook.Build;
import org.prepbook.diagnostics.Problem;
import org.prepbook.output.OutputFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code prepbook build}: content and theme in, static site out, the pages checked on the way. */
@Command(name = "build", mixinStandardHelpOptions = true, description = "Build the handbook into a static site and check its pages (links, anchors, images, ids, titles).")
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
            Report.untranslated(spec.commandLine().getErr(), result.untranslated());
            List<Problem> warnings = result.checks().problems();
            if (!warnings.isEmpty()) {
                Report.problems(spec.commandLine().getErr(), warnings, Report.WARNED);
            }
            spec.commandLine().getOut().printf("Built %d pages into %s in %d ms%n", result.pages(), out,
                    (System.nanoTime() - start) / 1_000_000);
            return 0;
        } catch (Build.ChecksFailed e) {
            return Report.problems(spec.commandLine().getErr(), e.problems(), Report.REFUSED);
        } catch (OutputFolder.RefusedException e) {
            spec.commandLine().getErr().println("prepbook: " + e.getMessage() + "\n    hint: " + e.hint());
            return 2;
        }
    }
}
