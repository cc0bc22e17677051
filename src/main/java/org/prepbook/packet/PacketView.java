package org.prepbook.packet;

import java.util.List;

/**
 * What the packet template sees: flat records of ready-to-print text. Strings are plain text (the
 * template escapes them) except fields named {@code ...Html}, which hold Markdown already rendered
 * with raw HTML escaped and cleaned. Optional values arrive as empty strings with a {@code has...}
 * flag, because the strict theme refuses a name that resolves to nothing.
 */
public record PacketView(String lang, String title, String css, boolean pdf,
                         Cover cover, List<TocEntry> toc, List<TimelineRow> timeline, List<Sheet> sheets,
                         List<BackstoryItem> backstory, List<ConcernItem> concerns, List<StrengthItem> strengths,
                         List<StoryItem> stories, List<EmailDraft> emails, Readiness readiness,
                         List<ChecklistDay> checklist, String generatedFor) {

    public record Cover(String name, String email, String phone, boolean hasPhone, String role, String company,
                        String level, boolean hasLevel, List<CoverInterview> interviews) {
    }

    public record CoverInterview(String anchor, String when, String stage, String format, String people) {
    }

    public record TocEntry(String anchor, String label) {
    }

    public record TimelineRow(String date, String what, String detail, String kind) {
    }

    public record Sheet(String anchor, String title, String when, String format, String location, boolean hasLocation,
                        String goal, String who, String length, List<Person> interviewers, List<BudgetRow> budget,
                        List<QuestionItem> questions, int prepared, List<StoryItem> stories, List<AskItem> asks,
                        boolean phoneScreen, List<String> research, boolean hasResearch, String salaryRange,
                        String salaryBasis, boolean hasSalary) {
    }

    public record Person(String name, String title, boolean hasTitle, String email, boolean hasEmail) {
    }

    public record BudgetRow(String label, String value) {
    }

    public record QuestionItem(String text, String intent, boolean prepared, String answerHtml, List<String> stories) {
    }

    public record StoryItem(String title, String situation, String task, String action, String result) {
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

    public record Readiness(int percent, int prepared, int likely, List<String> nextSteps) {
    }

    public record ChecklistDay(String title, List<String> items) {
    }
}
