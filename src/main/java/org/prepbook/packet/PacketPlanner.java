package org.prepbook.packet;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.prepbook.diagnostics.Problems;
import org.prepbook.model.Ask;
import org.prepbook.model.BackstoryPrompt;
import org.prepbook.model.EmailTemplate;
import org.prepbook.model.Handbook;
import org.prepbook.model.Question;
import org.prepbook.model.Stage;
import org.prepbook.packet.Drafts.Draft;
import org.prepbook.packet.PacketView.*;
import org.prepbook.profile.Profile.Interview;
import org.prepbook.profile.Profile;
import org.prepbook.render.Messages;

/**
 * Turns a profile and the handbook into the packet's view: everything computed (dates, which
 * questions fit which interview, the readiness score), every Markdown fragment rendered safely.
 * Problems (a Markdown mistake in an answer) are collected, not thrown, so the caller reports them
 * together with the email drafts' problems.
 */
final class PacketPlanner {
    private final Handbook handbook;
    private final SafeMarkdown markdown;
    private final Messages messages;

    PacketPlanner(Handbook handbook, SafeMarkdown markdown, Messages messages) {
        this.handbook = handbook;
        this.markdown = markdown;
        this.messages = messages;
    }

    PacketView plan(Profile p, List<Draft> drafts, LocalDate today, Problems problems) {
        // An answer appears on every sheet where its question is likely: render it, and report its problems, once.
        Map<Profile.Located, String> rendered = new HashMap<>();
        Function<Profile.Located, String> html = a -> rendered.computeIfAbsent(a, x -> markdown.html(x.text(), x.origin(), problems));
        List<Sheet> sheets = new ArrayList<>();
        for (int i = 0; i < p.interviews().size(); i++) {
            sheets.add(sheet(p, p.interviews().get(i), "sheet-" + (i + 1), today, html));
        }
        List<TocEntry> toc = new ArrayList<>(List.of(new TocEntry("timeline", messages.text("packet.toc.timeline"))));
        sheets.forEach(s -> toc.add(new TocEntry(s.anchor(), s.title())));
        for (String anchor : List.of("backstory", "concerns", "strengths", "emails", "readiness", "checklist")) {
            toc.add(new TocEntry(anchor, messages.text("packet.toc." + anchor)));
        }
        return new PacketView("en", messages.text("packet.title", "name", p.candidate().name()), "", false,
                cover(p), toc, timeline(p, drafts), sheets, backstory(p, html), concerns(p), strengths(p),
                stories(p.stories()), emails(drafts, problems), readiness(p), checklist(p, drafts),
                messages.text("packet.generatedFor", "name", p.candidate().name(), "role", p.target().role(),
                        "company", p.target().company()));
    }

    private Cover cover(Profile p) {
        List<CoverInterview> ivs = new ArrayList<>();
        for (int i = 0; i < p.interviews().size(); i++) {
            Interview iv = p.interviews().get(i);
            ivs.add(new CoverInterview("sheet-" + (i + 1), Dates.dayAndTime(iv.at()), stage(iv.stage()).title(), iv.format(),
                    String.join(", ", iv.interviewers().stream().map(Profile.Person::name).toList())));
        }
        return new Cover(p.candidate().name(), p.candidate().email(), p.candidate().phone().orElse(""),
                p.candidate().phone().isPresent(), p.target().role(), p.target().company(), p.target().level().orElse(""),
                p.target().level().isPresent(), ivs);
    }

    private List<TimelineRow> timeline(Profile p, List<Draft> drafts) {
        record Row(LocalDate on, int order, TimelineRow row) {
        }
        List<Row> rows = new ArrayList<>();
        for (Interview iv : p.interviews()) {
            rows.add(new Row(iv.at().toLocalDate(), 0, new TimelineRow(Dates.shortDay(iv.at().toLocalDate()),
                    messages.text("packet.timeline.interview", "stage", stage(iv.stage()).title(), "time", iv.at().toLocalTime()),
                    messages.text("packet.timeline.interviewDetail", "minutes", iv.minutes(), "format", iv.format()), "interview")));
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
                    ? messages.text("packet.timeline.dueSameDay", "date", Dates.shortDay(d.sendOn().plusDays(1)))
                    : when.description();
            String to = String.join(", ", group.stream().map(x -> x.to().name()).toList());
            rows.add(new Row(d.sendOn(), 1, new TimelineRow(Dates.shortDay(d.sendOn()),
                    messages.text("packet.timeline.send", "title", d.template().title(), "to", to), detail, "email")));
        }
        p.decisionDate().ifPresent(d -> rows.add(new Row(d, 0, new TimelineRow(Dates.shortDay(d), messages.text("packet.timeline.decision"), "", "decision"))));
        rows.sort(java.util.Comparator.comparing(Row::on).thenComparingInt(Row::order));
        return rows.stream().map(Row::row).toList();
    }

