package org.prepbook.packet;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.function.Function;
import org.prepbook.diagnostics.Problems;
import org.prepbook.model.BackstoryPrompt;
import org.prepbook.model.EmailTemplate;
import org.prepbook.model.Handbook;
import org.prepbook.model.Origin;
import org.prepbook.packet.Drafts.Draft;
import org.prepbook.packet.PacketView.*;
import org.prepbook.profile.Profile;
import org.prepbook.profile.Profile.Interview;
import org.prepbook.render.Messages;

/**
 * Turns a profile and the handbook into the packet's view: everything computed (dates, which
 * questions fit which interview, what is still to prepare), every Markdown fragment rendered safely.
 * Problems (a Markdown mistake in an answer) are collected, not thrown, so the caller reports them
 * together with the email drafts' problems.
 */
final class PacketPlanner {
    private final Handbook handbook;
    private final SafeMarkdown markdown;
    private final Messages messages;
    private final SheetPlanner sheets;
    private final GuidePlanner guide;

    PacketPlanner(Handbook handbook, SafeMarkdown markdown, Messages messages) {
        this.handbook = handbook;
        this.markdown = markdown;
        this.messages = messages;
        this.sheets = new SheetPlanner(handbook, messages);
        this.guide = new GuidePlanner(handbook, markdown, messages, sheets);
    }

    /** How this packet prints dates: the handbook's language (the profile's region), the profile's zone. */
    Dates dates(Profile p) {
        return Dates.of(p, handbook.site().language());
    }

    PacketView plan(Profile p, List<Draft> drafts, LocalDate today, Problems problems) {
        Dates dates = dates(p);
        // An answer may appear in the guide and in an email: render it, and report its problems, once.
        Map<Profile.Located, String> rendered = new HashMap<>();
        Function<Profile.Located, String> html = a -> rendered.computeIfAbsent(a, x -> markdown.html(x.text(), x.origin(), problems));
        Set<String> inGuide = guide.selected(p);
        List<Sheet> sheetViews = new ArrayList<>();
        for (int i = 0; i < p.interviews().size(); i++) {
            sheetViews.add(sheets.sheet(p, p.interviews().get(i), sheetAnchor(i), today, dates, q -> guide.href(q, inGuide)));
        }
        List<GuideEntry> entries = guide.guide(p, inGuide, html);
        List<TocEntry> toc = new ArrayList<>();
        toc.add(new TocEntry("summary", messages.text("packet.toc.summary")));
        toc.add(new TocEntry("timeline", messages.text("packet.toc.timeline")));
        sheetViews.forEach(s -> toc.add(new TocEntry(s.anchor(), s.title())));
        for (String anchor : List.of("guide", "backstory", "concerns", "strengths", "emails", "readiness")) {
            toc.add(new TocEntry(anchor, messages.text("packet.toc." + anchor)));
        }
        return new PacketView(handbook.site().language(), messages.text("packet.title", "name", p.candidate().name()), "",
                false, cover(p, dates), toc, summary(p, sheetViews), timeline(p, drafts, dates), sheetViews, entries,
                backstory(p, html), concerns(p), strengths(p), stories(p), emails(drafts, dates, problems),
                readiness(p, sheetViews), messages.text("packet.generatedFor", "name", p.candidate().name(),
                "role", p.target().role(), "company", p.target().company()));
    }

    static String sheetAnchor(int index) {
        return "sheet-" + (index + 1);
    }

    static String storyAnchor(Profile p, Profile.Story s) {
        return "story-" + (p.stories().indexOf(s) + 1);
    }

    private String target(Profile p) {
        return p.target().level()
                .map(l -> messages.text("packet.targetWithLevel", "role", p.target().role(), "level", l, "company", p.target().company()))
                .orElseGet(() -> messages.text("packet.target", "role", p.target().role(), "company", p.target().company()));
    }

    private Cover cover(Profile p, Dates dates) {
        List<CoverInterview> ivs = new ArrayList<>();
        for (int i = 0; i < p.interviews().size(); i++) {
            Interview iv = p.interviews().get(i);
            ivs.add(new CoverInterview(sheetAnchor(i), sheets.stage(iv.stage()).title(), messages.text("packet.aheadItem",
                    "when", dates.dayAndTime(iv.at()), "format", sheets.format(iv.format()), "people", sheets.people(iv))));
        }
        return new Cover(p.candidate().name(), p.candidate().email(), p.candidate().phone().orElse(""),
                p.candidate().phone().isPresent(), target(p), ivs,
                messages.text("packet.zoneNote", "zoneName", dates.zoneName(), "zoneId", dates.zone().getId()));
    }

    private Summary summary(Profile p, List<Sheet> sheetViews) {
        List<SummaryInterview> ivs = new ArrayList<>();
        for (int i = 0; i < p.interviews().size(); i++) {
            Interview iv = p.interviews().get(i);
            Sheet s = sheetViews.get(i);
            String where = iv.location().map(l -> messages.text("packet.summary.detailAt", "when", s.when(),
                    "format", s.format(), "location", l))
                    .orElseGet(() -> messages.text("packet.summary.detail", "when", s.when(), "format", s.format()));
            List<String> asks = s.asks().stream().map(AskItem::text).toList();
            ivs.add(new SummaryInterview(s.anchor(), sheets.stage(iv.stage()).title(), where, sheets.people(iv),
                    s.readiness(), asks, !asks.isEmpty()));
        }
        List<String> strengths = p.strengths().stream().map(Profile.Strength::name).toList();
        List<String> stories = p.stories().stream()
                .map(s -> messages.text("packet.summary.story", "title", s.title(), "result", s.result())).toList();
        List<ConcernItem> concerns = concerns(p);
        return new Summary(ivs, strengths, !strengths.isEmpty(), stories, !stories.isEmpty(), concerns, !concerns.isEmpty());
    }

