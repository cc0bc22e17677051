package org.prepbook.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.prepbook.Build;
import org.prepbook.content.ContentLoader;
import org.prepbook.diagnostics.Problems;
import org.prepbook.markdown.Markdown;
import org.prepbook.model.Handbook;
import org.prepbook.output.DiskOutput;
import org.prepbook.output.MemoryOutput;
import org.prepbook.render.MarkdownHtml;
import org.prepbook.render.Messages;
import org.prepbook.render.Theme;
import org.prepbook.search.Documents;
import org.prepbook.search.SearchIndex;
import org.prepbook.testing.Browser;
import org.prepbook.testing.StaticServer;

/**
 * Measures search on a generated 10,000-page site: build time with and without the search step,
 * the search step's time and heap, then in headless Chromium the gzip bytes and sequential request
 * waves to the first five results, the bytes of a further query, and per-keystroke times. A
 * benchmark, not a test: it prints figures and asserts nothing. docs/search.md has the command.
 *
 * <p>Usage: {@code SearchBenchmark [work folder, default target/bench] [pages, default 10000] [builds,step,browser]
 * [language of the generated site, en (default) or zh]}
 */
public final class SearchBenchmark {
    private static final int RUNS = 5;
    private final Path work;
    private final Path content;
    private final Path themes = Path.of("themes");
    private final StringBuilder report = new StringBuilder();
    private final Scratch scratch;
    private final QuietDisk disk;
    private final String language;

