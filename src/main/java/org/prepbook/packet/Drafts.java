package org.prepbook.packet;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.prepbook.diagnostics.Problems;
import org.prepbook.model.EmailTemplate;
import org.prepbook.model.EmailVariable;
import org.prepbook.model.Handbook;
import org.prepbook.model.Origin;
import org.prepbook.model.Placeholders;
import org.prepbook.profile.Profile.BetterAnswer;
import org.prepbook.profile.Profile.Interview;
import org.prepbook.profile.Profile.Person;
import org.prepbook.profile.Profile;

/**
 * The handbook's email templates filled in from a profile, one draft per person they go to.
 *
 * <p>Who gets what ({@link EmailTemplate.Anchor}): a template anchored to an interview goes to each
 * interviewer of each interview; one anchored to the decision goes once, to the first person of the
 * most recent interview (the one the student saw last, whose thread the follow-up replies on); one
 * for when no decision date was given goes to the same person, and only without a decision date; a
 * reply to an outcome (an offer, a rejection, withdrawing) goes undated to the same person; an
 * unanchored template (insider outreach) goes to the profile's {@code insider}, and is skipped when
 * there is none.
 *
 * <p>When: a send day that falls on a weekend moves to the Monday after ({@link Dates#workingDayFrom}),
 * and the drafts come back in the order they are to be sent: outreach first, replies to an outcome last. A template that uses
 * {@code better_answer.*} is drafted only for an interview with a better answer, and there it
 * replaces the template whose id it extends ({@code thank-you-better-answer} replaces {@code thank-you}).
 *
 * <p>Values are put into the Markdown body as literal text (Markdown punctuation escaped), so a
 * name cannot turn into a link or markup; only the better answer, itself Markdown, goes in as it is.
 */
final class Drafts {
    private static final Set<EmailVariable> BETTER_ANSWER =
            EnumSet.of(EmailVariable.BETTER_ANSWER_QUESTION, EmailVariable.BETTER_ANSWER_ANSWER);
    private static final String BETTER_SUFFIX = "-better-answer";

    /** One filled-in email; {@code bodyMarkdown} is ready for the Markdown renderer. */
    record Draft(EmailTemplate template, Person to, LocalDate sendOn, Optional<Interview> interview, String subject,
                 String bodyMarkdown, Origin origin) {
    }

    private Drafts() {
    }

    /** Drafts every email; a value a template needs but the profile lacks is reported to {@code problems}. */
    static List<Draft> of(Handbook handbook, Profile profile, Dates dates, Problems problems) {
        List<Draft> drafts = new ArrayList<>();
        Set<String> reported = new LinkedHashSet<>();
        Set<String> replaced = new LinkedHashSet<>();
        for (EmailTemplate t : handbook.emails()) {
            if (usesBetterAnswer(t) && t.id().endsWith(BETTER_SUFFIX)) {
                replaced.add(t.id().substring(0, t.id().length() - BETTER_SUFFIX.length()));
            }
        }
        for (EmailTemplate t : handbook.emails()) {
            switch (t.when().anchor()) {
                case INTERVIEW -> {
                    for (Interview iv : profile.interviews()) {
                        Optional<BetterAnswer> better = profile.betterAnswers().stream()
                                .filter(b -> b.stage().equals(iv.stage())).findFirst();
                        if (usesBetterAnswer(t) ? better.isEmpty() : better.isPresent() && replaced.contains(t.id())) {
                            continue;
                        }
                        for (int j = 0; j < iv.interviewers().size(); j++) {
                            String who = iv.field() + ".interviewers[" + j + "]";
                            drafts.add(fill(handbook, profile, dates, t, iv.interviewers().get(j), who, Optional.of(iv), better,
                                    Dates.workingDayFrom(iv.at().toLocalDate().plusDays(t.when().days())), problems, reported));
                        }
                    }
                }
                case NO_DECISION -> {
                    // Only without a decision date: with one, the decision follow-up is the email to send.
                    if (profile.decisionDate().isEmpty()) {
                        lastInterviewer(profile).ifPresent(last -> drafts.add(fill(handbook, profile, dates, t, last.person(),
                                last.field(), Optional.of(last.interview()), Optional.empty(),
                                Dates.workingDayFrom(last.interview().at().toLocalDate().plusDays(t.when().days())), problems, reported)));
                    }
                }
                // Counted from the decision date; without one, the no-decision check-in is the email to send.
                case DECISION -> profile.decisionDate().ifPresent(decided -> lastInterviewer(profile).ifPresent(last ->
                        drafts.add(fill(handbook, profile, dates, t, last.person(), last.field(), Optional.empty(),
                                Optional.empty(), Dates.workingDayFrom(decided.plusDays(t.when().days())), problems, reported))));
                // Undated: the news it answers may never come; the draft is ready if it does.
                case OUTCOME -> lastInterviewer(profile).ifPresent(last -> drafts.add(fill(handbook, profile, dates, t,
                        last.person(), last.field(), Optional.of(last.interview()), Optional.empty(), null, problems, reported)));
                case NONE -> profile.insider().ifPresent(p -> drafts.add(fill(handbook, profile, dates, t, p, "insider",
                        Optional.empty(), Optional.empty(), null, problems, reported)));
            }
        }
        // A stable sort: drafts of one day keep the handbook's template order and the interviewers' order.
        drafts.sort(Comparator.comparing(Drafts::rank).thenComparing(Draft::sendOn, Comparator.nullsFirst(Comparator.naturalOrder())));
        return drafts;
    }

