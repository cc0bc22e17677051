package org.prepbook.profile;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.prepbook.model.Origin;

/**
 * One job seeker's profile, validated against the handbook: every id it holds exists. Optional
 * values are {@code Optional} so that a template needing one can say exactly which is missing.
 * {@code where} maps a field path such as {@code candidate} or {@code interviews[0].interviewers[1]}
 * to where that mapping was written, so later checks can point into the file. {@code language} is
 * the packet's BCP 47 tag when the profile names one; {@code paper} is {@code a4} or {@code letter}.
 */
public record Profile(Path source, String slug, Candidate candidate, Target target, ZoneId timeZone,
                      List<Interview> interviews, Optional<LocalDate> decisionDate, List<Strength> strengths,
                      List<Story> stories, Map<String, Located> backstory, Map<String, Located> answers,
                      List<Concern> concerns, List<String> asks, List<BetterAnswer> betterAnswers,
                      Optional<Person> insider, List<String> research, Optional<Salary> salary,
                      Map<String, Origin> where, Optional<String> language, Optional<String> paper) {

    public record Candidate(String name, String email, Optional<String> phone) {
    }

    public record Target(String role, String company, Optional<String> industry, Optional<String> level) {
    }

    /**
     * {@code minutes} is how long the interview is booked for; {@code field} is where it was written
     * ({@code interviews[2]}), since interviews are kept in date order, not file order.
     */
    public record Interview(String field, String stage, LocalDateTime at, int minutes, String format, Optional<String> location,
                            List<Person> interviewers) {
    }

    public record Person(String name, Optional<String> title, Optional<String> email) {
    }

    public record Strength(String name, String evidence) {
    }

    /**
     * A prepared STAR story; {@code questions} are the question ids it answers and {@code categories}
     * the question categories (themes) it covers: every likely question it names or covers counts as prepared.
     */
    public record Story(String title, String situation, String task, String action, String result,
                        List<String> questions, List<String> categories) {

        /** Whether this story is one to tell for {@code question}. */
        public boolean fits(org.prepbook.model.Question question) {
            return questions.contains(question.id()) || categories.contains(question.category());
        }
    }

    public record Concern(String concern, String counter) {
    }

    /** A stronger answer thought of after the interview at {@code stage}, to send in a follow-up. */
    public record BetterAnswer(String stage, String question, Located answer) {
    }

    public record Salary(String range, String basis) {
    }

    /** Markdown written in the profile and where it starts, so Markdown problems point into the file. */
    public record Located(String text, Origin origin) {
    }
}