    private SearchBenchmark(Path work, String language) {
        this.language = language;
        this.work = work;
        this.content = work.resolve("content");
        this.scratch = new Scratch(work.resolve("runs"));
        this.disk = new QuietDisk(scratch);
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args.length > 0 ? args[0] : "target/bench");
        int pages = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        SearchBenchmark bench = new SearchBenchmark(work, args.length > 3 ? args[3] : "en");
        bench.generate(pages);
        // A third argument picks parts, e.g. "step,browser" to skip the whole builds (browser needs a built site).
        List<String> parts = List.of((args.length > 2 ? args[2] : "builds,step,browser").split(","));
        if (parts.contains("builds")) {
            bench.builds();
        }
        if (parts.contains("step")) {
            bench.searchStep();
        }
        if (parts.contains("browser")) {
            bench.browser();
        }
        Files.writeString(work.resolve("search-report.md"), bench.report);
        // Deleted last, so that no measurement ran just after a mass delete (see builds()).
        bench.scratch.deleteAll();
        System.out.println("\nWritten to " + work.resolve("search-report.md"));
    }

    private void generate(int pages) throws IOException {
        if (!Files.exists(content.resolve("site.yaml"))) {
            new SiteGenerator(language).write(content, pages);
        }
        try (Stream<Path> files = Files.walk(content)) {
            line("Content: %s, %d files, %d pages.", content, files.filter(Files::isRegularFile).count(), pages);
        }
    }

    /**
     * Whole builds, alternating without and with search, each into a folder of a new name, and
     * nothing deleted until the benchmark ends. This machine's disk is ext4 without a journal, where
     * creating a file scans past every inode freed in the last minutes ({@code recently_deleted} in
     * the kernel's inode allocator): deleting one run's 20,000 files would make the next run's file
     * creation ten times slower, swamping what is measured. {@link QuietDisk} waits for a quiet disk
     * before each run and the report shows its probe.
     */
    private void builds() throws IOException {
        Path site = work.resolve("site");
        long[] without = new long[RUNS];
        long[] with = new long[RUNS];
        long[] withoutCpu = new long[RUNS];
        long[] withCpu = new long[RUNS];
        Path last = null;
        for (int run = 0; run < RUNS; run++) {
            long probe = disk.await();
            Path plain = scratch.fresh("plain");
            long cpu = cpuMillis();
            long start = System.nanoTime();
            PlainBuild.render(content, themes, new DiskOutput(plain));
            without[run] = (System.nanoTime() - start) / 1_000_000;
            withoutCpu[run] = cpuMillis() - cpu;
            Path searched = scratch.fresh("search");
            cpu = cpuMillis();
            start = System.nanoTime();
            Build.render(new Build.Options(content, themes, searched), new DiskOutput(searched));
            with[run] = (System.nanoTime() - start) / 1_000_000;
            withCpu[run] = cpuMillis() - cpu;
            line("Build run %d: without search %,d ms wall (%,d ms CPU), with search %,d ms wall (%,d ms CPU);"
                    + " disk probe before it %,d ms.", run + 1, without[run], withoutCpu[run], with[run], withCpu[run], probe);
            last = searched;
        }
        if (Files.exists(site)) {
            Files.move(site, scratch.fresh("old-site"));
        }
        Files.move(last, site);
        // The first run of each warms the JIT; the median of the rest is what a build costs.
        line("Median of runs 2-%d: without search %,d ms wall, %,d ms CPU; with search %,d ms wall, %,d ms CPU;"
                + " ratio %.2f wall, %.2f CPU.", RUNS, median(without), median(withoutCpu), median(with), median(withCpu),
                (double) median(with) / median(without), (double) median(withCpu) / median(withoutCpu));
        // The machine's pace drifts between runs; the difference within each pair of runs is steadier.
        long[] added = new long[RUNS];
        long[] addedCpu = new long[RUNS];
        for (int run = 0; run < RUNS; run++) {
            added[run] = with[run] - without[run];
            addedCpu[run] = withCpu[run] - withoutCpu[run];
        }
        line("Added by search, median of runs 2-%d of (with - without): %,d ms wall, %,d ms CPU.", RUNS, median(added),
                median(addedCpu));
        try (Stream<Path> files = Files.walk(site.resolve("search"))) {
            List<Path> all = files.filter(Files::isRegularFile).toList();
            long bytes = 0;
            for (Path f : all) {
                bytes += Files.size(f);
            }
            line("Index: %,d files, %,d bytes (%,d term shards).", all.size(), bytes,
                    all.stream().filter(f -> f.getParent().getFileName().toString().equals("t")).count());
        }
    }

    /**
     * The search step alone, three times, first into memory (the work itself: its CPU time and the
     * heap it adds at its peak), then onto disk (adding 8,000 small files, whose cost on this
     * machine depends on how many files were deleted in the last minutes; see {@link QuietDisk}).
     */
    private void searchStep() throws IOException {
        Handbook handbook = ContentLoader.load(content);
        Messages messages = Theme.of(content, Path.of("themes"), handbook.site().theme()).messages();
        Markdown markdown = new Markdown(handbook.site().allowHtml(), MarkdownHtml.labels(messages));
        MarkdownHtml html = MarkdownHtml.render(handbook, markdown, messages, new Problems());
        for (int run = 0; run < 3; run++) {
            System.gc();
            long before = heapUsed();
            List<MemoryPoolMXBean> pools = heapPools();
            pools.forEach(MemoryPoolMXBean::resetPeakUsage);
            long cpu = cpuMillis();
            long gc = gcMillis();
            long start = System.nanoTime();
            new SearchIndex(Documents.of(handbook, html, messages), handbook.stages(), messages, handbook.site().language()).write(new MemoryOutput());
            long ms = (System.nanoTime() - start) / 1_000_000;
            long peak = pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            long memoryCpu = cpuMillis() - cpu;
            long memoryGc = gcMillis() - gc;

            long probe = disk.await();
            Path out = scratch.fresh("index");
            start = System.nanoTime();
            new SearchIndex(Documents.of(handbook, html, messages), handbook.stages(), messages, handbook.site().language()).write(new DiskOutput(out));
            long onDisk = (System.nanoTime() - start) / 1_000_000;
            line("Search step run %d: into memory %,d ms wall, %,d ms CPU (%,d ms of it GC), heap peak %,d MB above the"
                    + " %,d MB before it; onto disk %,d ms wall (disk probe before it %,d ms).", run + 1, ms, memoryCpu,
                    memoryGc, (peak - before) >> 20, before >> 20, onDisk, probe);
        }
    }

    private void browser() throws IOException, InterruptedException {
        Path site = work.resolve("site");
        SiteGenerator vocabulary = new SiteGenerator(language);
        List<String> queries = language.equals("zh")
                ? List.of("薪资", "面试", "团队合作", "谈判薪资", vocabulary.wordAt(300), vocabulary.wordAt(3000), vocabulary.wordAt(15000))
                : List.of("salary", "phne scren", "interviewing", "negotiate offer", "work",
                        vocabulary.wordAt(300), vocabulary.wordAt(3000), vocabulary.wordAt(15000));
        line("");
        line("| query | requests | sequential waves | gzip bytes | of which search.js | ms to results (rank) | further query gzip bytes |");
        line("|---|---:|---:|---:|---:|---:|---:|");
        try (StaticServer server = new StaticServer(site, "/handbook/")) {
            ChromeDriver driver = Browser.start();
            try {
                for (int i = 0; i < queries.size(); i++) {
                    firstQuery(driver, server, site, queries.get(i), queries.get((i + 1) % queries.size()));
                }
                keystrokes(driver, server);
            } finally {
                driver.quit();
            }
        }
    }

    private void firstQuery(ChromeDriver driver, StaticServer server, Path site, String query, String further)
            throws IOException {
        driver.get("about:blank");
        driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
        server.clearRequests();
        driver.get(server.base() + "questions/question-17/");
        waitFor(driver, () -> js(driver, "return window.prepbookSearch") != null);
        long script = gzip(site.resolve("assets/search.js"));
        server.clearRequests();
        js(driver, "performance.clearMeasures(); performance.clearResourceTimings();");
        WebElement box = driver.findElement(By.id("site-search"));
        box.click();
        box.sendKeys(query);
        waitFor(driver, () -> query.equals(driver.findElement(By.id("site-search-list")).getAttribute("data-query")));
        List<String> fetched = searchRequests(server);
        long bytes = script;
        for (String f : fetched) {
            bytes += gzip(site.resolve(f));
        }
        int waves = waves(driver);
        Object took = js(driver, "var m = performance.getEntriesByName('prepbook-search-keystroke');"
                + " var r = performance.getEntriesByName('prepbook-search-rank');"
                + " return m[m.length-1].duration.toFixed(0) + ' (' + r[r.length-1].duration.toFixed(1) + ')'");

        server.clearRequests();
        box.clear();
        box.sendKeys(further);
        waitFor(driver, () -> further.equals(driver.findElement(By.id("site-search-list")).getAttribute("data-query")));
        long more = 0;
        for (String f : searchRequests(server)) {
            more += gzip(site.resolve(f));
        }
        line("| %s | %d + search.js | %d | %,d | %,d | %s | %,d (\"%s\") |", query, fetched.size(), waves, bytes, script, took,
                more, further);
    }

    /** Types a query one key at a time, slower than the debounce, and reports each key's time to results. */
    private void keystrokes(ChromeDriver driver, StaticServer server) throws InterruptedException {
        driver.get(server.base());
        waitFor(driver, () -> js(driver, "return window.prepbookSearch") != null);
        WebElement box = driver.findElement(By.id("site-search"));
        String query = language.equals("zh") ? "电话面试之后谈判薪资和录用" : "negotiating a salary offer after the phone screen";
        for (int pass = 1; pass <= 2; pass++) {
            box.clear();
            js(driver, "performance.clearMeasures()");
            for (char c : query.toCharArray()) {
                box.sendKeys(String.valueOf(c));
                Thread.sleep(150);
            }
            waitFor(driver, () -> query.equals(driver.findElement(By.id("site-search-list")).getAttribute("data-query")));
            Object keys = js(driver, "return performance.getEntriesByName('prepbook-search-keystroke').map(m => m.duration)");
            Object ranks = js(driver, "return performance.getEntriesByName('prepbook-search-rank').map(m => m.duration)");
            line("Keystrokes, pass %d (%s): %d searches; time to results max %.1f ms, median %.1f ms; ranking alone max %.1f ms.",
                    pass, pass == 1 ? "fetching shards as needed" : "files already fetched", ((List<?>) keys).size(),
                    max(keys), median(keys), max(ranks));
        }
    }

    /** Search files the page fetched, as paths relative to the site (query strings dropped by the server). */
    private static List<String> searchRequests(StaticServer server) {
        return server.requests().stream().filter(r -> r.startsWith("search/") && r.endsWith(".json")).toList();
    }

    /** Requests that could not start before an earlier one finished: the round trips a slow network pays for. */
    private static int waves(ChromeDriver driver) {
        @SuppressWarnings("unchecked")
        List<List<Number>> entries = (List<List<Number>>) js(driver, "return performance.getEntriesByType('resource')"
                + ".filter(e => e.name.includes('/search/')).map(e => [e.startTime, e.responseEnd])");
        List<List<Number>> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparingDouble(e -> e.get(0).doubleValue()));
        int waves = 0;
        double waveEnd = -1;
        for (List<Number> e : sorted) {
            if (e.get(0).doubleValue() >= waveEnd) {
                waves++;
                waveEnd = e.get(1).doubleValue();
            } else {
                waveEnd = Math.max(waveEnd, e.get(1).doubleValue());
            }
        }
        return waves;
    }

    private static long median(long[] runs) {
        long[] warm = Arrays.copyOfRange(runs, 1, runs.length);
        Arrays.sort(warm);
        return warm[warm.length / 2];
    }

    private static double max(Object durations) {
        return ((List<?>) durations).stream().mapToDouble(d -> ((Number) d).doubleValue()).max().orElse(0);
    }

    private static double median(Object durations) {
        double[] d = ((List<?>) durations).stream().mapToDouble(x -> ((Number) x).doubleValue()).sorted().toArray();
        return d.length == 0 ? 0 : d[d.length / 2];
    }

    private static long gzip(Path file) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        }) {
            gz.write(Files.readAllBytes(file));
        }
        return bytes.size();
    }

    private static long cpuMillis() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() / 1_000_000;
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(g -> Math.max(0, g.getCollectionTime())).sum();
    }

    private static long heapUsed() {
        return heapPools().stream().mapToLong(p -> p.getUsage().getUsed()).sum();
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
    }

    private static Object js(ChromeDriver driver, String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }

    private static void waitFor(ChromeDriver driver, java.util.function.BooleanSupplier condition) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> condition.getAsBoolean());
    }

    private void line(String format, Object... args) {
        String text = String.format(format, args);
        System.out.println(text);
        report.append(text).append('\n');
    }
}