    private Sheet sheet(Profile p, Interview iv, String anchor, LocalDate today, Function<Profile.Located, String> html) {
        Stage stage = stage(iv.stage());
        List<Question> likely = likely(iv.stage());
        List<QuestionItem> questions = new ArrayList<>();
        int prepared = 0;
        for (Question q : likely) {
            Optional<Profile.Located> answer = Optional.ofNullable(p.answers().get(q.id()));
            prepared += answer.isPresent() ? 1 : 0;
            questions.add(new QuestionItem(q.text(), q.intent(), answer.isPresent(),
                    answer.map(html).orElse(""),
                    p.stories().stream().filter(s -> s.questions().contains(q.id())).map(Profile.Story::title).toList()));
        }
        List<Profile.Story> fitting = p.stories().stream()
                .filter(s -> s.questions().stream().anyMatch(id -> likely.stream().anyMatch(q -> q.id().equals(id)))).toList();
        List<AskItem> asks = p.asks().stream().map(this::ask).filter(a -> a.stages().contains(iv.stage()))
                .map(a -> new AskItem(a.text(), a.why(), messages.text("asks.when." + a.when().key()))).toList();
        long days = ChronoUnit.DAYS.between(today, iv.at().toLocalDate());
        List<BudgetRow> budget = List.of(
                new BudgetRow(messages.text("packet.budget.booked"),
                        messages.text("packet.budget.bookedValue", "minutes", iv.minutes(), "length", stage.length())),
                new BudgetRow(messages.text("packet.budget.answer"),
                        messages.text(iv.stage().equals("phone-screen") ? "packet.budget.answerPhone" : "packet.budget.answerOther")),
                new BudgetRow(messages.text("packet.budget.questions"),
                        messages.text("packet.budget.questionsValue", "minutes", Math.max(5, iv.minutes() / 6))),
                new BudgetRow(messages.text("packet.budget.prepare"), days < 0 ? messages.text("packet.budget.over")
                        : days == 0 ? messages.text("packet.budget.today")
                        : messages.count("packet.budget.days", days, "left", likely.size() - prepared)));
        List<Person> people = iv.interviewers().stream().map(PacketPlanner::person).toList();
        boolean phone = iv.stage().equals("phone-screen");
        return new Sheet(anchor, messages.text("packet.sheet.title", "stage", stage.title(), "date", Dates.shortDay(iv.at().toLocalDate())),
                Dates.dayAndTime(iv.at()),
                iv.format(), iv.location().orElse(""), iv.location().isPresent(), stage.goal(), stage.who(), stage.length(),
                people, budget, questions, prepared, stories(fitting), asks, phone, p.research(), !p.research().isEmpty(),
                p.salary().map(Profile.Salary::range).orElse(""), p.salary().map(Profile.Salary::basis).orElse(""),
                p.salary().isPresent());
    }

    private List<BackstoryItem> backstory(Profile p, Function<Profile.Located, String> html) {
        List<BackstoryItem> out = new ArrayList<>();
        for (BackstoryPrompt prompt : handbook.backstory()) {
            Optional<Profile.Located> a = Optional.ofNullable(p.backstory().get(prompt.id()));
            out.add(new BackstoryItem(prompt.prompt(), prompt.theme(), a.isPresent(),
                    a.map(html).orElse("")));
        }
        return out;
    }

    private static List<ConcernItem> concerns(Profile p) {
        return p.concerns().stream().map(c -> new ConcernItem(c.concern(), c.counter())).toList();
    }

    private static List<StrengthItem> strengths(Profile p) {
        return p.strengths().stream().map(s -> new StrengthItem(s.name(), s.evidence())).toList();
    }

