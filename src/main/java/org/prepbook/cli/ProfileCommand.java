package org.prepbook.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import org.prepbook.content.ContentLoader;
import org.prepbook.diagnostics.FileFault;
import org.prepbook.diagnostics.Problems;
import org.prepbook.model.Handbook;
import org.prepbook.profile.StarterProfile;
import org.prepbook.render.Theme;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code prepbook profile FILE}: a commented starter profile from the handbook's own stages, questions, asks and prompts. */
@Command(name = "profile", mixinStandardHelpOptions = true,
        description = "Write a starter prep profile: every question, ask and backstory id of the handbook with its text"
                + " as a comment, and interview dates counted from --today. It makes a packet as it is.")
final class ProfileCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "the profile to write, e.g. profiles/sam.yaml; it must not exist yet")
    Path file;

    @Mixin
    SourceOptions source;

    @Option(names = "--today", converter = PacketCommand.DateConverter.class,
            description = "the date to count the interview dates from, ISO-8601 (default: today in the local time zone)")
    LocalDate today;

    @Option(names = "--time-zone", converter = ZoneConverter.class,
            description = "the profile's time zone, e.g. Europe/London (default: this computer's)")
    ZoneId zone;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (Files.exists(file)) {
            err.println("prepbook: " + file + " already exists; it was left as it is"
                    + "\n    hint: name a new file, or move that one aside first");
            return 2;
        }
        if (!source.exist(err)) {
            return 2;
        }
        Handbook handbook = ContentLoader.load(source.content);
        Theme theme = Theme.of(source.content, source.themes, handbook.site().theme()).in(handbook.site().language());
        Problems problems = new Problems();
        theme.problem().ifPresent(problems::add);
        problems.throwIfAny();
        String yaml = StarterProfile.write(handbook, (key, values) -> theme.messages().text(key, values),
                today == null ? LocalDate.now() : today, zone == null ? ZoneId.systemDefault() : zone, file.toString());
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, yaml, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new FileFault("write", file, e, "check that the folder exists and may be written");
        }
        spec.commandLine().getOut().printf("Wrote a starter profile to %s.%nNext: fill it in, then 'prepbook packet %s'.%n",
                file, file);
        return 0;
    }

    static final class ZoneConverter implements CommandLine.ITypeConverter<ZoneId> {
        @Override
        public ZoneId convert(String value) {
            try {
                return ZoneId.of(value.trim());
            } catch (java.time.DateTimeException e) {
                throw new CommandLine.TypeConversionException("unknown time zone '" + value
                        + "': use a region name such as Europe/London or America/New_York, or UTC");
            }
        }
    }
}
