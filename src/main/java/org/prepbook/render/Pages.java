package org.prepbook.render;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.prepbook.model.Ask;
import org.prepbook.model.BackstoryPrompt;
import org.prepbook.model.Category;
import org.prepbook.model.EmailTemplate;
import org.prepbook.model.Handbook;
import org.prepbook.model.Page;
import org.prepbook.model.Placeholders;
import org.prepbook.model.Question;
import org.prepbook.model.Stage;
import org.prepbook.render.view.AskCard;
import org.prepbook.render.view.AskGroup;
import org.prepbook.render.view.AsksView;
import org.prepbook.render.view.BackstoryCard;
import org.prepbook.render.view.BackstoryView;
import org.prepbook.render.view.BankView;
import org.prepbook.render.view.CategoryGroup;
import org.prepbook.render.view.Choice;
import org.prepbook.render.view.EmailCard;
import org.prepbook.render.view.EmailView;
import org.prepbook.render.view.EmailsView;
import org.prepbook.render.view.HomeView;
import org.prepbook.render.view.Journey;
import org.prepbook.render.view.JourneyStep;
import org.prepbook.render.view.Link;
import org.prepbook.render.view.PageView;
import org.prepbook.render.view.ProfileFormView;
import org.prepbook.render.view.Placeholder;
import org.prepbook.render.view.QuestionCard;
import org.prepbook.render.view.QuestionView;
import org.prepbook.render.view.SearchView;
import org.prepbook.render.view.SectionCard;
import org.prepbook.render.view.StageCard;
import org.prepbook.render.view.StageView;
import org.prepbook.render.view.StagesView;
import org.prepbook.route.Routes;
import org.prepbook.route.Section;

/**
 * Plans the site: turns the handbook into the list of pages to render, each with the flat view its
 * template receives. No HTML is produced here except what Markdown already rendered.
 */
public final class Pages {
    private final Handbook handbook;
    private final MarkdownHtml html;
    private final Routes routes;
    private final Messages messages;
    private final Map<Ask.Timing, String> timings = new EnumMap<>(Ask.Timing.class);
    private final Map<String, Stage> stagesById = new LinkedHashMap<>();
    private final Map<String, Category> categoriesById = new LinkedHashMap<>();
    private final Link home;

    private Pages(Handbook handbook, MarkdownHtml html, Messages messages) {
        this.handbook = handbook;
        this.html = html;
        this.routes = Routes.root();
        this.messages = messages;
        for (Ask.Timing t : Ask.Timing.values()) {
            timings.put(t, messages.text("asks.when." + t.key()));
        }
        handbook.stages().forEach(s -> stagesById.put(s.id(), s));
        handbook.site().categories().forEach(c -> categoriesById.put(c.id(), c));
        this.home = new Link(routes.home(), messages.text("nav.home"), false);
    }

    /** The pages of {@code handbook}, their text in the language of {@code messages}. */
    public static List<PageJob> plan(Handbook handbook, MarkdownHtml html, Messages messages) {
        return new Pages(handbook, html, messages).plan();
    }

