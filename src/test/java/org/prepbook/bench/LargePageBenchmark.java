package org.prepbook.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.prepbook.Build;
import org.prepbook.output.MemoryOutput;
import org.prepbook.testing.Fixtures;

/**
 * How a page's build cost grows with its size: the shipped handbook plus one generated free page of
 * 1, 4 and 16 MB of Markdown without headings (paragraphs with links and emphasis, and lists), each
 * built in full, search index included, into memory. A page twice as large should cost about
 * twice as much; a step that is quadratic in the page's size shows at once. A benchmark, not a
 * test: run it by hand (see docs/performance.md) and read the figures.
 *
 * <pre>mvn -B -q test-compile exec:java -Dexec.mainClass=org.prepbook.bench.LargePageBenchmark -Dexec.classpathScope=test</pre>
 *
 * <p>Arguments, all optional: sizes in MB (default {@code 1,4,16}), rounds per size (default 3),
 * minutes a build may take before the benchmark gives up on that size and larger ones (default 10).
 */
public final class LargePageBenchmark {
    private static final String[] WORDS = ("the of and to a in is you that it for your on with as be this are or at"
            + " interview interviewer question answer company role team manager recruiter salary offer hiring process"
            + " candidate skills experience example story phone screen email thank follow research meeting call week"
            + " stage goal result project learn ask tell show prepare practice strength culture fit decision résumé")
            .split(" ");

    private LargePageBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int[] sizes = java.util.Arrays.stream((args.length > 0 ? args[0] : "1,4,16").split(","))
                .mapToInt(Integer::parseInt).toArray();
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        long limit = args.length > 2 ? Long.parseLong(args[2]) : 10;
        Path dir = Files.createTempDirectory("prepbook-large-page");
        ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "large-page-build");
            t.setDaemon(true);
            return t;
        });
        try {
            Path content = Fixtures.copyTree(Path.of("content"), dir.resolve("content"));
            Build.Options options = new Build.Options(content, Path.of("themes"), dir.resolve("out"));
            // Warm the JIT on the handbook alone, so the first large page does not pay for it.
            for (int i = 0; i < 5; i++) {
                long start = System.nanoTime();
                Build.render(options, new MemoryOutput());
                System.out.printf("warm-up, handbook alone: %d ms%n", millis(start));
            }
            System.out.println("| page | Markdown bytes | build, each round | median |");
            System.out.println("|---:|---:|---|---:|");
            for (int mb : sizes) {
                String page = page(mb << 20);
                Files.writeString(content.resolve("pages/large.md"), page, StandardCharsets.UTF_8);
                List<Long> times = new ArrayList<>();
                for (int r = 0; r < rounds; r++) {
                    long start = System.nanoTime();
                    Future<?> build = runner.submit(() -> Build.render(options, new MemoryOutput()));
                    try {
                        build.get(limit, TimeUnit.MINUTES);
                    } catch (TimeoutException e) {
                        System.out.printf("| %d MB | %,d | did not finish in %d min | |%n", mb,
                                page.getBytes(StandardCharsets.UTF_8).length, limit);
                        return;
                    } catch (ExecutionException e) {
                        throw new IllegalStateException("the build failed", e.getCause());
                    }
                    times.add(millis(start));
                }
                List<Long> sorted = times.stream().sorted().toList();
                System.out.printf("| %d MB | %,d | %s ms | %,d ms |%n", mb, page.getBytes(StandardCharsets.UTF_8).length,
                        String.join(", ", times.stream().map(t -> String.format("%,d", t)).toList()),
                        sorted.get(sorted.size() / 2));
            }
        } finally {
            // A build that timed out may still be running: the process ends anyway, as its thread is a daemon.
            runner.shutdownNow();
            Scratch.delete(dir);
        }
    }

    /**
     * A free page of about {@code bytes} bytes of Markdown and no heading: paragraphs with links,
     * emphasis and code, every tenth block a list. Seeded: every run writes the same page.
     */
    static String page(int bytes) {
        Random random = new Random(20261125L);
        StringBuilder md = new StringBuilder("---\ntitle: A very long page\ndescription: One page of generated text"
                + " without headings, for the large-page benchmark.\nnav: false\n---\n");
        int block = 0;
        while (md.length() < bytes) {
            if (++block % 10 == 0) {
                for (int i = 0; i < 4; i++) {
                    md.append("- ").append(sentence(random, 4, 10)).append('\n');
                }
            } else {
                for (int s = 0; s < 3 + random.nextInt(4); s++) {
                    String sentence = sentence(random, 6, 18);
                    switch (random.nextInt(4)) {
                        case 0 -> md.append("See [the ").append(WORDS[random.nextInt(WORDS.length)])
                                .append(" page](/questions/) first. ");
                        case 1 -> md.append("*").append(sentence).append("* ");
                        case 2 -> md.append("Use `").append(WORDS[random.nextInt(WORDS.length)]).append("` here. ");
                        default -> md.append(sentence).append(". ");
                    }
                }
                md.setLength(md.length() - 1);
                md.append('\n');
            }
            md.append('\n');
        }
        return md.toString();
    }

    private static String sentence(Random random, int min, int max) {
        int n = min + random.nextInt(max - min + 1);
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            String w = WORDS[random.nextInt(WORDS.length)];
            s.append(i == 0 ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : " " + w);
        }
        return s.toString();
    }

    private static long millis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
