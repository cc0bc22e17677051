package org.prepbook.packet;

import java.util.List;

/**
 * What the packet template sees: flat records of ready-to-print text. Strings are plain text (the
 * template escapes them) except fields named {@code ...Html}, which hold Markdown already rendered
 * with raw HTML escaped and cleaned. Optional values arrive as empty strings with a {@code has...}
 * flag, because the strict theme refuses a name that resolves to nothing. Every sentence is
 * composed here from whole theme messages, never from fragments in the template, so no article or
 * unit can be doubled where two fragments meet.
 */
public record PacketView(String lang, String title, String css, boolean pdf,
                         Cover cover, List<TocEntry> toc, Summary summary, List<TimelineRow> timeline,
                         List<Sheet> sheets, List<GuideEntry> guide, List<BackstoryItem> backstory,
                         List<ConcernItem> concerns, List<StrengthItem> strengths, List<StoryItem> stories,
                         List<EmailDraft> emails, Readiness readiness, String generatedFor) {

    public record Cover(String name, String email, String phone, boolean hasPhone, String target,
                        List<CoverInterview> interviews, String zoneNote) {
    }

    public record CoverInterview(String anchor, String stage, String detail) {
    }

    public record TocEntry(String anchor, String label) {
    }

    /** The one page to read in the waiting room. */
    public record Summary(List<SummaryInterview> interviews, List<String> strengths, boolean hasStrengths,
                          List<String> stories, boolean hasStories, List<ConcernItem> concerns, boolean hasConcerns) {
    }

    public record SummaryInterview(String anchor, String title, String detail, String people, String readiness,
                                   List<String> asks, boolean hasAsks) {
    }

    public record TimelineRow(String date, String what, String detail, String kind) {
    }

    public record Sheet(String anchor, String title, String when, String format, String location, boolean hasLocation,
                        String goal, String who, List<Person> interviewers, List<BudgetRow> budget,
                        String questionsHeading, List<SheetQuestion> questions, String readiness,
                        List<StoryItem> stories, List<AskItem> asks, boolean phoneScreen, List<String> research,
                        boolean hasResearch, String salary, boolean hasSalary, String checklistTitle,
                        List<String> checklist) {
    }

    public record Person(String name, String title, boolean hasTitle, String email, boolean hasEmail) {
    }

    public record BudgetRow(String label, String value) {
    }

    /** A likely question on an interview's sheet: where its advice is (its guide entry, or its handbook page), and how it is prepared, in a word. */
    public record SheetQuestion(String text, String href, boolean prepared, String status) {
    }

    /** A likely question with everything the handbook says about it and what the student has for it. */
    public record GuideEntry(String anchor, String text, String likelyAt, String intent, String guidanceHtml,
                             List<String> pitfalls, boolean hasPitfalls, boolean prepared, String answerHtml,
                             boolean hasAnswer, List<StoryRef> stories, boolean hasStories, String link) {
    }

    /** {@code after}: what separates it from the next reference, empty for the last. */
    public record StoryRef(String anchor, String title, String after) {
    }

    public record StoryItem(String anchor, String title, String situation, String task, String action, String result) {
    }

    public record AskItem(String text, String why, String when) {
    }

    public record BackstoryItem(String prompt, String theme, boolean answered, String answerHtml) {
    }

    public record ConcernItem(String concern, String counter) {
    }

    public record StrengthItem(String name, String evidence) {
    }

    public record EmailDraft(String anchor, String title, String to, String toEmail, boolean hasToEmail, String sendOn,
                             String subject, String bodyHtml) {
    }

    /** {@code interviews}: one plain sentence per interview saying what is left. */
    public record Readiness(int percent, int prepared, int likely, List<String> interviews, List<String> nextSteps) {
    }
}
