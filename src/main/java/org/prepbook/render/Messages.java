package org.prepbook.render;

import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.prepbook.diagnostics.ContentException;
import org.prepbook.diagnostics.Problem;
import org.prepbook.diagnostics.Problems;
import org.prepbook.diagnostics.Suggestions;
import org.prepbook.yaml.YamlNode;
import org.prepbook.yaml.YamlReader;

/**
 * The text a theme shows, in one language: every message of the theme's {@code messages/*.yaml}
 * files, each already cut at its {@code {placeholders}}, looked up by key. Read once per theme and
 * language ({@link Theme#messages()}), so a lookup while pages are drawn never touches the disk.
 * A number put into a message is written the language's way ({@code 1,234}, {@code 1 234},
 * {@code ١٬٢٣٤}), and a count picks the message's plural form by that language's rules (CLDR's,
 * through ICU). Immutable, so pages drawn in parallel share it.
 */
public final class Messages {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z_][A-Za-z0-9_.]*)}");
    /** CLDR's plural categories: a counted message is a group of these keys, of which {@code other} is always there. */
    public static final List<String> PLURAL_FORMS = List.of("zero", "one", "two", "few", "many", "other");

    /** One message: literal text and placeholder names in turn (even indexes text, odd names), and where it was written. */
    record Message(String key, List<String> parts, Path file, int line, int keyLine, int keyColumn) {
        String text() {
            return String.join("", parts);
        }

        /** The language the message is written in: its file's name, {@code fr-CA} for {@code messages/fr-CA.yaml}. */
        String language() {
            String name = file.getFileName().toString();
            return name.substring(0, name.length() - ".yaml".length());
        }
    }

    private final Map<String, Message> messages;
    /** The file every key must be in, as every language falls back to it: named by errors about missing keys. */
    private final Path fallback;
    /** Cloned for each number: a NumberFormat is not safe to share between threads. */
    private final NumberFormat numbers;
    /** The plural rules of each language a message file is written in (immutable, so shared). */
    private final Map<String, PluralRules> plurals;

    private Messages(Map<String, Message> messages, Path fallback, ULocale locale) {
        this.messages = Map.copyOf(messages);
        this.fallback = fallback;
        this.numbers = NumberFormat.getInstance(locale);
        Map<String, PluralRules> plurals = new HashMap<>();
        messages.values().forEach(m -> plurals.computeIfAbsent(m.language(), l -> PluralRules.forLocale(ULocale.forLanguageTag(l))));
        this.plurals = Map.copyOf(plurals);
    }

    /**
     * The messages of {@code files}, read in order of precedence: a key takes its text from the first
     * file that has it, so a site's override, or a more specific language, replaces single messages.
     *
     * <p>A key must be English before it is anything else: a key of a translation or an override
     * that no English file ({@code en.yaml}, the theme's or the site's) has is a problem at its line,
     * since no template or Java code could ask for it, and it is most likely a typo. The one
     * exception is a plural form English does not have ({@code packet.budget.days.few} beside
     * English's {@code packet.budget.days.other}).
     *
     * @param texts each file's path and content, most specific first
     * @param fallback the file that must hold every key (the theme's {@code messages/en.yaml})
     * @param language the BCP 47 tag of the language, for numbers
     */
    static Messages parse(List<Map.Entry<Path, String>> texts, Path fallback, String language) {
        Problems problems = new Problems();
        Map<String, Message> merged = new HashMap<>();
        List<Map<String, Message>> others = new ArrayList<>();
        Set<String> english = new HashSet<>();
        for (Map.Entry<Path, String> file : texts) {
            Map<String, Message> read = read(file.getKey(), file.getValue(), problems);
            read.forEach(merged::putIfAbsent);
            if (file.getKey().getFileName().toString().equals(Theme.FALLBACK_LANGUAGE + ".yaml")) {
                english.addAll(read.keySet());
            } else {
                others.add(read);
            }
        }
        for (Map<String, Message> file : others) {
            for (Message m : file.values()) {
                if (!english.contains(m.key()) && english.contains(m.key() + ".other")) {
                    problems.add(m.file(), m.keyLine(), m.keyColumn(), "message '" + m.key() + "' is counted in English, so it is"
                                    + " written as plural forms",
                            "write the forms your language has under it ('one:', 'other:'…, see the Plurals part of docs/themes.md),"
                                    + " as " + fallback + " does");
                } else if (!english.contains(m.key()) && !english.contains(pluralGroup(m.key()).map(g -> g + ".other").orElse(""))) {
                    problems.add(m.file(), m.keyLine(), m.keyColumn(), "message '" + m.key() + "' is not an English message",
                            Suggestions.closest(m.key(), english).map(k -> "did you mean '" + k + "'? ").orElse("")
                                    + "a translation can only translate keys of " + fallback
                                    + " (a site adds keys of its own in overrides/messages/en.yaml first)");
                }
            }
        }
        problems.throwIfAny();
        return new Messages(merged, fallback, ULocale.forLanguageTag(language));
    }

    /** {@code packet.budget.days} for {@code packet.budget.days.few}: the key without its plural form, if it ends in one. */
    static Optional<String> pluralGroup(String key) {
        int dot = key.lastIndexOf('.');
        return dot > 0 && PLURAL_FORMS.contains(key.substring(dot + 1)) ? Optional.of(key.substring(0, dot)) : Optional.empty();
    }

    /** The messages of one file by key, in the file's order. */
    static Map<String, Message> read(Path file, String text, Problems problems) {
        Map<String, Message> read = new LinkedHashMap<>();
        YamlReader.read(file, text, 0, problems).ifPresent(root -> flatten(file, "", root, read, problems));
        return read;
    }

    /** Nested groups become dotted keys: {@code nav: {stages: Stages}} is the message {@code nav.stages}. */
    private static void flatten(Path file, String prefix, YamlNode node, Map<String, Message> out, Problems problems) {
        if (!(node instanceof YamlNode.Mapping m)) {
            problems.add(file, node.mark().line(), node.mark().column(),
                    "a messages file must be a mapping of keys to text, not " + node.describe(),
                    "write one 'key: text' per line; docs/themes.md describes the file");
            return;
        }
        m.entries().forEach((key, entry) -> {
            if (!key.matches("[A-Za-z0-9_-]+")) {
                problems.add(file, entry.keyMark().line(), entry.keyMark().column(),
                        "message key '" + key + "' has characters other than letters, digits, '_' and '-'",
                        "nest groups of messages instead of writing dots in a key");
            } else if (entry.value() instanceof YamlNode.Scalar s && s.kind() != YamlNode.Kind.NULL) {
                out.put(prefix + key, new Message(prefix + key, parts(s.text()), file, s.mark().line(),
                        entry.keyMark().line(), entry.keyMark().column()));
            } else if (entry.value() instanceof YamlNode.Mapping) {
                flatten(file, prefix + key + ".", entry.value(), out, problems);
            } else {
                problems.add(file, entry.value().mark().line(), entry.value().mark().column(),
                        "message '" + prefix + key + "' is " + entry.value().describe() + ", not text",
                        "write the message's text after the key, or a group of messages indented under it");
            }
        });
    }

    private static List<String> parts(String text) {
        List<String> parts = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(text);
        int at = 0;
        while (m.find()) {
            parts.add(text.substring(at, m.start()));
            parts.add(m.group(1));
            at = m.end();
        }
        parts.add(text.substring(at));
        return List.copyOf(parts);
    }

    /** The message {@code key} with each {@code {name}} replaced by the value after {@code name} in {@code namesAndValues}. */
    public String text(String key, Object... namesAndValues) {
        Message m = message(key);
        if (m.parts().size() == 1) {
            return m.parts().get(0);
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < m.parts().size(); i++) {
            out.append(i % 2 == 0 ? m.parts().get(i) : value(m, m.parts().get(i), namesAndValues));
        }
        return out.toString();
    }

    /**
     * The plural form of {@code key} that {@code count} takes, with {@code {count}} set: {@code key.one}
     * or {@code key.other} in English, any of {@link #PLURAL_FORMS} in a language with more (Arabic
     * has all six, Chinese only {@code other}). The rules are those of the language {@code key.other}
     * is written in, and a form is taken only from that language's file, so a translation that lacks
     * a form says {@code other} in its own words rather than falling back to English.
     */
    public String count(String key, long count, Object... namesAndValues) {
        Object[] values = new Object[namesAndValues.length + 2];
        values[0] = "count";
        values[1] = count;
        System.arraycopy(namesAndValues, 0, values, 2, namesAndValues.length);
        return text(pluralKey(key, count), values);
    }

    /** The key of the form {@code count} takes: {@code key.few}, or {@code key.other} when its language has no such form written. */
    String pluralKey(String key, long count) {
        Message other = message(key + ".other");
        String form = key + "." + plurals.get(other.language()).select(count);
        return find(form).filter(m -> m.language().equals(other.language())).isPresent() ? form : other.key();
    }

    /**
     * The plural forms of {@code key} as written, {@code {placeholders}} and all, by form, for a client
     * that picks the form and fills them in itself (search.js, with the browser's CLDR rules).
     */
    public Map<String, String> pluralPatterns(String key) {
        String language = message(key + ".other").language();
        Map<String, String> forms = new LinkedHashMap<>();
        for (String form : PLURAL_FORMS) {
            find(key + "." + form).filter(m -> m.language().equals(language)).ifPresent(m -> forms.put(form, pattern(m.key())));
        }
        return forms;
    }

    /** The message {@code key} as written, {@code {placeholders}} and all, for a client that fills them in itself (search.js). */
    public String pattern(String key) {
        List<String> parts = message(key).parts();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < parts.size(); i++) {
            out.append(i % 2 == 0 ? parts.get(i) : "{" + parts.get(i) + "}");
        }
        return out.toString();
    }

    Optional<Message> find(String key) {
        return Optional.ofNullable(messages.get(key));
    }

    /** The message, or a problem naming the key and the file that should hold it. */
    Message message(String key) {
        Message m = messages.get(key);
        if (m == null) {
            throw new ContentException(List.of(new Problem(fallback, 1, 1, "unknown message '" + key + "'", hint(key))));
        }
        return m;
    }

    /** Where a missing key should be added, with a suggestion when it looks like a typo of a known key. */
    String hint(String key) {
        return Suggestions.closest(key, messages.keySet()).map(k -> "did you mean '" + k + "'? ").orElse("")
                + "every message the theme shows must be in " + fallback + " (a site can override it in overrides/messages/)";
    }

    /** A whole number written the language's way, as in messages (search.js writes its counts with the same digits). */
    public String number(long n) {
        return format(n);
    }

    /** A placeholder's value as text: a number in the language's digits and grouping, anything else as it is. */
    String format(Object value) {
        if (value instanceof Number n) {
            return ((NumberFormat) numbers.clone()).format(n);
        }
        return String.valueOf(value);
    }

    private String value(Message m, String name, Object[] namesAndValues) {
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            if (namesAndValues[i].equals(name)) {
                return format(namesAndValues[i + 1]);
            }
        }
        List<String> known = new ArrayList<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            known.add("{" + namesAndValues[i] + "}");
        }
        throw new ContentException(List.of(new Problem(m.file(), m.line(), 1,
                "message '" + m.key() + "' uses {" + name + "}, which prepbook does not fill in here",
                known.isEmpty() ? "this message takes no placeholders" : "this message can use " + String.join(", ", known))));
    }
}
