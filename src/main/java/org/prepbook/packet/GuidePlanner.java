package org.prepbook.packet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.prepbook.diagnostics.Problems;
import org.prepbook.model.Handbook;
import org.prepbook.model.Question;
import org.prepbook.packet.PacketView.GuideEntry;
import org.prepbook.packet.PacketView.StoryRef;
import org.prepbook.profile.Profile;
import org.prepbook.profile.Profile.Interview;
import org.prepbook.render.Messages;
import org.prepbook.route.Routes;

/**
 * The question guide: every question likely at one of the student's interviews, once, with what
 * the handbook says about it (what they want to know, how to answer, pitfalls, its permalink) and
 * what the student has for it (their answer, the stories that fit), or room to write one.
 *
 * <p>A packet is printed, so the guide holds what the student will use: every question they have
 * prepared (an answer, or a story that fits it), and the first {@value #TO_PREPARE} of those still to
 * prepare at each interview, in the order the handbook lists them. A handbook of sixty questions
 * would otherwise print sixty pages of advice for a hiring-manager interview; the sheets link the
 * rest to their pages in the handbook.
 *
 * <p>The handbook's guidance is rendered once per theme, not per packet: it is the same in every
 * packet of a cohort. Its links are root-absolute in the content ({@code /stages/phone-screen/}),
 * which means nothing on paper or in a saved file, so they point at the handbook's own address.
 */
final class GuidePlanner {
    /** Questions still to prepare given in full per interview; the others are a link away. */
    static final int TO_PREPARE = 5;
    private final Messages messages;
    private final SheetPlanner sheets;
    private final String base;
    private final Map<String, String> guidance = new LinkedHashMap<>();

    GuidePlanner(Handbook handbook, SafeMarkdown markdown, Messages messages, SheetPlanner sheets) {
        this.messages = messages;
        this.sheets = sheets;
        this.base = handbook.site().baseUrl().endsWith("/") ? handbook.site().baseUrl() : handbook.site().baseUrl() + "/";
        Problems problems = new Problems();
        for (Question q : handbook.questions()) {
            guidance.put(q.id(), markdown.handbookHtml(q.guidance(), base, problems));
        }
        // The site build reports the same problems with the same locations; a packet cannot print broken guidance.
        problems.throwIfAny();
    }

    static String anchor(Question q) {
        return "q-" + q.id();
    }

    /** The ids of the questions the guide gives in full, as the class comment says. */
    Set<String> selected(Profile p) {
        Set<String> in = new LinkedHashSet<>();
        for (Interview iv : p.interviews()) {
            int toPrepare = 0;
            for (Prepared q : sheets.likely(p, iv.stage())) {
                if (q.ready()) {
                    in.add(q.question().id());
                } else if (toPrepare < TO_PREPARE && in.add(q.question().id())) {
                    toPrepare++;
                }
            }
        }
        return in;
    }

    /** Where a question's advice is: its guide entry if the guide has one, else its handbook page. */
    String href(Question q, Set<String> selected) {
        return selected.contains(q.id()) ? "#" + anchor(q) : link(q);
    }

    private String link(Question q) {
        return base + Routes.root().question(q.id()).substring(1);
    }

    /** The entries, ordered by the first interview each question is likely at, then as the handbook lists them. */
    List<GuideEntry> guide(Profile p, Set<String> selected, Function<Profile.Located, String> html) {
        Map<String, Prepared> likely = new LinkedHashMap<>();
        Map<String, List<String>> stages = new LinkedHashMap<>();
        for (Interview iv : p.interviews()) {
            String title = sheets.stage(iv.stage()).title();
            for (Prepared q : sheets.likely(p, iv.stage())) {
                if (!selected.contains(q.question().id())) {
                    continue;
                }
                likely.putIfAbsent(q.question().id(), q);
                List<String> at = stages.computeIfAbsent(q.question().id(), k -> new ArrayList<>());
                if (!at.contains(title)) {
                    at.add(title);
                }
            }
        }
        List<GuideEntry> out = new ArrayList<>();
        for (Prepared q : likely.values()) {
            Question question = q.question();
            List<StoryRef> stories = new ArrayList<>();
            for (int i = 0; i < q.stories().size(); i++) {
                Profile.Story s = q.stories().get(i);
                stories.add(new StoryRef(PacketPlanner.storyAnchor(p, s), s.title(),
                        i + 1 < q.stories().size() ? messages.text("packet.separator") : ""));
            }
            out.add(new GuideEntry(anchor(question), question.text(),
                    messages.text("packet.guide.likelyAt", "stages",
                            String.join(messages.text("packet.separator"), stages.get(question.id()))),
                    question.intent(), guidance.get(question.id()), question.pitfalls(), !question.pitfalls().isEmpty(),
                    q.ready(), q.answer().map(html).orElse(""), q.answer().isPresent(), stories, !stories.isEmpty(),
                    link(question)));
        }
        return out;
    }
}
