package org.prepbook.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where the handbook comes from: the options every command that reads content shares. */
final class SourceOptions {
    @Option(names = "--content", defaultValue = "content", description = "content folder (default: ${DEFAULT-VALUE})")
    Path content;

    @Option(names = "--themes", defaultValue = "themes", description = "themes folder (default: ${DEFAULT-VALUE})")
    Path themes;
}
