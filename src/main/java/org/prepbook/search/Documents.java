package org.prepbook.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.prepbook.model.Handbook;
import org.prepbook.model.Stage;
import org.prepbook.render.MarkdownHtml;
import org.prepbook.route.Routes;

/**
 * Turns the handbook into search documents, taking text from the Markdown already rendered for the
 * pages so search sees what readers see (links and emphasis reduced to their words).
 */
public final class Documents {
    private final Handbook handbook;
    private final MarkdownHtml html;
    private final Map<String, Stage> stages;
    private final Routes routes = Routes.root();

    private Documents(Handbook handbook, MarkdownHtml html) {
        this.handbook = handbook;
        this.html = html;
        this.stages = handbook.stages().stream().collect(Collectors.toMap(Stage::id, Function.identity()));
    }

    /** Every document, grouped by {@link Document.Kind} in its declared order, each group in display order. */
    public static List<Document> of(Handbook handbook, MarkdownHtml html) {
        return new Documents(handbook, html).all();
    }

    private List<Document> all() {
        List<Document> docs = new ArrayList<>();
        // Parallel per type because turning rendered HTML back into text is most of the work;
        // toList() keeps each type in display order.
        docs.addAll(handbook.stages().parallelStream().map(s -> new Document(Document.Kind.STAGE, routes.stage(s.id()),
                s.title(), join(s.shortTitle(), s.goal(), s.who(), s.length()),
                join(text(html.stages().get(s.id())), String.join(" ", s.mistakes()), String.join(" ", s.tips())),
                List.of(s.id()), s.shortTitle())).toList());
        docs.addAll(handbook.questions().parallelStream().map(q -> new Document(Document.Kind.QUESTION,
                routes.question(q.id()), q.text(), q.intent(),
                join(text(html.guidance().get(q.id())), String.join(" ", q.pitfalls())), q.stages(), where(q.stages()))).toList());
        docs.addAll(handbook.asks().stream().map(a -> new Document(Document.Kind.ASK, routes.ask(a.id()), a.text(), a.why(),
                a.when().label(), a.stages(), where(a.stages()))).toList());
        docs.addAll(handbook.backstory().stream().map(b -> new Document(Document.Kind.BACKSTORY, routes.backstory(b.id()),
                b.prompt(), b.theme(), b.why(), List.<String>of(), "")).toList());
        docs.addAll(handbook.emails().parallelStream().map(e -> new Document(Document.Kind.EMAIL, routes.email(e.id()),
                e.title(), join(e.purpose(), e.subject()), join(e.when().description(), text(html.emails().get(e.id()))),
                List.<String>of(), "")).toList());
        docs.addAll(handbook.pages().parallelStream().map(p -> new Document(Document.Kind.PAGE, routes.page(p.slug()),
                p.title(), p.description(), text(html.pages().get(p.slug())), List.<String>of(), "")).toList());
        return docs;
    }

    /** The stages' short titles in journey order, whatever order the item lists them in. */
    private String where(List<String> ids) {
        return ids.stream().map(stages::get).sorted(Comparator.comparingInt(Stage::order))
                .map(Stage::shortTitle).collect(Collectors.joining(" · "));
    }

    private static String text(String html) {
        return HtmlText.of(html);
    }

    private static String join(String... parts) {
        StringBuilder out = new StringBuilder();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                out.append(out.length() == 0 ? "" : " ").append(part.strip());
            }
        }
        return out.toString();
    }
}
