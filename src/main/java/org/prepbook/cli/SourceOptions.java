package org.prepbook.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where the handbook comes from: the options every command that reads content shares. */
final class SourceOptions {
    @Option(names = "--content", defaultValue = "content", description = "content folder (default: ${DEFAULT-VALUE})")
    Path content;

    @Option(names = "--themes", defaultValue = "themes", description = "themes folder (default: ${DEFAULT-VALUE})")
    Path themes;

    /**
     * A folder that does not exist was mistyped on the command line (or the command was run from the
     * wrong folder): a usage error, status 2, said before any work. What is inside the folders is
     * content, and its mistakes are status 1.
     *
     * @return whether both folders exist; if not, the reason has been printed to {@code err}
     */
    boolean exist(PrintWriter err) {
        if (!Files.isDirectory(content)) {
            err.println("prepbook: content folder not found: " + content
                    + "\n    hint: pass the folder that holds site.yaml with --content, or run 'prepbook new DIR' to create one");
            return false;
        }
        if (!Files.isDirectory(themes)) {
            err.println("prepbook: themes folder not found: " + themes
                    + "\n    hint: pass the folder that holds the themes with --themes (a content repository made by 'prepbook new' has one)");
            return false;
        }
        return true;
    }
}
