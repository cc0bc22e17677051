package org.prepbook.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.prepbook.Build;
import org.prepbook.output.MemoryOutput;
import org.prepbook.serve.LiveServer;
import org.prepbook.testing.Fixtures;

/**
 * Change-to-reload time of {@code prepbook serve} on a generated 1,000-page handbook: the time from
 * saving a file to the reload event reaching an open tab (an SSE client here), which includes the
 * file-system notification, the watcher's debounce, the rebuild and the event. A benchmark, not a
 * test: run it by hand (see docs/performance.md) and read the figures.
 *
 * <pre>mvn -B -q test-compile exec:java -Dexec.mainClass=org.prepbook.bench.LiveReloadBenchmark -Dexec.classpathScope=test</pre>
 */
public final class LiveReloadBenchmark {
    private static final int QUESTIONS = 600;
    private static final int PAGES = 336;
    private static final int EDITS = 20;

    private LiveReloadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("prepbook-bench");
        try {
            Path content = generate(dir.resolve("content"));
            Build.Options options = new Build.Options(content, Path.of("themes"), dir.resolve("out"));
            for (int i = 0; i < 3; i++) {
                long start = System.nanoTime();
                Build.Result r = Build.render(options, new MemoryOutput());
                System.out.printf("full build in memory #%d: %d pages in %d ms%n", i + 1, r.pages(), millis(start));
            }
            StringWriter log = new StringWriter();
            try (LiveServer server = LiveServer.start(options, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                    new PrintWriter(log, true))) {
                BlockingQueue<Long> reloads = listen(server.base());
                measure("edit a free page", content.resolve("pages/generated-0100.md"), reloads, log);
                measure("edit a question (on its page, the bank, 2 stage banks, 2 stage pages)", content.resolve("questions/generated-05.yaml"),
                        reloads, log);
                measure("edit a stage", content.resolve("stages/phone-screen.md"), reloads, log);
            }
        } finally {
            Scratch.delete(dir);
        }
    }

    private static void measure(String what, Path file, BlockingQueue<Long> reloads, StringWriter log) throws Exception {
        String original = Files.readString(file);
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < EDITS + 3; i++) {
            reloads.clear();
            // One occurrence: an editor changes one question of a file, not all of them.
            String edited = original.replaceFirst("Practise it aloud", "Practise it aloud (" + i + ")")
                    .replaceFirst("The phone screen is a filter", "The phone screen is a filter (" + i + ")");
            long start = System.nanoTime();
            save(file, edited);
            Long at = reloads.poll(30, TimeUnit.SECONDS);
            if (at == null) {
                throw new IllegalStateException("no reload within 30 s after editing " + file);
            }
            // Let a second event of the same save (if any) arrive before the next edit.
            Thread.sleep(150);
            if (i >= 3) {
                times.add((at - start) / 1_000_000);
            }
        }
        times.sort(Long::compare);
        String[] lines = log.toString().split("\n");
        System.out.printf("%s: change-to-reload over %d edits: median %d ms, p90 %d ms, min %d ms, max %d ms; last rebuild: %s%n",
                what, times.size(), times.get(times.size() / 2), times.get((int) (times.size() * 0.9)), times.get(0),
                times.get(times.size() - 1), lines[lines.length - 1].strip());
        save(file, original);
        reloads.poll(30, TimeUnit.SECONDS);
        Thread.sleep(150);
    }

    private static BlockingQueue<Long> listen(String base) throws Exception {
        BlockingQueue<Long> reloads = new LinkedBlockingQueue<>();
        HttpResponse<Stream<String>> stream = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(base + "__prepbook/events")).build(), HttpResponse.BodyHandlers.ofLines());
        Thread t = new Thread(() -> stream.body().filter(l -> l.equals("event: reload")).forEach(l -> reloads.add(System.nanoTime())));
        t.setDaemon(true);
        t.start();
        return reloads;
    }

    private static void save(Path file, String text) throws IOException {
        Path temporary = file.resolveSibling("." + file.getFileName() + ".saving");
        Files.writeString(temporary, text, StandardCharsets.UTF_8);
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The shipped content plus generated questions and pages: 1,000 pages in all. */
    static Path generate(Path content) throws IOException {
        Fixtures.copyTree(Path.of("content"), content);
        String[] categories = {"motivation", "research", "experience", "behavioural", "closing"};
        String[] stages = {"preparation", "phone-screen", "hr-interview", "hiring-manager", "team-loop", "senior-leader"};
        int perFile = QUESTIONS / 20;
        for (int f = 0; f < 20; f++) {
            StringBuilder yaml = new StringBuilder();
            for (int q = f * perFile; q < (f + 1) * perFile; q++) {
                yaml.append("- id: generated-question-").append(q).append('\n')
                        .append("  text: Generated question number ").append(q).append("?\n")
                        .append("  category: ").append(categories[q % categories.length]).append('\n')
                        .append("  stages: [").append(stages[q % stages.length]).append(", ")
                        .append(stages[(q + 2) % stages.length]).append("]\n")
                        .append("  intent: What the interviewer learns from question ").append(q).append(".\n")
                        .append("  guidance: |\n")
                        .append("    Answer with one story. Practise it aloud before the\n")
                        .append("    [interview](/stages/").append(stages[q % stages.length]).append("/), and keep it under")
                        .append(" two minutes.\n\n")
                        .append("    - say what you did\n    - say what came of it\n")
                        .append("  pitfalls:\n    - Rambling\n    - Blaming others\n\n");
            }
            Files.writeString(content.resolve(String.format("questions/generated-%02d.yaml", f)), yaml);
        }
        for (int p = 0; p < PAGES; p++) {
            String body = "---\ntitle: Generated page " + p + "\ndescription: A generated page for the benchmark.\norder: "
                    + (200 + p) + "\nnav: false\n---\nThis page is one of many. Practise it aloud, then read the "
                    + "[question bank](/questions/).\n\n## A section\n\nSome *Markdown* text with a list:\n\n- one\n- two\n"
                    + "- three\n\n## Another section\n\nAnd a link to [the journey](/stages/#main).\n";
            Files.writeString(content.resolve(String.format("pages/generated-%04d.md", p)), body);
        }
        return content;
    }

    private static long millis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
