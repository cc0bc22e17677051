package org.prepbook.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.prepbook.diagnostics.Mark;
import org.prepbook.diagnostics.Problems;
import org.prepbook.diagnostics.Suggestions;
import org.prepbook.yaml.YamlNode;

/**
 * Reads the fields of one YAML mapping into Java values, reporting every missing, mistyped or
 * unknown key instead of stopping at the first. Call {@link #finish()} after reading all fields:
 * any key that was never asked for is unknown.
 *
 * <p>Getters never fail: on a problem they record it and return a harmless placeholder, so the
 * caller can go on reading and the user sees every mistake of the file in one run.
 */
public final class Fields {
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final Path source;
    private final YamlNode.Mapping map;
    private final Problems problems;
    private final Set<String> asked = new LinkedHashSet<>();
    private final Set<String> missing = new LinkedHashSet<>();

    private Fields(Path source, YamlNode.Mapping map, Problems problems) {
        this.source = source;
        this.map = map;
        this.problems = problems;
    }

    /** Fields of {@code node}, or empty (with a problem recorded) when it is not a mapping. */
    public static Optional<Fields> of(Path source, YamlNode node, String what, Problems problems) {
        if (node instanceof YamlNode.Mapping m) {
            return Optional.of(new Fields(source, m, problems));
        }
        report(problems, source, node.mark(), what + " must be a mapping of keys to values, found " + node.describe(),
                "write it as 'key: value' lines");
        return Optional.empty();
    }

    public Path source() {
        return source;
    }

    public Mark mark() {
        return map.mark();
    }

    /** A required plain-text field. */
    public String text(String key) {
        return scalar(key, true).orElse("");
    }

    /** An optional plain-text field. */
    public String text(String key, String fallback) {
        return scalar(key, false).orElse(fallback);
    }

    /** A required id, checked for the id spelling rules. */
    public String id(String key) {
        String id = scalar(key, true).orElse("");
        if (!id.isEmpty() && !ID.matcher(id).matches()) {
            Mark at = node(key, false).get().mark();
            problems.add(source, at.line(), at.column(),
                    "'" + id + "' is not a valid id",
                    "use lower-case letters, digits and single hyphens, e.g. '" + slug(id) + "'");
        }
        return id;
    }

    /** A required reference to an id of {@code kind}, which must be one of {@code known}. */
    public String ref(String key, Collection<String> known, String kind) {
        String id = scalar(key, true).orElse("");
        if (!id.isEmpty()) {
            checkRef(node(key, false).get(), id, known, kind);
        }
        return id;
    }

    /** A list of references; {@code required} also means the list may not be empty. */
    public List<String> refs(String key, Collection<String> known, String kind, boolean required) {
        List<String> ids = new ArrayList<>();
        for (YamlNode item : items(key, required, true)) {
            textOf(item, key).ifPresent(id -> {
                checkRef(item, id, known, kind);
                ids.add(id);
            });
        }
        return ids;
    }

    /** One of a fixed set of words. */
    public String choice(String key, List<String> options, String fallback) {
        Optional<String> value = scalar(key, fallback == null);
        if (value.isPresent() && !options.contains(value.get())) {
            Mark at = node(key, false).get().mark();
            problems.add(source, at.line(), at.column(),
                    "'" + key + "' must be one of " + String.join(", ", options) + ", not '" + value.get() + "'",
                    Suggestions.closest(value.get(), options).map(s -> "did you mean '" + s + "'?")
                            .orElse("pick one of " + String.join(", ", options)));
            return options.get(0);
        }
        return value.orElse(fallback == null ? options.get(0) : fallback);
    }

    public int integer(String key) {
        return integer(key, true, 0);
    }

    public int integer(String key, int fallback) {
        return integer(key, false, fallback);
    }

    private int integer(String key, boolean required, int fallback) {
        Optional<YamlNode> node = node(key, required);
        if (node.isEmpty()) {
            return fallback;
        }
        if (node.get() instanceof YamlNode.Scalar s && s.kind() == YamlNode.Kind.INTEGER) {
            try {
                return Integer.parseInt(s.text());
            } catch (NumberFormatException tooBig) {
                // reported below like any other non-integer
            }
        }
        wrongType(key, node.get(), "a whole number", key + ": 3");
        return fallback;
    }

    public boolean bool(String key, boolean fallback) {
        Optional<YamlNode> node = node(key, false);
        if (node.isEmpty()) {
            return fallback;
        }
        if (node.get() instanceof YamlNode.Scalar s && s.kind() == YamlNode.Kind.BOOLEAN) {
            return Boolean.parseBoolean(s.text());
        }
        wrongType(key, node.get(), "true or false", key + ": true");
        return fallback;
    }

    /** A list of plain-text items. */
    public List<String> texts(String key, boolean required) {
        List<String> out = new ArrayList<>();
        for (YamlNode item : items(key, required, required)) {
            textOf(item, key).ifPresent(out::add);
        }
        return out;
    }

    /** A plain-text item of a list, and where it was written. */
    public record Item(String text, Mark mark) {
    }