    private List<TimelineRow> timeline(Profile p, List<Draft> drafts, Dates dates) {
        record Row(LocalDate on, int order, TimelineRow row) {
        }
        List<Row> rows = new ArrayList<>();
        for (Interview iv : p.interviews()) {
            rows.add(new Row(iv.at().toLocalDate(), 0, new TimelineRow(dates.shortDay(iv.at().toLocalDate()),
                    messages.text("packet.timeline.interview", "stage", sheets.stage(iv.stage()).title(), "time", dates.time(iv.at())),
                    messages.count("packet.timeline.interviewDetail", iv.minutes(), "format", sheets.format(iv.format())),
                    "interview")));
        }
        // One row per template and day, not per recipient: the timeline says what to do when.
        Map<String, List<Draft>> byTemplateAndDay = new LinkedHashMap<>();
        for (Draft d : drafts) {
            if (d.sendOn() != null) {
                byTemplateAndDay.computeIfAbsent(d.template().id() + " " + d.sendOn(), k -> new ArrayList<>()).add(d);
            }
        }
        for (List<Draft> group : byTemplateAndDay.values()) {
            Draft d = group.get(0);
            EmailTemplate.SendTime when = d.template().when();
            String detail = when.anchor() == EmailTemplate.Anchor.INTERVIEW && when.days() == 0
                    ? messages.text("packet.timeline.dueSameDay", "date", dates.shortDay(Dates.workingDayFrom(d.sendOn().plusDays(1))))
                    : when.description();
            String to = String.join(messages.text("packet.separator"), group.stream().map(x -> x.to().name()).toList());
            rows.add(new Row(d.sendOn(), 1, new TimelineRow(dates.shortDay(d.sendOn()),
                    messages.text("packet.timeline.send", "title", d.template().title(), "to", to), detail, "email")));
        }
        p.decisionDate().ifPresent(d -> rows.add(new Row(d, 0,
                new TimelineRow(dates.shortDay(d), messages.text("packet.timeline.decision"), "", "decision"))));
        rows.sort(Comparator.comparing(Row::on).thenComparingInt(Row::order));
        return rows.stream().map(Row::row).toList();
    }

    private List<BackstoryItem> backstory(Profile p, Function<Profile.Located, String> html) {
        List<BackstoryItem> out = new ArrayList<>();
        for (BackstoryPrompt prompt : handbook.backstory()) {
            Optional<Profile.Located> a = Optional.ofNullable(p.backstory().get(prompt.id()));
            out.add(new BackstoryItem(prompt.prompt(), prompt.theme(), a.isPresent(), a.map(html).orElse("")));
        }
        return out;
    }

    private static List<ConcernItem> concerns(Profile p) {
        return p.concerns().stream().map(c -> new ConcernItem(c.concern(), c.counter())).toList();
    }

    private static List<StrengthItem> strengths(Profile p) {
        return p.strengths().stream().map(s -> new StrengthItem(s.name(), s.evidence())).toList();
    }

    private static List<StoryItem> stories(Profile p) {
        return p.stories().stream().map(s -> new StoryItem(storyAnchor(p, s), s.title(), s.situation(), s.task(), s.action(),
                s.result())).toList();
    }

    private List<EmailDraft> emails(List<Draft> drafts, Dates dates, Problems problems) {
        List<EmailDraft> out = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            String when = d.sendOn() == null ? d.template().when().description() : dates.day(d.sendOn());
            out.add(new EmailDraft("email-" + (i + 1), d.template().title(), d.to().name(), d.to().email().orElse(""),
                    d.to().email().isPresent(), when, d.subject(),
                    markdown.html(d.bodyMarkdown(), new Origin(d.template().body().path(),
                            d.template().body().line() + 1, 1), problems)));
        }
        return out;
    }

    private Readiness readiness(Profile p, List<Sheet> sheetViews) {
        Map<String, Prepared> likely = new LinkedHashMap<>();
        Map<String, String> firstStage = new LinkedHashMap<>();
        for (Interview iv : p.interviews()) {
            for (Prepared q : sheets.likely(p, iv.stage())) {
                likely.putIfAbsent(q.question().id(), q);
                firstStage.putIfAbsent(q.question().id(), sheets.stage(iv.stage()).title());
            }
        }
        int prepared = (int) likely.values().stream().filter(Prepared::ready).count();
        int percent = likely.isEmpty() ? 100 : Math.round(100f * prepared / likely.size());
        List<String> next = new ArrayList<>();
        likely.values().stream().filter(q -> !q.ready()).limit(3).forEach(q -> next.add(messages.text("packet.next.answer",
                "question", q.question().text(), "stage", firstStage.get(q.question().id()))));
        if (p.stories().size() < 3) {
            next.add(messages.count("packet.next.stories", 3 - p.stories().size()));
        }
        if (p.asks().isEmpty()) {
            next.add(messages.text("packet.next.asks"));
        }
        if (p.interviews().stream().anyMatch(iv -> iv.stage().equals("phone-screen")) && p.salary().isEmpty()) {
            next.add(messages.text("packet.next.salary"));
        }
        long unanswered = handbook.backstory().stream().filter(b -> !p.backstory().containsKey(b.id())).count();
        if (unanswered > 0) {
            next.add(messages.count("packet.next.backstory", unanswered));
        }
        if (next.isEmpty()) {
            next.add(messages.text("packet.next.done"));
        }
        return new Readiness(percent, prepared, likely.size(), sheetViews.stream().map(Sheet::readiness).toList(), next);
    }
}
