package org.prepbook.packet;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.prepbook.model.Ask;
import org.prepbook.model.Handbook;
import org.prepbook.model.Question;
import org.prepbook.model.Stage;
import org.prepbook.packet.PacketView.AskItem;
import org.prepbook.packet.PacketView.BudgetRow;
import org.prepbook.packet.PacketView.Person;
import org.prepbook.packet.PacketView.Sheet;
import org.prepbook.packet.PacketView.SheetQuestion;
import org.prepbook.packet.PacketView.StoryItem;
import org.prepbook.profile.Profile;
import org.prepbook.profile.Profile.Interview;
import org.prepbook.render.Messages;

/**
 * One interview's sheet: what the stage is for, who is there, the time budget, the likely
 * questions with how each is prepared (the full guidance is in the question guide, once per
 * question, so two interviews that share questions do not print it twice), the stories and asks
 * for it, and the day's checklist, so the sheet and its checklist print together.
 */
final class SheetPlanner {
    private final Handbook handbook;
    private final Messages messages;

    SheetPlanner(Handbook handbook, Messages messages) {
        this.handbook = handbook;
        this.messages = messages;
    }

    /** @param advice where each question's advice is: its guide entry, or its page in the handbook */
    Sheet sheet(Profile p, Interview iv, String anchor, LocalDate today, Dates dates, Function<Question, String> advice) {
        Stage stage = stage(iv.stage());
        List<Prepared> likely = likely(p, iv.stage());
        List<SheetQuestion> questions = likely.stream().map(q -> question(q, advice)).toList();
        long prepared = likely.stream().filter(Prepared::ready).count();
        List<Profile.Story> fitting = p.stories().stream()
                .filter(s -> likely.stream().anyMatch(q -> s.fits(q.question()))).toList();
        List<StoryItem> stories = fitting.stream()
                .map(s -> new StoryItem(PacketPlanner.storyAnchor(p, s), s.title(), s.situation(), s.task(), s.action(), s.result()))
                .toList();
        List<AskItem> asks = p.asks().stream().map(this::ask).filter(a -> a.stages().contains(iv.stage()))
                .map(a -> new AskItem(a.text(), a.why(), messages.text("asks.when." + a.when().key()))).toList();
        boolean phone = iv.stage().equals("phone-screen");
        String salary = p.salary().map(s -> messages.text("packet.sheet.salary", "range", s.range(), "basis", s.basis())).orElse("");
        return new Sheet(anchor, title(iv, dates), dates.dayAndTime(iv.at()), format(iv.format()),
                iv.location().orElse(""), iv.location().isPresent(), stage.goal(), stage.who(),
                iv.interviewers().stream().map(SheetPlanner::person).toList(), budget(iv, stage, today),
                messages.count("packet.sheet.questions", likely.size(), "prepared", prepared), questions,
                readiness(iv, likely, asks.size(), dates), stories, asks, phone, p.research(), !p.research().isEmpty(),
                salary, p.salary().isPresent(),
                messages.text("packet.checklist.title", "stage", stage.title(), "when", dates.shortDayAndTime(iv.at())),
                checklist(iv, stage, dates));
    }

    String title(Interview iv, Dates dates) {
        return messages.text("packet.sheet.title", "stage", stage(iv.stage()).title(), "date", dates.shortDay(iv.at().toLocalDate()));
    }

    /** The likely questions of a stage, in the handbook's order, with how each is prepared. */
    List<Prepared> likely(Profile p, String stageId) {
        List<Prepared> out = new ArrayList<>();
        for (Question q : handbook.questions()) {
            if (q.stages().contains(stageId)) {
                out.add(Prepared.of(p, q));
            }
        }
        return out;
    }

    /** What is left for one interview, in a sentence or two that start with the stage's own title. */
    private String readiness(Interview iv, List<Prepared> likely, int asks, Dates dates) {
        String stage = stage(iv.stage()).title();
        String date = dates.shortDay(iv.at().toLocalDate());
        long ready = likely.stream().filter(Prepared::ready).count();
        long left = likely.size() - ready;
        String questions = left == 0
                ? messages.count("packet.readiness.interviewDone", likely.size(), "stage", stage, "date", date)
                : messages.count("packet.readiness.interview", left, "stage", stage, "date", date, "prepared", ready,
                "likely", likely.size());
        return asks == 0 ? questions + " " + messages.text("packet.readiness.noAsks") : questions;
    }

    private SheetQuestion question(Prepared q, Function<Question, String> advice) {
        String status = q.answer().isPresent() ? messages.text("packet.sheet.status.answer")
                : !q.stories().isEmpty() ? messages.text("packet.sheet.status.story", "title", q.stories().get(0).title())
                : messages.text("packet.sheet.status.todo");
        return new SheetQuestion(q.question().text(), advice.apply(q.question()), q.ready(), status);
    }

    private List<BudgetRow> budget(Interview iv, Stage stage, LocalDate today) {
        long days = ChronoUnit.DAYS.between(today, iv.at().toLocalDate());
        boolean phone = iv.stage().equals("phone-screen");
        return List.of(
                new BudgetRow(messages.text("packet.budget.booked"), messages.count("packet.budget.minutes", iv.minutes())),
                new BudgetRow(messages.text("packet.budget.typical"), stage.length()),
                new BudgetRow(messages.text("packet.budget.answer"),
                        messages.text(phone ? "packet.budget.answerPhone" : "packet.budget.answerOther")),
                new BudgetRow(messages.text("packet.budget.questions"),
                        messages.count("packet.budget.questionsValue", Math.max(5, iv.minutes() / 6))),
                new BudgetRow(messages.text("packet.budget.prepare"), days < 0 ? messages.text("packet.budget.over")
                        : days == 0 ? messages.text("packet.budget.today") : messages.count("packet.budget.days", days)));
    }

    private List<String> checklist(Interview iv, Stage stage, Dates dates) {
        List<String> items = new ArrayList<>();
        items.add(switch (iv.format()) {
            case "phone" -> messages.text("packet.checklist.phone");
            case "in-person" -> iv.location().map(l -> messages.text("packet.checklist.inPersonTo", "location", l))
                    .orElseGet(() -> messages.text("packet.checklist.inPerson"));
            default -> iv.location().map(l -> messages.text("packet.checklist.videoAt", "location", l))
                    .orElseGet(() -> messages.text("packet.checklist.video"));
        });
        items.add(messages.text("packet.checklist.greet", "people", people(iv)));
        items.addAll(stage.tips());
        items.add(messages.text("packet.checklist.thanks",
                "date", dates.shortDay(Dates.workingDayFrom(iv.at().toLocalDate().plusDays(1)))));
        return items;
    }

    /** The interviewers as one list: "Priya Raman (Talent Partner), Sam Lee". */
    String people(Interview iv) {
        return String.join(messages.text("packet.separator"), iv.interviewers().stream()
                .map(x -> x.title().map(t -> messages.text("packet.personWithTitle", "name", x.name(), "title", t))
                        .orElse(x.name())).toList());
    }

    /** An interview format as words: "by phone", "in person". */
    String format(String id) {
        return messages.text("packet.format." + id);
    }

    private static Person person(Profile.Person x) {
        return new Person(x.name(), x.title().orElse(""), x.title().isPresent(), x.email().orElse(""), x.email().isPresent());
    }

    Stage stage(String id) {
        return handbook.stages().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    Ask ask(String id) {
        return handbook.asks().stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
    }
}