    /** Outreach comes before any interview, dated drafts in their order, replies to an outcome last. */
    private static int rank(Draft d) {
        return switch (d.template().when().anchor()) {
            case NONE -> 0;
            case INTERVIEW, NO_DECISION, DECISION -> 1;
            case OUTCOME -> 2;
        };
    }

    /** The first person of the most recent interview: the one the student saw last, whose thread a follow-up replies on. */
    private record LastInterviewer(Interview interview, Person person, String field) {
    }

    private static Optional<LastInterviewer> lastInterviewer(Profile profile) {
        // Interviews are in date order: the last is the most recent conversation.
        if (profile.interviews().isEmpty()) {
            return Optional.empty();
        }
        Interview last = profile.interviews().get(profile.interviews().size() - 1);
        return last.interviewers().isEmpty() ? Optional.empty()
                : Optional.of(new LastInterviewer(last, last.interviewers().get(0), last.field() + ".interviewers[0]"));
    }

    private static Draft fill(Handbook handbook, Profile profile, Dates dates, EmailTemplate t, Person to, String toPath,
                              Optional<Interview> interview, Optional<BetterAnswer> better, LocalDate sendOn,
                              Problems problems, Set<String> reported) {
        EmailValues values = new EmailValues(handbook, profile, dates, to, toPath, interview, better);
        String subject = substitute(t, t.subject(), values, false, problems, reported);
        String body = substitute(t, t.body().source(), values, true, problems, reported);
        return new Draft(t, to, sendOn, interview, subject, body, t.origin());
    }

    private static String substitute(EmailTemplate t, String template, EmailValues values, boolean markdown,
                                     Problems problems, Set<String> reported) {
        return Placeholders.replace(template, variable -> {
            EmailValues.Value value = values.of(variable);
            if (value.text().isEmpty()) {
                missing(values.profile(), t, value.field(), problems, reported);
                return "";
            }
            String text = value.text().get();
            if (markdown && !value.markdown()) {
                return literal(text);
            }
            return markdown ? text : text.replaceAll("\\s+", " ");
        });
    }

    private static void missing(Profile profile, EmailTemplate t, String field, Problems problems, Set<String> reported) {
        if (reported.add(t.id() + " " + field)) {
            Origin at = where(profile, field);
            problems.add(at.path(), at.line(), at.column(),
                    "email template '" + t.id() + "' needs " + field + ", which the profile does not set",
                    "add it to the profile (docs/profile-format.md), or the packet cannot draft '" + t.title() + "'");
        }
    }

    /** The mapping that should hold {@code field}: its closest written parent, else the profile's start. */
    private static Origin where(Profile profile, String field) {
        String path = field;
        while (!path.isEmpty()) {
            int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
            path = cut < 0 ? "" : path.substring(0, cut);
            Origin o = profile.where().get(path);
            if (o != null) {
                return o;
            }
        }
        return profile.where().get("");
    }

    /** Plain text that Markdown will print as it is: punctuation escaped, line breaks folded. */
    static String literal(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (char c : text.replaceAll("\\s+", " ").toCharArray()) {
            if ("\\`*_{}[]()#+-.!|<>&~\"':;=$%@^,?/".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    static boolean usesBetterAnswer(EmailTemplate t) {
        return Placeholders.variables(t.subject() + t.body().source()).stream().anyMatch(BETTER_ANSWER::contains);
    }

    static String stageTitle(Handbook handbook, String stageId) {
        return handbook.stages().stream().filter(s -> s.id().equals(stageId)).findFirst().map(s -> s.title()).orElse(stageId);
    }
}
