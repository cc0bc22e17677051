package org.prepbook.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.prepbook.cli.BatchJvm;
import org.prepbook.content.ContentLoader;

/**
 * Times prepbook against Hugo on the same pages, as the design's quality bar asks. The generated
 * 10,000-page content is exported to a Hugo site ({@link HugoSite}, {@link HugoLayouts}); then, in
 * each of {@value #RUNS} rounds, Hugo, {@code prepbook build} and a prepbook build without search
 * ({@link PlainBuild}) each run as a whole process into a folder of a new name, under GNU time for
 * wall time, CPU time and peak RSS. Whole processes, JVM start included, because that is what a
 * user waits for and because Hugo can only be timed that way. Round 1 warms the file cache and is
 * left out of the medians. A benchmark, not a test: it prints a report and asserts nothing;
 * docs/performance.md has the command and the figures.
 *
 * <p>Needs {@code target/prepbook.jar}, the test classes, {@code hugo} and {@code /usr/bin/time}.
 *
 * <p>Usage: {@code HugoBenchmark [work folder, default target/bench-hugo] [content folder, default
 * <work>/content, generated if missing] [pages, default 10000]}
 */
public final class HugoBenchmark {
    private static final int RUNS = 5;
    private static final Path JAR = Path.of("target/prepbook.jar");
    private static final Path THEMES = Path.of("themes");
    private static final Pattern IN_PROCESS = Pattern.compile(" in (\\d+) ms");

    private final Path work;
    private final Scratch scratch;
    private final QuietDisk disk;
    private final StringBuilder report = new StringBuilder();

