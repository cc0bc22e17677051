package org.prepbook.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.prepbook.Build;
import org.prepbook.check.Check;
import org.prepbook.check.ExternalLinks;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code prepbook check}: build in memory, then verify every link, anchor, image, id, title and h1. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Build the handbook in memory and check the pages: links, anchors, images, ids, titles, headings.")
final class CheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    SourceOptions source;

    @Option(names = "--external", description = "also check links to other sites (off by default: needs the network)")
    boolean external;

    @Option(names = "--timeout", defaultValue = "10", description = "seconds to wait for each external link (default: ${DEFAULT-VALUE})")
    int timeoutSeconds;

    @Option(names = "--concurrency", defaultValue = "8", description = "external links checked at once (default: ${DEFAULT-VALUE})")
    int concurrency;

    @Override
    public Integer call() {
        if (!source.exist(spec.commandLine().getErr())) {
            return 2;
        }
        if (timeoutSeconds < 1 || concurrency < 1) {
            spec.commandLine().getErr().println("prepbook: --timeout and --concurrency must be at least 1");
            return 2;
        }
        Optional<ExternalLinks> links = external
                ? Optional.of(new ExternalLinks(Duration.ofSeconds(timeoutSeconds), concurrency)) : Optional.empty();
        // --out is irrelevant: the check builds in memory.
        Check.Outcome outcome = Check.run(new Build.Options(source.content, source.themes, Path.of("target/site")), links);
        Report.untranslated(spec.commandLine().getErr(), outcome.untranslated());
        if (!outcome.problems().isEmpty()) {
            return Report.problems(spec.commandLine().getErr(), outcome.problems(), "in the built pages");
        }
        spec.commandLine().getOut().printf("Checked %d pages%s: no problems%n", outcome.pages(),
                external ? " and " + outcome.externalLinks() + " external links" : "");
        return 0;
    }
}
