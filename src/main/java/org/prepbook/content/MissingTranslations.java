package org.prepbook.content;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.prepbook.diagnostics.Problem;
import org.prepbook.model.Ask;
import org.prepbook.model.BackstoryPrompt;
import org.prepbook.model.EmailTemplate;
import org.prepbook.model.Handbook;
import org.prepbook.model.Language;
import org.prepbook.model.Origin;
import org.prepbook.model.Page;
import org.prepbook.model.Question;
import org.prepbook.model.Stage;

/**
 * The items one language of a handbook has and another lacks, matched by id (a free page by its
 * slug). Each is a warning at the item where it exists, not an error: a handbook is often
 * translated a part at a time, and until an item is, the language switcher on its page leads to the
 * other language's home page (docs/languages.md). This is Hugo's choice too.
 */
public final class MissingTranslations {
    /** A kind of item, the folder that holds it, and its items by id with where each was written. */
    private record Kind(String name, String folder, Function<Handbook, Map<String, Origin>> items) {
    }

    private static final List<Kind> KINDS = List.of(
            new Kind("stage", "stages", h -> byId(h.stages(), Stage::id, Stage::origin)),
            new Kind("question", "questions", h -> byId(h.questions(), Question::id, Question::origin)),
            new Kind("question to ask", "asks", h -> byId(h.asks(), Ask::id, Ask::origin)),
            new Kind("backstory prompt", "backstory", h -> byId(h.backstory(), BackstoryPrompt::id, BackstoryPrompt::origin)),
            new Kind("email template", "emails", h -> byId(h.emails(), EmailTemplate::id, EmailTemplate::origin)),
            new Kind("page", "pages", h -> byId(h.pages(), Page::slug, Page::origin)));

    private MissingTranslations() {
    }

    /**
     * @param languages the handbook in each of its languages, the site's own first
     * @return one warning per item that some language lacks, at the item in the first language that has it
     */
    public static List<Problem> find(List<Handbook> languages) {
        List<Problem> warnings = new ArrayList<>();
        if (languages.size() < 2) {
            return warnings;
        }
        for (Kind kind : KINDS) {
            List<Map<String, Origin>> items = languages.stream().map(kind.items()).toList();
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < languages.size(); i++) {
                for (Map.Entry<String, Origin> item : items.get(i).entrySet()) {
                    if (!seen.add(item.getKey())) {
                        continue;
                    }
                    List<Handbook> lacking = new ArrayList<>();
                    for (int j = 0; j < languages.size(); j++) {
                        if (!items.get(j).containsKey(item.getKey())) {
                            lacking.add(languages.get(j));
                        }
                    }
                    if (!lacking.isEmpty()) {
                        warnings.add(warning(kind, item.getKey(), item.getValue(), lacking));
                    }
                }
            }
        }
        return warnings;
    }

    /** The line printed after {@code count} such warnings, by every command that prints them. */
    public static String summary(int count) {
        return (count == 1 ? "1 item is" : count + " items are")
                + " not translated into every language; a warning, not an error (docs/languages.md)";
    }

    private static Problem warning(Kind kind, String id, Origin at, List<Handbook> lacking) {
        String names = lacking.stream().map(h -> name(h.site().language())).collect(Collectors.joining(", "));
        // Each language's items live beside its site.yaml.
        String folders = lacking.stream().map(h -> h.site().origin().path().resolveSibling(kind.folder()) + "/")
                .collect(Collectors.joining(", "));
        String what = kind.name().equals("page") ? "a page named " + id + ".md" : "a " + kind.name() + " with the id '" + id + "'";
        return new Problem(at.path(), at.line(), at.column(),
                kind.name() + " '" + id + "' has no translation into " + names,
                "add " + what + " to " + folders + "; until then, the language switcher on its page leads to that language's home page");
    }

    private static String name(String tag) {
        return Language.parse(tag).map(Language::englishName).orElse(tag) + " (" + tag + ")";
    }

    private static <T> Map<String, Origin> byId(List<T> items, Function<T, String> id, Function<T, Origin> origin) {
        Map<String, Origin> out = new LinkedHashMap<>();
        items.forEach(item -> out.putIfAbsent(id.apply(item), origin.apply(item)));
        return out;
    }
}