    /** An optional list of plain-text items, each with its place, for problems about one item. */
    public List<Item> listed(String key) {
        List<Item> out = new ArrayList<>();
        for (YamlNode item : items(key, false, false)) {
            textOf(item, key).ifPresent(text -> out.add(new Item(text, item.mark())));
        }
        return out;
    }

    /** Whether the mapping has {@code key}; the key then counts as known, for a caller that reports it itself. */
    public boolean has(String key) {
        return node(key, false).isPresent();
    }

    /** A list of mappings, each returned as its own {@code Fields}. */
    public List<Fields> mappings(String key, boolean required) {
        List<Fields> out = new ArrayList<>();
        for (YamlNode item : items(key, required, required)) {
            of(source, item, "each item of '" + key + "'", problems).ifPresent(out::add);
        }
        return out;
    }

    /** A nested mapping. */
    public Optional<Fields> mapping(String key, boolean required) {
        return node(key, required).flatMap(n -> of(source, n, "'" + key + "'", problems));
    }

    /**
     * Reports every key that no getter asked for, and every required key that is missing; call
     * once, after all getters. A misspelt key is reported once, as unknown with a suggestion,
     * not a second time as the missing key it was meant to be.
     */
    public void finish() {
        Set<String> covered = new LinkedHashSet<>();
        for (Map.Entry<String, YamlNode.Entry> e : map.entries().entrySet()) {
            if (!asked.contains(e.getKey())) {
                Mark at = e.getValue().keyMark();
                Optional<String> meant = Suggestions.closest(e.getKey(), asked);
                meant.ifPresent(covered::add);
                problems.add(source, at.line(), at.column(), "unknown key '" + e.getKey() + "'",
                        meant.map(s -> "did you mean '" + s + "'?")
                                .orElse("allowed keys here: " + String.join(", ", asked)));
            }
        }
        for (String key : missing) {
            if (!covered.contains(key)) {
                report(problems, source, map.mark(), "missing required key '" + key + "'",
                        "add '" + key + ":' here; docs/content-format.md describes it");
            }
        }
    }

    /** Where a key's value was written, or the mapping's start when the key is absent. */
    public Mark markOf(String key) {
        YamlNode.Entry entry = map.entries().get(key);
        return entry == null ? map.mark() : entry.value().mark();
    }

    /** Reports a problem at a key's value (or at the mapping when the key is absent). */
    public void problemAt(String key, String message, String hint) {
        problemAt(markOf(key), message, hint);
    }

    /** Reports a problem at a place in this mapping, such as one {@link Item} of a list. */
    public void problemAt(Mark at, String message, String hint) {
        problems.add(source, at.line(), at.column(), message, hint);
    }

    private List<YamlNode> items(String key, boolean required, boolean nonEmpty) {
        Optional<YamlNode> node = node(key, required);
        if (node.isEmpty()) {
            return List.of();
        }
        if (node.get() instanceof YamlNode.Sequence seq) {
            if (nonEmpty && seq.items().isEmpty()) {
                report(problems, source, seq.mark(), "'" + key + "' must not be empty", "add at least one item");
            }
            return seq.items();
        }
        wrongType(key, node.get(), "a list", key + ": [first, second]");
        return List.of();
    }

    private Optional<String> scalar(String key, boolean required) {
        return node(key, required).flatMap(n -> textOf(n, key)).flatMap(text -> {
            if (required && text.isBlank()) {
                Mark at = node(key, false).get().mark();
                problems.add(source, at.line(), at.column(), "'" + key + "' must not be empty", "write a value after '" + key + ":'");
                return Optional.empty();
            }
            return Optional.of(text);
        });
    }

    private Optional<String> textOf(YamlNode node, String key) {
        if (node instanceof YamlNode.Scalar s && s.kind() != YamlNode.Kind.NULL) {
            return Optional.of(s.text());
        }
        wrongType(key, node, "text", key + ": some words");
        return Optional.empty();
    }

    private Optional<YamlNode> node(String key, boolean required) {
        asked.add(key);
        YamlNode.Entry entry = map.entries().get(key);
        if (entry == null) {
            if (required) {
                missing.add(key);
            }
            return Optional.empty();
        }
        return Optional.of(entry.value());
    }

    private void checkRef(YamlNode node, String id, Collection<String> known, String kind) {
        if (!known.contains(id)) {
            report(problems, source, node.mark(), "unknown " + kind + " '" + id + "'", Suggestions.hint(id, known, kind));
        }
    }

    private void wrongType(String key, YamlNode node, String expected, String example) {
        String hint = "write it like: " + example;
        // "- Saying: money" reads as a key and a value; the writer meant one piece of text.
        if (expected.equals("text") && node instanceof YamlNode.Mapping m && m.entries().size() == 1
                && m.entries().values().iterator().next().value() instanceof YamlNode.Scalar) {
            hint = "a ': ' makes this a key and a value: put the whole text in quotes, e.g. \"Saying: this\"";
        }
        report(problems, source, node.mark(), "'" + key + "' must be " + expected + ", found " + node.describe(), hint);
    }

    private static void report(Problems problems, Path source, Mark at, String message, String hint) {
        problems.add(source, at.line(), at.column(), message, hint);
    }

    static String slug(String text) {
        String s = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "my-id" : s;
    }
}