    private List<PageJob> plan() {
        List<PageJob> jobs = new ArrayList<>();
        Journey journey = journey();
        List<StageCard> stageCards = handbook.stages().stream().map(this::stageCard).toList();
        jobs.add(new PageJob(routes.home(), "home", new HomeView(handbook.site().title(), handbook.site().description(),
                html.of(handbook.site().intro()).html(), journey, stageCards, sections(), pageLinks()), handbook.site().title(),
                handbook.site().description(), List.of(), handbook.site().origin()));
        Link stagesCrumb = new Link(routes.section(Section.STAGES), messages.text("stages.crumb"), false);
        String stagesTitle = messages.text("stages.title");
        jobs.add(new PageJob(routes.section(Section.STAGES), "stages", new StagesView(stagesTitle, journey, stageCards),
                stagesTitle, messages.text("stages.description"), List.of(home), handbook.site().origin()));
        for (int i = 0; i < handbook.stages().size(); i++) {
            jobs.add(stagePage(i, List.of(home, stagesCrumb)));
        }

        String bankTitle = messages.text("questions.title");
        Link bank = new Link(routes.section(Section.QUESTIONS), bankTitle, false);
        jobs.add(bankPage(routes.section(Section.QUESTIONS), bankTitle, handbook.questions(), "", List.of(home)));
        for (Stage s : handbook.stages()) {
            List<Question> atStage = questionsAt(s.id());
            jobs.add(bankPage(routes.questionsAt(s.id()), messages.text("questions.stage.title", "stage", s.shortTitle()),
                    atStage, s.id(), List.of(home, bank)));
        }
        for (Question q : handbook.questions()) {
            Category c = categoriesById.get(q.category());
            jobs.add(new PageJob(routes.question(q.id()), "question", new QuestionView(questionCard(q), c.title(), routes.section(Section.QUESTIONS)),
                    q.text(), q.intent(), List.of(home, bank), q.origin()));
        }
        jobs.add(asksPage());
        String backstoryTitle = messages.text("backstory.title");
        jobs.add(new PageJob(routes.section(Section.BACKSTORY), "backstory", new BackstoryView(backstoryTitle,
                handbook.backstory().stream().map(this::backstoryCard).toList()), backstoryTitle,
                messages.text("backstory.description"), List.of(home), handbook.site().origin()));

        String emailsTitle = messages.text("emails.title");
        Link emails = new Link(routes.section(Section.EMAILS), emailsTitle, false);
        jobs.add(new PageJob(routes.section(Section.EMAILS), "emails", new EmailsView(emailsTitle,
                handbook.emails().stream().map(e -> new EmailCard(routes.email(e.id()), e.title(), e.purpose(),
                        e.when().description())).toList()), emailsTitle,
                messages.text("emails.description"), List.of(home), handbook.site().origin()));
        for (EmailTemplate e : handbook.emails()) {
            jobs.add(emailPage(e, List.of(home, emails)));
        }
        jobs.add(searchPage());
        jobs.add(profileFormPage());
        for (Page p : handbook.pages()) {
            jobs.add(new PageJob(routes.page(p.slug()), "page", new PageView(p.title(), p.description(), html.of(p.body()).html()),
                    p.title(), p.description(), List.of(home), p.origin()));
        }
        return jobs;
    }

    private PageJob stagePage(int index, List<Link> crumbs) {
        List<Stage> stages = handbook.stages();
        Stage s = stages.get(index);
        List<Link> previous = index == 0 ? List.of() : List.of(stageLink(stages.get(index - 1), false));
        List<Link> next = index == stages.size() - 1 ? List.of() : List.of(stageLink(stages.get(index + 1), false));
        List<Link> steps = stages.stream().map(o -> stageLink(o, o == s)).toList();
        List<QuestionCard> questions = questionsAt(s.id()).stream().map(this::questionCard).toList();
        List<AskCard> asks = handbook.asks().stream().filter(a -> a.stages().contains(s.id())).map(this::askCard).toList();
        StageView view = new StageView(s.title(), index + 1, stages.size(), s.goal(), s.who(), s.length(), s.mistakes(),
                s.tips(), html.of(s.body()).html(), questions, routes.questionsAt(s.id()), asks, previous, next, steps);
        return new PageJob(routes.stage(s.id()), "stage", view, s.title(), s.goal(), crumbs, s.origin());
    }

    private PageJob bankPage(String url, String title, List<Question> questions, String stageId, List<Link> crumbs) {
        List<Link> filters = new ArrayList<>();
        filters.add(new Link(routes.section(Section.QUESTIONS), messages.text("questions.all"), stageId.isEmpty()));
        handbook.stages().forEach(s -> filters.add(new Link(routes.questionsAt(s.id()), s.shortTitle(), s.id().equals(stageId))));
        List<CategoryGroup> groups = new ArrayList<>();
        for (Category c : handbook.site().categories()) {
            List<QuestionCard> cards = questions.stream().filter(q -> q.category().equals(c.id())).map(this::questionCard).toList();
            if (!cards.isEmpty()) {
                groups.add(new CategoryGroup(c.id(), c.title(), c.description(), cards));
            }
        }
        String intro = stageId.isEmpty()
                ? messages.text("questions.intro")
                : messages.text("questions.stage.intro", "stage", stagesById.get(stageId).title());
        return new PageJob(url, "questions", new BankView(title, intro, questions.size(), filters, groups), title, intro, crumbs, handbook.site().origin());
    }

    private PageJob asksPage() {
        List<AskGroup> groups = new ArrayList<>();
        for (Ask.Timing t : Ask.Timing.values()) {
            List<AskCard> cards = handbook.asks().stream().filter(a -> a.when() == t).map(this::askCard).toList();
            if (!cards.isEmpty()) {
                groups.add(new AskGroup(timings.get(t), messages.text("asks.advice." + t.key()), cards));
            }
        }
        String title = messages.text("asks.title");
        return new PageJob(routes.section(Section.ASKS), "asks", new AsksView(title, handbook.asks().size(), groups),
                title, messages.text("asks.description"), List.of(home), handbook.site().origin());
    }

