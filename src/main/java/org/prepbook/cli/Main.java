package org.prepbook.cli;

import java.io.PrintWriter;
import org.prepbook.diagnostics.ContentException;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/** The {@code prepbook} command line. Exit status: 0 success, 1 content errors, 2 bad usage. */
@Command(name = "prepbook", mixinStandardHelpOptions = true, version = "prepbook 0.1.0",
        description = "Builds a job-interview handbook and personalised prep packets from YAML and Markdown.",
        subcommands = {BuildCommand.class, CheckCommand.class, ServeCommand.class, NewCommand.class, PacketCommand.class})
public final class Main implements Runnable {

    public static void main(String[] args) {
        // build and check go to a JVM tuned for a batch job when that applies; see BatchJvm.
        int status = BatchJvm.run(args)
                .orElseGet(() -> run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
        System.exit(status);
    }

    /** Runs a command with the given writers, so tests can read what a user would see. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            // Content and template mistakes end every command the same way: all problems, then status 1.
            if (e instanceof ContentException content) {
                return Report.problems(commandLine.getErr(), content.problems());
            }
            // Anything else is a bug in prepbook, not a user mistake: say so plainly, keep the trace for the report.
            commandLine.getErr().println("prepbook: internal error: " + e);
            e.printStackTrace(commandLine.getErr());
            return 70;
        });
        return cli.execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(new CommandLine(this), "missing command: try 'prepbook build'");
    }
}
