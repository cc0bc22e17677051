package org.prepbook.render;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.prepbook.markdown.Fragment;
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
import org.prepbook.render.view.Heading;
import org.prepbook.render.view.HomeView;
import org.prepbook.render.view.Journey;
import org.prepbook.render.view.JourneyStep;
import org.prepbook.render.view.Link;
import org.prepbook.render.view.PageView;
import org.prepbook.render.view.Pager;
import org.prepbook.render.view.ProfileFormView;
import org.prepbook.render.view.Placeholder;
import org.prepbook.render.view.QuestionCard;
import org.prepbook.render.view.QuestionLine;
import org.prepbook.render.view.QuestionSummary;
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
    private static final int BANK_PAGE_SIZE = Paging.QUESTIONS_PER_PAGE;
    /** Questions and asks a stage's page lists before linking to the rest: a stage page is read, not searched. */
    static final int STAGE_LIST_SIZE = 20;

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
        jobs.addAll(bankPages(bankTitle, handbook.questions(), "", List.of(home)));
        for (Stage s : handbook.stages()) {
            jobs.addAll(bankPages(messages.text("questions.stage.title", "stage", s.shortTitle()), questionsAt(s.id()), s.id(),
                    List.of(home, bank)));
        }
        for (Question q : handbook.questions()) {
            Category c = categoriesById.get(q.category());
            jobs.add(new PageJob(routes.question(q.id()), "question", new QuestionView(questionCard(q), c.title(), routes.section(Section.QUESTIONS)),
                    q.text(), q.intent(), List.of(home, bank), q.origin()));
        }
        jobs.addAll(asksPages());
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
        // The guides (pages in the navigation) read as a series, each linking its neighbours.
        List<Page> guides = handbook.pages().stream().filter(Page::nav).toList();
        Map<Page, Integer> guideAt = new IdentityHashMap<>();
        for (int i = 0; i < guides.size(); i++) {
            guideAt.put(guides.get(i), i);
        }
        for (Page p : handbook.pages()) {
            int at = guideAt.getOrDefault(p, -1);
            List<Link> previous = at > 0 ? List.of(pageLink(guides.get(at - 1))) : List.of();
            List<Link> next = at >= 0 && at < guides.size() - 1 ? List.of(pageLink(guides.get(at + 1))) : List.of();
            Fragment body = html.of(p.body());
            jobs.add(new PageJob(routes.page(p.slug()), "page", new PageView(p.title(), p.description(), body.html(),
                    Sections.worthListing(body, Sections.of(body)), at >= 0 && guides.size() > 1, previous, next), p.title(), p.description(), List.of(home), p.origin()));
        }
        return jobs;
    }

    private PageJob stagePage(int index, List<Link> crumbs) {
        List<Stage> stages = handbook.stages();
        Stage s = stages.get(index);
        List<Link> previous = index == 0 ? List.of() : List.of(stageLink(stages.get(index - 1), false));
        List<Link> next = index == stages.size() - 1 ? List.of() : List.of(stageLink(stages.get(index + 1), false));
        List<Question> atStage = questionsAt(s.id());
        List<QuestionSummary> questions = atStage.stream().limit(STAGE_LIST_SIZE)
                .map(q -> new QuestionSummary(routes.question(q.id()), q.text(), q.intent())).toList();
        List<Ask> asksAtStage = handbook.asks().stream().filter(a -> a.stages().contains(s.id())).toList();
        List<AskCard> asks = asksAtStage.stream().limit(STAGE_LIST_SIZE).map(this::askCard).toList();
        Fragment bodyFragment = html.of(s.body());
        String body = bodyFragment.html();
        // The page's sections in the order the template draws them: the body's own, then the theme's.
        List<Heading> contents = new ArrayList<>(Sections.of(bodyFragment));
        contents.add(new Heading("mistakes", messages.text("stage.mistakes")));
        contents.add(new Heading("tips", messages.text("stage.tips")));
        if (!questions.isEmpty()) {
            contents.add(new Heading("likely-questions", messages.text("stage.questions.title")));
        }
        if (!asks.isEmpty()) {
            contents.add(new Heading("asks-here", messages.text("stage.asks")));
        }
        StageView view = new StageView(s.title(), index + 1, stages.size(), s.goal(), s.who(), s.length(), s.mistakes(),
                s.tips(), body, Sections.worthListing(bodyFragment, contents), questions, atStage.size(), routes.questionsAt(s.id()), asks,
                asksAtStage.size(), routes.asks(1), previous, next);
        return new PageJob(routes.stage(s.id()), "stage", view, s.title(), s.goal(), crumbs, s.origin());
    }

    /**
     * The bank, whole or at one stage, as pages of {@link #BANK_PAGE_SIZE} questions in category order.
     * Every page carries the same jump links to where each category starts, and the stage filters,
     * which lead to the first page of each stage's bank: plain links, so all of it works without JavaScript.
     */
    private List<PageJob> bankPages(String title, List<Question> questions, String stageId, List<Link> crumbs) {
        List<Link> filters = new ArrayList<>();
        filters.add(new Link(routes.section(Section.QUESTIONS), messages.text("questions.all"), stageId.isEmpty()));
        handbook.stages().forEach(s -> filters.add(new Link(routes.questionsAt(s.id()), s.shortTitle(), s.id().equals(stageId))));
        List<Question> ordered = new ArrayList<>();
        Map<String, Integer> firstPage = new LinkedHashMap<>();
        for (Category c : handbook.site().categories()) {
            for (Question q : questions) {
                if (q.category().equals(c.id())) {
                    firstPage.putIfAbsent(c.id(), Paging.pageOf(ordered.size(), BANK_PAGE_SIZE));
                    ordered.add(q);
                }
            }
        }
        int pageCount = Paging.pages(ordered.size(), BANK_PAGE_SIZE);
        List<Link> jumps = firstPage.entrySet().stream().map(e -> new Link(routes.bankPage(stageId, e.getValue()) + "#cat-" + e.getKey(),
                messages.text("questions.category", "category", categoriesById.get(e.getKey()).title(), "count",
                        ordered.stream().filter(q -> q.category().equals(e.getKey())).count()), false)).toList();
        String intro = stageId.isEmpty()
                ? messages.text("questions.intro")
                : messages.text("questions.stage.intro", "stage", stagesById.get(stageId).title());
        List<PageJob> jobs = new ArrayList<>();
        for (int page = 1; page <= pageCount; page++) {
            List<Question> here = ordered.subList((page - 1) * BANK_PAGE_SIZE, Math.min(ordered.size(), page * BANK_PAGE_SIZE));
            List<CategoryGroup> groups = new ArrayList<>();
            for (Question q : here) {
                if (groups.isEmpty() || !groups.get(groups.size() - 1).id().equals(q.category())) {
                    Category c = categoriesById.get(q.category());
                    groups.add(new CategoryGroup(c.id(), c.title(), c.description(), firstPage.get(c.id()) < page, new ArrayList<>()));
                }
                groups.get(groups.size() - 1).questions().add(new QuestionLine(q.id(), routes.question(q.id()), q.text(), stageLinks(q.stages())));
            }
            String url = routes.bankPage(stageId, page);
            String pageTitle = page == 1 ? title : messages.text("questions.pageTitle", "title", title, "page", page, "pages", pageCount);
            jobs.add(new PageJob(url, "questions", new BankView(pageTitle, intro, ordered.size(), filters, jumps, groups,
                    pager(n -> routes.bankPage(stageId, n), messages.text("questions.pages"), page, pageCount)), pageTitle, intro, crumbs,
                    handbook.site().origin()));
        }
        return jobs;
    }

    /** The numbered pages of a list split in {@code pageCount}, {@code url} giving each page's URL; none for one page. */
    private List<Pager> pager(IntFunction<String> url, String label, int page, int pageCount) {
        if (pageCount == 1) {
            return List.of();
        }
        List<Link> pages = new ArrayList<>();
        for (int n = 1; n <= pageCount; n++) {
            pages.add(new Link(url.apply(n), Integer.toString(n), n == page));
        }
        List<Link> previous = page > 1 ? List.of(new Link(url.apply(page - 1), messages.text("pager.previous"), false)) : List.of();
        List<Link> next = page < pageCount ? List.of(new Link(url.apply(page + 1), messages.text("pager.next"), false)) : List.of();
        return List.of(new Pager(label, pages, previous, next));
    }

    /** The questions to ask, by moment of the conversation, in pages of {@link Paging#ASKS_PER_PAGE}. */
    private List<PageJob> asksPages() {
        List<Ask> ordered = Paging.asks(handbook.asks());
        int pageCount = Paging.pages(ordered.size(), Paging.ASKS_PER_PAGE);
        String title = messages.text("asks.title");
        List<PageJob> jobs = new ArrayList<>();
        for (int page = 1; page <= pageCount; page++) {
            List<Ask> here = ordered.subList((page - 1) * Paging.ASKS_PER_PAGE, Math.min(ordered.size(), page * Paging.ASKS_PER_PAGE));
            List<AskGroup> groups = new ArrayList<>();
            for (Ask.Timing t : Ask.Timing.values()) {
                List<AskCard> cards = here.stream().filter(a -> a.when() == t).map(this::askCard).toList();
                if (!cards.isEmpty()) {
                    boolean continued = here.get(0).when() == t && page > 1 && ordered.get((page - 1) * Paging.ASKS_PER_PAGE - 1).when() == t;
                    groups.add(new AskGroup(timings.get(t), continued ? "" : messages.text("asks.advice." + t.key()), continued, cards));
                }
            }
            String pageTitle = page == 1 ? title : messages.text("asks.pageTitle", "title", title, "page", page, "pages", pageCount);
            jobs.add(new PageJob(routes.asks(page), "asks", new AsksView(pageTitle, ordered.size(), groups,
                    pager(routes::asks, messages.text("asks.pages"), page, pageCount)), pageTitle,
                    messages.text("asks.description"), List.of(home), handbook.site().origin()));
        }
        return jobs;
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
        String body = html.of(e.body()).html();
        EmailView view = new EmailView(e.title(), e.purpose(), e.when().description(), html.subject(e), body,
                html.copyText(e, messages.text("email.subject")), placeholders);
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
            String number = messages.number(i + 1);
            wide.add(new JourneyStep(routes.stage(s.id()), number, s.shortTitle(), x, 4, w, h, x + w / 2, 4 + h / 2,
                    arrow, x + w + 4, 4 + h / 2, x + w + gap - 6, 4 + h / 2));
            int y = 4 + i * (narrowH + narrowGap);
            narrow.add(new JourneyStep(routes.stage(s.id()), number, s.shortTitle(), 4, y, narrowW, narrowH,
                    4 + narrowW / 2, y + narrowH / 2, arrow, 4 + narrowW / 2, y + narrowH + 3, 4 + narrowW / 2,
                    y + narrowH + narrowGap - 5));
        }
        return new Journey(8 + stages.size() * (w + gap) - gap, h + 8, wide, narrowW + 8,
                8 + stages.size() * (narrowH + narrowGap) - narrowGap, narrow);
    }

    private List<SectionCard> sections() {
        // The sections the main navigation links to; the switch names each one, so a new section must say what it counts.
        return Section.nav().stream().map(s -> new SectionCard(routes.section(s), messages.text(s.id() + ".title"),
                messages.count("home.section." + s.id(), switch (s) {
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

    private Link pageLink(Page p) {
        return new Link(routes.page(p.slug()), p.title(), false);
    }

    private Link stageLink(Stage s, boolean current) {
        return new Link(routes.stage(s.id()), s.shortTitle(), current);
    }
}
