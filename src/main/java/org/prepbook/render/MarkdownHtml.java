package org.prepbook.render;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jsoup.nodes.Entities;
import org.prepbook.diagnostics.Problem;
import org.prepbook.diagnostics.Problems;
import org.prepbook.markdown.Markdown;
import org.prepbook.model.EmailTemplate;
import org.prepbook.model.Handbook;
import org.prepbook.model.MarkdownText;
import org.prepbook.model.Placeholders;

/**
 * Every Markdown fragment of the handbook rendered once, up front, because one question's guidance
 * appears on several pages, and because a Markdown problem must fail the build before any page is
 * written. Keyed by item id.
 */
public record MarkdownHtml(String intro, Map<String, String> stages, Map<String, String> guidance,
                           Map<String, String> emails, Map<String, String> emailSubjects, Map<String, String> pages) {
    public static MarkdownHtml render(Handbook handbook, Markdown markdown, Problems problems) {
        Problems own = new Problems();
        String intro = markdown.render(handbook.site().intro(), own);
        var stages = each(handbook.stages(), s -> s.id(), s -> s.body(), markdown, own);
        var guidance = each(handbook.questions(), q -> q.id(), q -> q.guidance(), markdown, own);
        var emails = each(handbook.emails(), e -> e.id(), e -> e.body(), markdown, own);
        emails.replaceAll((id, html) -> markPlaceholders(html));
        Map<String, String> subjects = handbook.emails().stream().collect(Collectors.toMap(
                EmailTemplate::id, e -> markPlaceholders(Entities.escape(e.subject()))));
        var pages = each(handbook.pages(), p -> p.slug(), p -> p.body(), markdown, own);
        problems.addAll(own.list());
        return new MarkdownHtml(intro, stages, guidance, emails, subjects, pages);
    }

    private static String markPlaceholders(String html) {
        return Placeholders.replace(html, v -> "<mark class=\"placeholder\" title=\"Filled in from your profile: "
                + v.key() + "\">" + v.label() + "</mark>");
    }

    private static <T> Map<String, String> each(List<T> items, Function<T, String> id, Function<T, MarkdownText> text,
                                                Markdown markdown, Problems problems) {
        record Out(String id, String html, List<Problem> problems) {
        }
        List<Out> outs = items.parallelStream().map(item -> {
            Problems p = new Problems();
            String html = markdown.render(text.apply(item), p);
            return new Out(id.apply(item), html, p.list());
        }).toList();
        Map<String, String> map = new java.util.HashMap<>();
        for (Out o : outs) {
            map.put(o.id(), o.html());
            problems.addAll(o.problems());
        }
        return map;
    }
}