    private HugoBenchmark(Path work) {
        this.work = work;
        this.scratch = new Scratch(work.resolve("runs"));
        this.disk = new QuietDisk(scratch);
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args.length > 0 ? args[0] : "target/bench-hugo");
        Path content = args.length > 1 ? Path.of(args[1]) : work.resolve("content");
        int pages = args.length > 2 ? Integer.parseInt(args[2]) : 10_000;
        if (!Files.exists(JAR)) {
            throw new IllegalStateException(JAR + " is missing: run mvn -B -q -DskipTests package first");
        }
        HugoBenchmark bench = new HugoBenchmark(work);
        Path site = bench.prepare(content, pages);
        bench.rounds(content, site);
        Files.writeString(work.resolve("hugo-report.md"), bench.report);
        // Deleted last, so that no run was measured just after a mass delete (see QuietDisk).
        bench.scratch.deleteAll();
        System.out.println("\nWritten to " + work.resolve("hugo-report.md"));
    }

    /** Generates the content if missing and exports it to a new Hugo site; returns the site's folder. */
    private Path prepare(Path content, int pages) throws IOException, InterruptedException {
        if (!Files.exists(content.resolve("site.yaml"))) {
            new SiteGenerator().write(content, pages);
        }
        Path site = work.resolve("hugo-site");
        if (Files.exists(site)) {
            Files.move(site, scratch.fresh("old-hugo-site"));
        }
        HugoSite.write(ContentLoader.load(content), THEMES.resolve("default/assets"), site);
        line("Content: %s (%,d files), exported to the Hugo site %s.", content, countFiles(content), site);
        line("Hugo: %s", output(List.of("hugo", "version")).strip());
        line("Java: %s; %d cores; load average before the rounds: %s.", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), loadAverage());
        return site;
    }

    private void rounds(Path content, Path site) throws IOException, InterruptedException {
        List<Tool> tools = List.of(
                new Tool("Hugo", out -> List.of("hugo", "--quiet", "-s", site.toString(), "-d", out.toAbsolutePath().toString())),
                new Tool("prepbook", out -> List.of("java", "-jar", JAR.toString(), "build", "--content", content.toString(),
                        "--themes", THEMES.toString(), "--out", out.toString())),
                // With the flags that 'prepbook build' gives the JVM it starts for the build (BatchJvm).
                new Tool("prepbook without search", out -> Stream.of(List.of("java"), BatchJvm.FLAGS, List.of("-cp",
                        JAR + ":target/test-classes", PlainBuild.class.getName(), content.toString(), THEMES.toString(),
                        out.toString())).flatMap(List::stream).toList()));
        List<Path> last = new ArrayList<>();
        for (int round = 0; round < RUNS; round++) {
            long probe = disk.await();
            String load = loadAverage();
            last.clear();
            StringBuilder runs = new StringBuilder();
            for (Tool tool : tools) {
                Path out = scratch.fresh(tool.folderName());
                tool.run(round, out);
                last.add(out);
                runs.append(String.format("; %s %s", tool.name, tool.describe(round)));
            }
            line("Round %d (disk probe %,d ms, load %s)%s.", round + 1, probe, load, runs);
        }
        line("");
        line("Medians of rounds 2-%d; ratios are medians of each round's prepbook/Hugo ratio (above 1: prepbook needs more).", RUNS);
        line("");
        line("| tool | wall | CPU (user+sys) | peak RSS | in-process build | wall / Hugo | CPU / Hugo | RSS / Hugo |");
        line("|---|---:|---:|---:|---:|---:|---:|---:|");
        Tool hugo = tools.get(0);
        for (Tool tool : tools) {
            line("| %s | %.2f s | %.2f s | %,d MiB | %s | %.2f | %.2f | %.2f |", tool.name, median(tool.wall), median(tool.cpu),
                    Math.round(median(tool.rss) / 1024), tool.inProcess[0] < 0 ? "–" : String.format("%.2f s", median(tool.inProcess)),
                    ratio(tool.wall, hugo.wall), ratio(tool.cpu, hugo.cpu), ratio(tool.rss, hugo.rss));
        }
        line("");
        line("Output of the last round:");
        line("");
        line("| tool | HTML files | HTML bytes | bytes per HTML file | other files |");
        line("|---|---:|---:|---:|---:|");
        for (int i = 0; i < tools.size(); i++) {
            outputSize(tools.get(i).name, last.get(i));
        }
        line("");
        line("Load average after the rounds: %s.", loadAverage());
    }

    private void outputSize(String name, Path out) throws IOException {
        long html = 0;
        long bytes = 0;
        long other = 0;
        try (Stream<Path> files = Files.walk(out)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                if (f.toString().endsWith(".html")) {
                    html++;
                    bytes += Files.size(f);
                } else {
                    other++;
                }
            }
        }
        line("| %s | %,d | %,d | %,d | %,d |", name, html, bytes, bytes / html, other);
    }

    /** One program under test, with its figures for every round. */
    private static final class Tool {
        final String name;
        final Function<Path, List<String>> command;
        final double[] wall = new double[RUNS];
        final double[] cpu = new double[RUNS];
        final double[] rss = new double[RUNS];
        /** Seconds the build took inside the JVM, as prepbook prints it; negative for Hugo. */
        final double[] inProcess = new double[RUNS];

        Tool(String name, Function<Path, List<String>> command) {
            this.name = name;
            this.command = command;
        }

        String folderName() {
            return name.replace(' ', '-');
        }

        /** Runs the command under GNU time, which writes wall seconds, user and system CPU seconds and peak RSS in KiB. */
        void run(int round, Path out) throws IOException, InterruptedException {
            Path times = Files.createTempFile("hugo-bench-time", ".txt");
            List<String> timed = new ArrayList<>(List.of("/usr/bin/time", "-f", "%e %U %S %M", "-o", times.toString()));
            timed.addAll(command.apply(out));
            String printed = output(timed);
            String[] t = Files.readString(times).strip().split("\\s+");
            Files.delete(times);
            wall[round] = Double.parseDouble(t[0]);
            cpu[round] = Double.parseDouble(t[1]) + Double.parseDouble(t[2]);
            rss[round] = Double.parseDouble(t[3]);
            Matcher m = IN_PROCESS.matcher(printed);
            inProcess[round] = m.find() ? Long.parseLong(m.group(1)) / 1000.0 : -1;
        }

        String describe(int round) {
            return String.format("%.2f s wall, %.2f s CPU, %,d MiB%s", wall[round], cpu[round], Math.round(rss[round] / 1024),
                    inProcess[round] < 0 ? "" : String.format(" (%.2f s in process)", inProcess[round]));
        }
    }

    /** Runs a command to its end and returns what it printed; a failure ends the benchmark. */
    private static String output(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String printed = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + printed);
        }
        return printed;
    }

    /** The median of rounds 2 on: round 1 warms the file cache. With an even count, the mean of the middle two. */
    private static double median(double[] runs) {
        double[] warm = Arrays.copyOfRange(runs, 1, runs.length);
        Arrays.sort(warm);
        int mid = warm.length / 2;
        return warm.length % 2 == 1 ? warm[mid] : (warm[mid - 1] + warm[mid]) / 2;
    }

    /** The median of the per-round ratios: the machine's pace drifts between rounds, less within one. */
    private static double ratio(double[] tool, double[] hugo) {
        double[] ratios = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            ratios[i] = tool[i] / hugo[i];
        }
        return median(ratios);
    }

    private static String loadAverage() throws IOException {
        String[] load = Files.readString(Path.of("/proc/loadavg")).split(" ");
        return load[0] + " " + load[1] + " " + load[2];
    }

    private static long countFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    private void line(String format, Object... args) {
        String text = String.format(format, args);
        System.out.println(text);
        report.append(text).append('\n');
    }
}
