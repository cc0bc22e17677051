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
import org.prepbook.render.Messages;
import org.prepbook.render.Paging;
import org.prepbook.route.Routes;

/**
 * Turns the handbook into search documents, taking each Markdown field's plain text from the
 * fragment rendered for the pages, so search sees what readers see (links and emphasis reduced to
 * their words). An email's placeholders are their labels in brackets, as on the email's page, never
 * the {@code {{…}}} a template is written in.
 */
public final class Documents {
    private final Handbook handbook;
    private final MarkdownHtml html;
    private final Map<String, Stage> stages;
    private final Routes routes = Routes.root();
    private final Messages messages;

    private Documents(Handbook handbook, MarkdownHtml html, Messages messages) {
        this.handbook = handbook;
        this.html = html;
        this.messages = messages;
        this.stages = handbook.stages().stream().collect(Collectors.toMap(Stage::id, Function.identity()));
    }

    /** Every document, grouped by {@link Document.Kind} in its declared order, each group in display order. */
    public static List<Document> of(Handbook handbook, MarkdownHtml html, Messages messages) {
        return new Documents(handbook, html, messages).all();
    }

    private List<Document> all() {
        List<Document> docs = new ArrayList<>();
        // toList() keeps each type in display order.
        docs.addAll(handbook.stages().parallelStream().map(s -> new Document(Document.Kind.STAGE, routes.stage(s.id()),
                s.title(), join(s.shortTitle(), s.goal(), s.who(), s.length()),
                join(html.of(s.body()).text(), String.join(" ", s.mistakes()), String.join(" ", s.tips())),
                List.of(s.id()), s.shortTitle())).toList());
        docs.addAll(handbook.questions().parallelStream().map(q -> new Document(Document.Kind.QUESTION,
                routes.question(q.id()), q.text(), q.intent(),
                join(html.of(q.guidance()).text(), String.join(" ", q.pitfalls())), q.stages(), where(q.stages()))).toList());
        Map<String, Integer> askPages = Paging.askPages(handbook.asks());
        docs.addAll(handbook.asks().stream().map(a -> new Document(Document.Kind.ASK, routes.ask(a.id(), askPages.get(a.id())), a.text(), a.why(),
                messages.text("asks.when." + a.when().key()), a.stages(), where(a.stages()))).toList());
        docs.addAll(handbook.backstory().stream().map(b -> new Document(Document.Kind.BACKSTORY, routes.backstory(b.id()),
                b.prompt(), b.theme(), b.why(), List.<String>of(), "")).toList());
        docs.addAll(handbook.emails().parallelStream().map(e -> new Document(Document.Kind.EMAIL, routes.email(e.id()),
                e.title(), join(e.purpose(), html.subjectText(e)), join(e.when().description(), html.bodyText(e)),
                List.<String>of(), "")).toList());
        docs.addAll(handbook.pages().parallelStream().map(p -> new Document(Document.Kind.PAGE, routes.page(p.slug()),
                p.title(), p.description(), html.of(p.body()).text(), List.<String>of(), "")).toList());
        return docs;
    }

    /** The stages' short titles in journey order, whatever order the item lists them in. */
    private String where(List<String> ids) {
        return ids.stream().map(stages::get).sorted(Comparator.comparingInt(Stage::order))
                .map(Stage::shortTitle).collect(Collectors.joining(" · "));
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
