package org.prepbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;
import org.prepbook.testing.Fixture;
import org.prepbook.testing.Fixtures;

/**
 * Broken and hostile inputs, one folder each under {@code src/test/resources/catalogue/}, run the way
 * a user runs them ({@link Main#run}), each with the exit status and the exact {@code path:line:col:
 * message} it must give; for the hostile ones, also what the output files may and may not hold.
 *
 * <p>A case folder holds files laid over a copy of the sample content ({@code content/...}), or a
 * {@code profile.yaml} for {@code packet}, and {@code case.txt}, lines of {@code key: value}:
 * <ul>
 *   <li>{@code run: build|packet} and {@code exit: N};
 *   <li>{@code error: LINE}, a line stderr must hold exactly (paths relative to the case), and
 *       {@code hint: TEXT}, its hint; {@code problems: N}, how many problems the count line says;
 *   <li>{@code args: ...}, options that replace the defaults of the same name ({@code {dir}} is the case's folder);
 *   <li>{@code delete: PATH} and {@code link: PATH -> TARGET}, applied before the run (git keeps links badly);
 *   <li>{@code output-lacks: "TEXT"}, which no output file may contain, and
 *       {@code output-has: FILE "TEXT"}, which that output file must contain (JSON string escapes).
 * </ul>
 */
class CatalogueTest {
    private static final Path CATALOGUE = Path.of("src/test/resources/catalogue");

    static Stream<String> cases() throws IOException {
        try (Stream<Path> dirs = Files.list(CATALOGUE)) {
            return dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void behavesAsCatalogued(String name, @TempDir Path dir) throws IOException {
        Path folder = CATALOGUE.resolve(name);
        List<String[]> spec = spec(folder.resolve("case.txt"));
        Fixture.copy(dir);
        Path from = folder.toAbsolutePath();
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().equals("case.txt")).toList()) {
                Path target = dir.resolve(from.relativize(f).toString());
                Files.createDirectories(target.getParent());
                Files.copy(f, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        for (String[] kv : spec) {
            if (kv[0].equals("delete")) {
                delete(dir.resolve(kv[1]));
            } else if (kv[0].equals("link")) {
                String[] parts = kv[1].split(" -> ");
                Path link = dir.resolve(parts[0]);
                Files.createDirectories(link.getParent());
                Files.createSymbolicLink(link, Path.of(parts[1]));
            }
        }

        CliTest.Run run = CliTest.run(command(value(spec, "run"), dir, values(spec, "args")));
        String err = run.err().replace(dir.toString().replace('\\', '/') + "/", "").replace(dir.toString(), "");
        List<String> lines = err.lines().toList();
        assertEquals(Integer.parseInt(value(spec, "exit")), run.status(), err);
        for (String expected : values(spec, "error")) {
            assertTrue(lines.contains(expected), "expected the line\n" + expected + "\nin\n" + err);
        }
        for (String hint : values(spec, "hint")) {
            assertTrue(lines.contains("    hint: " + hint), "expected the hint\n" + hint + "\nin\n" + err);
        }
        for (String count : values(spec, "problems")) {
            int n = Integer.parseInt(count);
            assertTrue(lines.stream().anyMatch(l -> l.startsWith(n + (n == 1 ? " problem found" : " problems found"))), err);
        }
        assertFalse(err.contains("Exception") || err.contains("\tat "), "no stack trace:\n" + err);
        Map<String, String> output = Files.isDirectory(dir.resolve("out")) ? Fixtures.tree(dir.resolve("out")) : Map.of();
        for (String lacks : values(spec, "output-lacks")) {
            String text = unquote(lacks);
            output.forEach((file, bytes) -> assertFalse(utf8(bytes).contains(text), file + " holds " + text));
        }
        for (String has : values(spec, "output-has")) {
            String file = has.substring(0, has.indexOf(' '));
            assertTrue(output.containsKey(file), "not written: " + file + "; written: " + output.keySet());
            assertTrue(utf8(output.get(file)).contains(unquote(has.substring(has.indexOf(' ') + 1))), file);
        }
    }

    private static String[] command(String run, Path dir, List<String> extra) {
        List<String> args = new ArrayList<>(List.of(run));
        if (run.equals("packet")) {
            args.add(dir.resolve("profile.yaml").toString());
        }
        List<String> defaults = new ArrayList<>(List.of("--content", dir.resolve("content").toString(), "--themes", "themes",
                "--out", dir.resolve("out").toString()));
        if (run.equals("packet")) {
            defaults.addAll(List.of("--format", "html,ics", "--today", "2026-11-25"));
        }
        List<String> given = extra.stream().flatMap(e -> Stream.of(e.split(" "))).map(a -> a.replace("{dir}", dir.toString())).toList();
        for (int i = 0; i < defaults.size(); i += 2) {
            if (!given.contains(defaults.get(i))) {
                args.add(defaults.get(i));
                args.add(defaults.get(i + 1));
            }
        }
        args.addAll(given);
        return args.toArray(String[]::new);
    }

    private static List<String[]> spec(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank() && !l.startsWith("#"))
                .map(l -> new String[] {l.substring(0, l.indexOf(':')), l.substring(l.indexOf(':') + 1).strip()}).toList();
    }

    private static String value(List<String[]> spec, String key) {
        return values(spec, key).stream().findFirst().orElseThrow(() -> new IllegalArgumentException("case.txt needs " + key));
    }

    private static List<String> values(List<String[]> spec, String key) {
        return spec.stream().filter(kv -> kv[0].equals(key)).map(kv -> kv[1]).toList();
    }

    // Only the escapes the catalogue uses: \" \\ \r \n \t \\uXXXX.
    private static String unquote(String json) {
        String s = json.substring(1, json.length() - 1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char e = s.charAt(++i);
            switch (e) {
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    out.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> out.append(e);
            }
        }
        return out.toString();
    }

    private static String utf8(String latin1) {
        return new String(latin1.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
    }

    private static void delete(Path path) {
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
