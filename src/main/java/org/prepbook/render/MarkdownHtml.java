package org.prepbook.render;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.jsoup.nodes.Entities;
import org.prepbook.diagnostics.Problem;
import org.prepbook.diagnostics.Problems;
import org.prepbook.markdown.Fragment;
import org.prepbook.markdown.Markdown;
import org.prepbook.model.EmailTemplate;
import org.prepbook.model.EmailVariable;
import org.prepbook.model.Handbook;
import org.prepbook.model.MarkdownText;
import org.prepbook.model.Placeholders;

/**
 * Every Markdown fragment of the handbook rendered once, up front, because one question's guidance
 * appears on several pages (and in search, and in the link check), and because a Markdown problem
 * must fail the build before any page is written. Looked up by the model's own {@link MarkdownText},
 * so a page reads the fragment of exactly the field it shows.
 */
public final class MarkdownHtml {
    private final Map<MarkdownText, Fragment> fragments;
    private final PlaceholderMarks marks;

    private MarkdownHtml(Map<MarkdownText, Fragment> fragments, PlaceholderMarks marks) {
        this.fragments = Collections.unmodifiableMap(fragments);
        this.marks = marks;
    }

    /** @param messages the theme's: a placeholder shows its variable's label ({@code email.variables.<key>}) */
    public static MarkdownHtml render(Handbook handbook, Markdown markdown, Messages messages, Problems problems) {
        PlaceholderMarks marks = PlaceholderMarks.of(messages);
        record Job(MarkdownText text, UnaryOperator<String> marks) {
        }
        List<Job> jobs = new ArrayList<>();
        jobs.add(new Job(handbook.site().intro(), null));
        handbook.stages().forEach(s -> jobs.add(new Job(s.body(), null)));
        handbook.questions().forEach(q -> jobs.add(new Job(q.guidance(), null)));
        handbook.emails().forEach(e -> jobs.add(new Job(e.body(), marks)));
        handbook.pages().forEach(p -> jobs.add(new Job(p.body(), null)));
        record Out(MarkdownText text, Fragment fragment, List<Problem> problems) {
        }
        List<Out> outs = jobs.parallelStream().map(job -> {
            Problems own = new Problems();
            return new Out(job.text(), markdown.render(job.text(), job.marks(), own), own.list());
        }).toList();
        Map<MarkdownText, Fragment> fragments = new LinkedHashMap<>();
        for (Out o : outs) {
            fragments.put(o.text(), o.fragment());
            problems.addAll(o.problems());
        }
        return new MarkdownHtml(fragments, marks);
    }

    /** The fragment rendered from {@code text}, which must be one of the handbook's. */
    public Fragment of(MarkdownText text) {
        Fragment fragment = fragments.get(text);
        if (fragment == null) {
            throw new IllegalArgumentException("not rendered: Markdown at " + text.path() + ":" + text.line());
        }
        return fragment;
    }

    /** Every fragment, in the handbook's order: intro, stages, questions, emails, pages. */
    public Collection<Fragment> all() {
        return fragments.values();
    }

    /** An email's subject as HTML, its placeholders marked as in the body. */
    public String subject(EmailTemplate email) {
        return marks.apply(Entities.escape(email.subject()));
    }

    /** An email's subject as plain text, each placeholder its label in brackets. */
    public String subjectText(EmailTemplate email) {
        return Placeholders.replace(email.subject(), v -> EmailText.bracketed(label(v)));
    }

    /** An email's body as plain text with its line breaks, each placeholder its label in brackets. */
    public String bodyText(EmailTemplate email) {
        return EmailText.of(of(email.body()).html());
    }

    /** The whole email as a reader copies it: the subject line, a blank line, the body. */
    String copyText(EmailTemplate email, String subjectLabel) {
        return subjectLabel + " " + subjectText(email) + "\n\n" + bodyText(email);
    }

    /** The words Markdown writes into a page, in the theme's language. */
    public static Markdown.Labels labels(Messages messages) {
        return new Markdown.Labels(messages.text("markdown.contents"), messages.text("markdown.sectionLink"));
    }

    /** The label the theme gives {@code variable}, as a reader sees it in an email's place. */
    public String label(EmailVariable variable) {
        return marks.labels().get(variable);
    }

    /**
     * Marks each placeholder with its label and a title naming the variable. A record, so that two
     * builds with the same messages give equal marks, and {@code serve}'s fragment cache, which is
     * keyed on them, hits.
     */
    record PlaceholderMarks(Map<EmailVariable, String> labels, Map<EmailVariable, String> titles)
            implements UnaryOperator<String> {
        static PlaceholderMarks of(Messages messages) {
            Map<EmailVariable, String> labels = new EnumMap<>(EmailVariable.class);
            Map<EmailVariable, String> titles = new EnumMap<>(EmailVariable.class);
            for (EmailVariable v : EmailVariable.values()) {
                labels.put(v, messages.text("email.variables." + v.key()));
                titles.put(v, messages.text("email.placeholderTitle", "key", v.key()));
            }
            return new PlaceholderMarks(labels, titles);
        }

        @Override
        public String apply(String html) {
            return Placeholders.replace(html, v -> "<mark class=\"placeholder\" title=\"" + Entities.escape(titles.get(v))
                    + "\">" + Entities.escape(labels.get(v)) + "</mark>");
        }
    }
}
