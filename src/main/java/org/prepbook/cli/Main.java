package org.prepbook.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.util.List;
import java.util.Optional;
import org.prepbook.diagnostics.ContentException;
import org.prepbook.diagnostics.FileFault;
import org.prepbook.output.OutputFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/** The {@code prepbook} command line. Exit status: 0 success, 1 content errors, 2 bad usage. */
@Command(name = "prepbook", mixinStandardHelpOptions = true, version = "prepbook 0.1.0",
        description = "Builds a job-interview handbook and personalised prep packets from YAML and Markdown.")
public final class Main implements Runnable {
    /** The commands, in the order help lists them. */
    private static final List<Class<?>> COMMANDS = List.of(BuildCommand.class, CheckCommand.class, ServeCommand.class,
            NewCommand.class, PacketCommand.class, ProfileCommand.class);
    private final OutputFolder.Gate gate;

    private Main(OutputFolder.Gate gate) {
        this.gate = gate;
    }

    public static void main(String[] args) {
        // A batch child ends with the launcher that started it, and never publishes after it; see Lifeline.
        Optional<Lifeline> lifeline = Lifeline.ofThisJvm();
        OutputFolder.Gate gate = lifeline.map(l -> (OutputFolder.Gate) l).orElse(OutputFolder.Gate.OPEN);
        // build and check go to a JVM tuned for a batch job when that applies; see BatchJvm. A JVM with
        // a lifeline is that batch JVM already, and need not ask (asking costs about 30 ms of its start).
        Optional<Integer> relaunched = lifeline.isPresent() ? Optional.empty() : BatchJvm.run(args);
        int status = relaunched
                .orElseGet(() -> run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), gate, args));
        lifeline.ifPresent(Lifeline::release);
        System.exit(status);
    }

    /** Runs a command with the given writers, so tests can read what a user would see. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return run(out, err, OutputFolder.Gate.OPEN, args);
    }

    private static int run(PrintWriter out, PrintWriter err, OutputFolder.Gate gate, String... args) {
        CommandLine cli = new CommandLine(new Main(gate));
        // picocli reads a command's annotations when it is added, and its classes are too old for the
        // class-data archive (Java 5 bytecode), so each command costs start-up time (the five a build does
        // not need, about 20 ms): a named command is the only one added. Anything else (help, a typo to
        // suggest a name for) gets them all.
        List<Class<?>> named = COMMANDS.stream()
                .filter(c -> args.length > 0 && c.getAnnotation(Command.class).name().equals(args[0])).toList();
        for (Class<?> command : named.isEmpty() ? COMMANDS : named) {
            cli.addSubcommand(command);
        }
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            // Content and template mistakes end every command the same way: all problems, then status 1.
            if (e instanceof ContentException content) {
                return Report.problems(commandLine.getErr(), content.problems());
            }
            // The disk, not prepbook, failed (full, read-only, permissions): one line naming the file, status 1.
            if (e instanceof FileFault fault) {
                commandLine.getErr().println(fault.line());
                return 1;
            }
            if (e instanceof UncheckedIOException io) {
                String file = io.getCause() instanceof FileSystemException fs && fs.getFile() != null ? fs.getFile() + ": " : "";
                commandLine.getErr().println("prepbook: " + file + FileFault.reason(io.getCause())
                        + "; check that the disk has space and the files and folders given may be read and written");
                return 1;
            }
            // Anything else is a bug in prepbook, not a user mistake: say so plainly, keep the trace for the report.
            commandLine.getErr().println("prepbook: internal error: " + e);
            e.printStackTrace(commandLine.getErr());
            return 70;
        });
        return cli.execute(args);
    }

    /** Whether a finished build may publish: always, except in a batch child whose launcher is gone. */
    OutputFolder.Gate gate() {
        return gate;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(new CommandLine(this), "missing command: try 'prepbook build'");
    }
}
