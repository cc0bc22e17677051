package org.prepbook;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.prepbook.content.ContentLoader;
import org.prepbook.diagnostics.Problem;
import org.prepbook.diagnostics.Problems;
import org.prepbook.model.Handbook;
import org.prepbook.output.InPlaceOutput;
import org.prepbook.output.Output;
import org.prepbook.packet.Batch;
import org.prepbook.packet.Packets;
import org.prepbook.packet.PdfPacket;
import org.prepbook.packet.Shard;
import org.prepbook.profile.Profile;
import org.prepbook.profile.ProfileParser;
import org.prepbook.render.Theme;

/**
 * The packet build, start to finish, beside {@link Build}: the same content, theme and problems,
 * then one packet per profile. A content or theme problem ends the run before any profile is read;
 * after that a bad profile fails alone and the others go on ({@link Batch}).
 */
public final class PacketBuild {

    /**
     * What to make packets from, for which profiles (files or folders of them), and where to;
     * {@code shard} is the share of those profiles this run makes ({@link Shard#ALL} for all of them).
     */
    public record Options(Path content, Path themes, List<Path> profiles, Path out, Set<Packets.Format> formats,
                          Optional<PdfPacket.Paper> paper, LocalDate today, int threads, Shard shard) {
        public Options {
            profiles = List.copyOf(profiles);
            formats = Set.copyOf(formats);
        }

        /** Every profile named, unsharded. */
        public Options(Path content, Path themes, List<Path> profiles, Path out, Set<Packets.Format> formats,
                       Optional<PdfPacket.Paper> paper, LocalDate today, int threads) {
            this(content, themes, profiles, out, formats, paper, today, threads, Shard.ALL);
        }
    }

    /**
     * What became of each profile of this run's shard, in input order, how many profiles the inputs
     * named in all (both empty when they named no profile file), and the warnings (characters a PDF
     * cannot draw), which did not stop a packet, in input order too.
     */
    public record Result(List<Batch.Outcome> outcomes, int cohort, List<Problem> warnings) {
    }

    private PacketBuild() {
    }

    /** Makes the packets into {@code options.out()}, each file replaced only once it is complete. */
    public static Result run(Options options, Batch.Progress progress) {
        return run(options, new InPlaceOutput(options.out()), progress);
    }

    /** The same, writing into {@code out}; throws {@link org.prepbook.diagnostics.ContentException} on bad content. */
    public static Result run(Options options, Output out, Batch.Progress progress) {
        // 1. Load and validate the handbook: profiles refer to its stages, questions, asks and prompts.
        Handbook handbook = ContentLoader.load(options.content());
        // 2. Find the theme as the site build does, so a missing one is the same located problem.
        Theme theme = Theme.of(options.content(), options.themes(), handbook.site().theme()).in(handbook.site().language());
        Problems problems = new Problems();
        theme.problem().ifPresent(problems::add);
        problems.throwIfAny();
        // 3. Expand folders into profile files, sorted, so packet folders are claimed the same way every run.
        List<Path> cohort = Batch.profiles(options.profiles());
        // 3a. Keep this run's share: it depends on the file names alone, so every machine agrees on it.
        List<Path> files = options.shard().of(cohort);
        if (files.isEmpty()) {
            return new Result(List.of(), cohort.size(), List.of());
        }
        ProfileParser parser = new ProfileParser(handbook);
        Packets packets = new Packets(handbook, theme, options.formats(), options.paper());
        Map<Path, List<Problem>> warnings = new ConcurrentHashMap<>();
        // 4. Every profile on its own, on all cores, into the folder Batch claimed for it.
        List<Batch.Outcome> outcomes = new Batch(options.threads()).run(files, (file, folder) -> {
            // 4a. Parse the profile and check it against the handbook.
            Profile profile = parser.load(file);
            // 4b. Draft, plan and render every format in memory: a problem stops this packet before any write.
            Map<String, byte[]> made = packets.make(profile, options.today());
            List<Problem> warned = packets.warnings(profile);
            if (!warned.isEmpty()) {
                warnings.put(file, warned);
            }
            // 4c. Write; on disk each file is renamed into place once complete (InPlaceOutput).
            made.forEach((name, bytes) -> out.write(folder + "/" + name, bytes));
        }, progress);
        return new Result(outcomes, cohort.size(), files.stream().flatMap(f -> warnings.getOrDefault(f, List.of()).stream()).toList());
    }
}
