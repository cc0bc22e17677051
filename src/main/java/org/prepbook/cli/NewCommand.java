package org.prepbook.cli;

import java.nio.file.Path;
import java.util.Optional;
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
        Optional<Path> jar = BatchJvm.runningJar();
        try {
            int files = Scaffold.create(dir, BatchJvm.FLAGS, jar).size();
            // Commands the editor can paste as they are: the folder and the jar by the paths they have here.
            spec.commandLine().getOut().printf("Created a handbook in %s (%d files). Next, in a terminal:%n%n"
                    + "  cd %s%n"
                    + "  %s%n"
                    + "      (once per computer: puts prepbook's Maven plugin into your Maven repository)%n"
                    + "  mvn prepbook:serve%n"
                    + "      (a preview at http://127.0.0.1:8000/handbook/ that reloads as you save; Ctrl-C stops it)%n"
                    + "  mvn verify%n"
                    + "      (builds the site into target/site and checks every page, as CI does)%n%n"
                    + "The README.md there says the same, and how CI gets the plugin.%n",
                    dir, files, Scaffold.quoted(dir.toString()), Scaffold.installCommand(jar));
            return 0;
        } catch (Scaffold.RefusedException e) {
            spec.commandLine().getErr().println("prepbook: " + e.getMessage() + "\n    hint: " + e.hint());
            return 2;
        }
    }
}
