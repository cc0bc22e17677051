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
     * A content folder that does not exist was mistyped on the command line (or the command was run
     * from the wrong folder): a usage error, status 2, said before any work. What is inside it is
     * content, and its mistakes are status 1; so is a missing theme, which site.yaml names.
     *
     * @return whether the content folder exists; if not, the reason has been printed to {@code err}
     */
    boolean exist(PrintWriter err) {
        if (!Files.isDirectory(content)) {
            err.println("prepbook: content folder not found: " + content
                    + "\n    hint: pass the folder that holds site.yaml with --content, or run 'prepbook new DIR' to create one");
            return false;
        }
        return true;
    }
}
