package org.prepbook.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.prepbook.scaffold.Scaffold;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code prepbook new DIR}: a content repository with sample content, a pom using the plugin and a CI workflow. */
@Command(name = "new", mixinStandardHelpOptions = true,
        description = "Create a content repository that builds at once: sample content, theme, pom.xml, CI workflow.")
final class NewCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "a new or empty folder")
    Path dir;

    @Override
    public Integer call() {
        try {
            int files = Scaffold.create(dir, BatchJvm.FLAGS).size();
            spec.commandLine().getOut().printf("Created a handbook in %s (%d files).%n"
                    + "Next, in that folder: 'prepbook serve' to preview it with live reload, 'mvn verify' to build and"
                    + " check it as CI will (docs/content-ci.md says how CI gets the plugin).%n", dir, files);
            return 0;
        } catch (Scaffold.RefusedException e) {
            spec.commandLine().getErr().println("prepbook: " + e.getMessage() + "\n    hint: " + e.hint());
            return 2;
        }
    }
}
