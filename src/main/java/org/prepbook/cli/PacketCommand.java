package org.prepbook.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.prepbook.PacketBuild;
import org.prepbook.packet.Batch;
import org.prepbook.packet.Packets;
import org.prepbook.packet.PdfPacket;
import org.prepbook.packet.Shard;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code prepbook packet}: profiles in, a folder of HTML, PDF and calendar per profile out. */
@Command(name = "packet", mixinStandardHelpOptions = true,
        description = "Make personalised prep packets (HTML, PDF, calendar) from profile files or folders of them.")
final class PacketCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PROFILE", description = "profile .yaml files, or folders of them")
    List<Path> profiles;

    @Mixin
    SourceOptions source;

    @Option(names = "--out", defaultValue = "target/packets", description = "output folder (default: ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--format", defaultValue = "html,pdf,ics", split = ",", converter = FormatConverter.class,
            description = "formats to write: html, pdf, ics (default: ${DEFAULT-VALUE})")
    List<Packets.Format> formats;

    @Option(names = "--paper", converter = PaperConverter.class,
            description = "PDF paper size for every packet: a4 or letter (default: the profile's 'paper', else Letter"
                    + " where the profile's or handbook's language names the US, Canada or another Letter country, else A4)")
    PdfPacket.Paper paper;

    @Option(names = "--today", converter = DateConverter.class,
            description = "the date to plan from, ISO-8601 (default: today in the local time zone)")
    LocalDate today;

    @Option(names = "--threads", description = "packets made at once (default: the number of cores)")
    Integer threads;

    @Option(names = "--shard", paramLabel = "I/N", converter = ShardConverter.class,
            description = "make only share I of N of the profiles (1/4 to 4/4), split by file name so that N machines"
                    + " together make the whole cohort (docs/cohorts.md)")
    Shard shard;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        if (threads != null && threads < 1) {
            err.println("prepbook: --threads must be at least 1, not " + threads + "\n    hint: leave it out to use every core");
            return 2;
        }
        if (!source.exist(err)) {
            return 2;
        }
        int cores = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        PacketBuild.Options options = new PacketBuild.Options(source.content, source.themes, profiles, out,
                EnumSet.copyOf(formats), Optional.ofNullable(paper), today == null ? LocalDate.now() : today, cores,
                shard == null ? Shard.ALL : shard);
        boolean terminal = System.console() != null;
        long start = System.nanoTime();
        PacketBuild.Result result = PacketBuild.run(options,
                (done, total, o) -> progress(stdout, terminal && total > 1, done, total, o));
        List<Batch.Outcome> outcomes = result.outcomes();
        if (result.cohort() == 0) {
            err.println("prepbook: no profile found in " + profiles + "\n    hint: profiles are .yaml files");
            return 2;
        }
        if (outcomes.isEmpty()) {
            // More shards than profiles: this one has nothing to do, which is not a mistake.
            stdout.printf("Shard %s: none of the %d profiles falls to this shard; nothing to write%n", shard, result.cohort());
            return 0;
        }
        if (shard != null) {
            stdout.printf("Shard %s: %d of the %d profiles%n", shard, outcomes.size(), result.cohort());
        }
        if (terminal && outcomes.size() > 1) {
            stdout.println();
        }
        result.warnings().forEach(w -> err.println(w.format()));
        return summary(stdout, err, out, outcomes, (System.nanoTime() - start) / 1_000_000);
    }

    private static void progress(PrintWriter out, boolean terminal, int done, int total, Batch.Outcome o) {
        if (terminal) {
            int width = 30;
            int filled = done * width / total;
            out.printf("\r[%s%s] %d/%d", "#".repeat(filled), " ".repeat(width - filled), done, total);
            out.flush();
        } else if (total > 1) {
            out.printf("%d/%d %s %s%n", done, total, o.ok() ? "ok" : "failed", o.profile());
        }
    }

    private static int summary(PrintWriter out, PrintWriter err, Path packets, List<Batch.Outcome> outcomes, long millis) {
        List<Batch.Outcome> failed = outcomes.stream().filter(o -> !o.ok()).toList();
        if (outcomes.size() == 1) {
            Batch.Outcome o = outcomes.get(0);
            if (o.ok()) {
                out.printf("Wrote the packet of %s into %s in %d ms%n", o.profile(), packets.resolve(o.folder().get()), millis);
                return 0;
            }
            return Report.problems(err, o.problems());
        }
        for (Batch.Outcome o : failed) {
            err.printf("%s: not written, %d %s:%n", o.profile(), o.problems().size(), o.problems().size() == 1 ? "problem" : "problems");
            o.problems().forEach(p -> err.println(p.format()));
        }
        int written = outcomes.size() - failed.size();
        out.printf("Done: %d %s written, %d failed, in %d ms%n", written, written == 1 ? "packet" : "packets", failed.size(), millis);
        return failed.isEmpty() ? 0 : 1;
    }

    static final class FormatConverter implements CommandLine.ITypeConverter<Packets.Format> {
        @Override
        public Packets.Format convert(String value) {
            try {
                return Packets.Format.valueOf(value.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException("unknown format '" + value + "': use html, pdf or ics");
            }
        }
    }

    static final class DateConverter implements CommandLine.ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value.trim());
            } catch (DateTimeParseException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a date: write it as YYYY-MM-DD, e.g. 2026-11-25");
            }
        }
    }

    static final class ShardConverter implements CommandLine.ITypeConverter<Shard> {
        @Override
        public Shard convert(String value) {
            try {
                return Shard.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    static final class PaperConverter implements CommandLine.ITypeConverter<PdfPacket.Paper> {
        @Override
        public PdfPacket.Paper convert(String value) {
            try {
                return PdfPacket.Paper.valueOf(value.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException("unknown paper '" + value + "': use a4 or letter");
            }
        }
    }
}
