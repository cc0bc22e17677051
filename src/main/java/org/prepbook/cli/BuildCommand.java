package org.prepbook.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.prepbook.Build;
import org.prepbook.content.ContentException;
import org.prepbook.output.OutputFolder;
import org.prepbook.render.TemplateException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code prepbook build}: content and theme in, static site out. */
@Command(name = "build", mixinStandardHelpOptions = true, description = "Build the handbook into a static site.")
final class BuildCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--content", defaultValue = "content", description = "content folder (default: ${DEFAULT-VALUE})")
    Path content;

    @Option(names = "--themes", defaultValue = "themes", description = "themes folder (default: ${DEFAULT-VALUE})")
    Path themes;

    @Option(names = "--out", defaultValue = "target/site", description = "output folder (default: ${DEFAULT-VALUE})")
    Path out;

    @Override
    public Integer call() {
        long start = System.nanoTime();
        try {
            Build.Result result = Build.run(new Build.Options(content, themes, out));
            spec.commandLine().getOut().printf("Built %d pages into %s in %d ms%n", result.pages(), out,
                    (System.nanoTime() - start) / 1_000_000);
            return 0;
        } catch (ContentException e) {
            return Report.problems(spec.commandLine().getErr(), e.problems());
        } catch (TemplateException e) {
            return Report.problems(spec.commandLine().getErr(), java.util.List.of(Build.problemOf(e)));
        } catch (OutputFolder.RefusedException e) {
            spec.commandLine().getErr().println("prepbook: " + e.getMessage() + "\n    hint: " + e.hint());
            return 2;
        }
    }
}
