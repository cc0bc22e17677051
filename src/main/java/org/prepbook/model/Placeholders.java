package org.prepbook.model;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place that knows how an email template writes a variable: {@code {{key}}}, spaces allowed
 * inside the braces. Content validation, the handbook's email pages and the packet's drafts all read
 * templates through here.
 */
public final class Placeholders {
    // Anything in double braces, so that validation also sees what is not a variable: a misspelt key,
    // a Mustache section ({{#x}}) or triple braces, none of which an email may use.
    private static final Pattern BRACES = Pattern.compile("\\{\\{\\s*([^}]*?)\\s*}}}?");

    private Placeholders() {
    }

    /**
     * One {@code {{…}}} in a template: its offset, the text as written, what stands between the braces,
     * and the variable it names; empty when it names none or is not written as a plain {@code {{key}}}.
     */
    public record Use(int start, String written, String inside, Optional<EmailVariable> variable) {
    }

    /** Every {@code {{…}}} in {@code template}, valid or not, in order. */
    public static List<Use> find(String template) {
        return BRACES.matcher(template).results().map(Placeholders::use).toList();
    }

    /** The variables {@code template} uses, each once, in order of first use. */
    public static List<EmailVariable> variables(String template) {
        return find(template).stream().flatMap(u -> u.variable().stream()).distinct().toList();
    }

    /** {@code template} with every variable replaced by {@code value}; anything else in braces is left as written. */
    public static String replace(String template, Function<EmailVariable, String> value) {
        return BRACES.matcher(template).replaceAll(m -> Matcher.quoteReplacement(
                use(m).variable().map(value).orElse(m.group())));
    }

    private static Use use(MatchResult m) {
        boolean plain = !m.group().startsWith("{{{") && !m.group().endsWith("}}}");
        return new Use(m.start(), m.group(), m.group(1), plain ? EmailVariable.of(m.group(1)) : Optional.empty());
    }
}