    private PageJob searchPage() {
        List<Choice> stages = handbook.stages().stream().map(s -> new Choice(s.id(), s.shortTitle())).toList();
        String title = messages.text("search.title");
        return new PageJob(routes.search(), "search", new SearchView(title, routes.section(Section.QUESTIONS), stages), title,
                messages.text("search.description"), List.of(home), handbook.site().origin());
    }

    private PageJob profileFormPage() {
        List<Choice> stages = handbook.stages().stream().map(s -> new Choice(s.id(), s.shortTitle())).toList();
        String title = messages.text("profileForm.title");
        return new PageJob(routes.profileForm(), "profile-form", new ProfileFormView(title, routes.profileLists(), stages), title, messages.text("profileForm.description"), List.of(home),
                handbook.site().origin());
    }

    private PageJob emailPage(EmailTemplate e, List<Link> crumbs) {
        List<Placeholder> placeholders = Placeholders.variables(e.subject() + "\n" + e.body().source()).stream()
                .map(v -> new Placeholder(v.key(), html.label(v))).toList();
        EmailView view = new EmailView(e.title(), e.purpose(), e.when().description(), html.subject(e),
                html.of(e.body()).html(), placeholders);
        return new PageJob(routes.email(e.id()), "email", view, e.title(), e.purpose(), crumbs, e.origin());
    }

    private Journey journey() {
        List<Stage> stages = handbook.stages();
        int w = 150;
        int h = 72;
        int gap = 30;
        List<JourneyStep> wide = new ArrayList<>();
        List<JourneyStep> narrow = new ArrayList<>();
        int narrowW = 320;
        int narrowH = 52;
        int narrowGap = 22;
        for (int i = 0; i < stages.size(); i++) {
            Stage s = stages.get(i);
            boolean arrow = i < stages.size() - 1;
            int x = 4 + i * (w + gap);
            wide.add(new JourneyStep(routes.stage(s.id()), i + 1, s.shortTitle(), s.title(), x, 4, w, h, x + w / 2, 4 + h / 2,
                    arrow, x + w + 4, 4 + h / 2, x + w + gap - 6, 4 + h / 2));
            int y = 4 + i * (narrowH + narrowGap);
            narrow.add(new JourneyStep(routes.stage(s.id()), i + 1, s.shortTitle(), s.title(), 4, y, narrowW, narrowH,
                    4 + narrowW / 2, y + narrowH / 2, arrow, 4 + narrowW / 2, y + narrowH + 3, 4 + narrowW / 2,
                    y + narrowH + narrowGap - 5));
        }
        return new Journey(8 + stages.size() * (w + gap) - gap, h + 8, wide, narrowW + 8,
                8 + stages.size() * (narrowH + narrowGap) - narrowGap, narrow);
    }

    private List<SectionCard> sections() {
        // The sections the main navigation links to; the switch names each one, so a new section must say what it counts.
        return Section.nav().stream().map(s -> new SectionCard(routes.section(s), messages.text(s.id() + ".title"),
                messages.text("home.section." + s.id(), "count", switch (s) {
                    case STAGES -> handbook.stages().size();
                    case QUESTIONS -> handbook.questions().size();
                    case ASKS -> handbook.asks().size();
                    case BACKSTORY -> handbook.backstory().size();
                    case EMAILS -> handbook.emails().size();
                    case SEARCH, PROFILE, ASSETS -> throw new IllegalStateException(s + " is not in the navigation");
                }))).toList();
    }

    private List<Link> pageLinks() {
        return handbook.pages().stream().filter(Page::nav).map(p -> new Link(routes.page(p.slug()), p.title(), false)).toList();
    }

    private List<Question> questionsAt(String stageId) {
        return handbook.questions().stream().filter(q -> q.stages().contains(stageId)).toList();
    }

    private StageCard stageCard(Stage s) {
        return new StageCard(routes.stage(s.id()), s.order(), s.title(), s.goal(), s.length());
    }

    private QuestionCard questionCard(Question q) {
        return new QuestionCard(q.id(), routes.question(q.id()), q.text(), q.intent(), html.of(q.guidance()).html(),
                q.pitfalls(), stageLinks(q.stages()), categoriesById.get(q.category()).title());
    }

    private AskCard askCard(Ask a) {
        return new AskCard(a.id(), a.text(), a.why(), timings.get(a.when()), stageLinks(a.stages()));
    }

    private BackstoryCard backstoryCard(BackstoryPrompt b) {
        return new BackstoryCard(b.id(), b.prompt(), b.theme(), b.why());
    }

    private List<Link> stageLinks(List<String> ids) {
        return handbook.stages().stream().filter(s -> ids.contains(s.id())).map(s -> stageLink(s, false)).toList();
    }

    private Link stageLink(Stage s, boolean current) {
        return new Link(routes.stage(s.id()), s.shortTitle(), current);
    }
}