    private static List<StoryItem> stories(List<Profile.Story> stories) {
        return stories.stream().map(s -> new StoryItem(s.title(), s.situation(), s.task(), s.action(), s.result())).toList();
    }

    private List<EmailDraft> emails(List<Draft> drafts, Problems problems) {
        List<EmailDraft> out = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            String when = d.sendOn() == null ? d.template().when().description() : Dates.day(d.sendOn());
            out.add(new EmailDraft("email-" + (i + 1), d.template().title(), d.to().name(), d.to().email().orElse(""),
                    d.to().email().isPresent(), when, d.subject(),
                    markdown.html(d.bodyMarkdown(), new org.prepbook.model.Origin(d.template().body().path(),
                            d.template().body().line() + 1, 1), problems)));
        }
        return out;
    }

    private Readiness readiness(Profile p) {
        Map<String, Question> likely = new LinkedHashMap<>();
        Map<String, String> firstStage = new LinkedHashMap<>();
        for (Interview iv : p.interviews()) {
            for (Question q : likely(iv.stage())) {
                likely.putIfAbsent(q.id(), q);
                firstStage.putIfAbsent(q.id(), stage(iv.stage()).title());
            }
        }
        int prepared = (int) likely.keySet().stream().filter(p.answers()::containsKey).count();
        int percent = likely.isEmpty() ? 100 : Math.round(100f * prepared / likely.size());
        List<String> next = new ArrayList<>();
        likely.values().stream().filter(q -> !p.answers().containsKey(q.id())).limit(3)
                .forEach(q -> next.add(messages.text("packet.next.answer", "question", q.text(), "stage", firstStage.get(q.id()))));
        if (p.stories().size() < 3) {
            next.add(messages.text("packet.next.stories", "count", 3 - p.stories().size()));
        }
        if (p.asks().isEmpty()) {
            next.add(messages.text("packet.next.asks"));
        }
        if (p.interviews().stream().anyMatch(iv -> iv.stage().equals("phone-screen")) && p.salary().isEmpty()) {
            next.add(messages.text("packet.next.salary"));
        }
        long unanswered = handbook.backstory().stream().filter(b -> !p.backstory().containsKey(b.id())).count();
        if (unanswered > 0) {
            next.add(messages.text("packet.next.backstory", "count", unanswered));
        }
        if (next.isEmpty()) {
            next.add(messages.text("packet.next.done"));
        }
        return new Readiness(percent, prepared, likely.size(), next);
    }

    private List<ChecklistDay> checklist(Profile p, List<Draft> drafts) {
        List<ChecklistDay> days = new ArrayList<>();
        for (Interview iv : p.interviews()) {
            List<String> items = new ArrayList<>();
            items.add(switch (iv.format()) {
                case "phone" -> messages.text("packet.checklist.phone");
                case "in-person" -> messages.text("packet.checklist.inPerson", "to",
                        iv.location().map(l -> messages.text("packet.checklist.inPersonTo", "location", l)).orElse(""));
                default -> messages.text("packet.checklist.video", "where",
                        iv.location().map(l -> messages.text("packet.checklist.videoWhere", "location", l)).orElse(""));
            });
            items.add(messages.text("packet.checklist.greet", "people", String.join(", ", iv.interviewers().stream()
                    .map(x -> x.title().map(t -> messages.text("packet.checklist.personWithTitle", "name", x.name(), "title", t))
                            .orElseGet(() -> messages.text("packet.checklist.person", "name", x.name()))).toList())));
            items.addAll(stage(iv.stage()).tips());
            items.add(messages.text("packet.checklist.thanks", "date", Dates.shortDay(iv.at().toLocalDate().plusDays(1))));
            days.add(new ChecklistDay(messages.text("packet.checklist.title", "stage", stage(iv.stage()).title(),
                    "when", Dates.dayAndTime(iv.at())), items));
        }
        return days;
    }

    private static Person person(Profile.Person x) {
        return new Person(x.name(), x.title().orElse(""), x.title().isPresent(), x.email().orElse(""), x.email().isPresent());
    }

    private List<Question> likely(String stageId) {
        return handbook.questions().stream().filter(q -> q.stages().contains(stageId)).toList();
    }

    private Stage stage(String id) {
        return handbook.stages().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    private Ask ask(String id) {
        return handbook.asks().stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
    }
}
