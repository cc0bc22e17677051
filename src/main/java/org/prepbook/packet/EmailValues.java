package org.prepbook.packet;

import java.util.Optional;
import org.prepbook.model.EmailVariable;
import org.prepbook.model.Handbook;
import org.prepbook.profile.Profile;
import org.prepbook.profile.Profile.BetterAnswer;
import org.prepbook.profile.Profile.Interview;
import org.prepbook.profile.Profile.Person;

/**
 * What each {@link EmailVariable} holds in one draft: an email from {@code profile}'s job seeker to
 * {@code to} (written at {@code toPath} in the profile), about {@code interview} and {@code better}
 * when it has them. The switch has no default, so a variable added to the model does not compile
 * until it is filled here.
 */
record EmailValues(Handbook handbook, Profile profile, Dates dates, Person to, String toPath, Optional<Interview> interview,
                   Optional<BetterAnswer> better) {

    /**
     * A variable's value, or the profile field that should have held it (for the problem naming it);
     * a {@code markdown} value goes into the body as it is, any other as literal text.
     */
    record Value(Optional<String> text, String field, boolean markdown) {
        static Value of(String text, String field) {
            return new Value(Optional.of(text), field, false);
        }

        static Value of(Optional<String> text, String field) {
            return new Value(text, field, false);
        }
    }

    Value of(EmailVariable variable) {
        Profile p = profile;
        Optional<Profile.Strength> strength = p.strengths().stream().findFirst();
        return switch (variable) {
            case CANDIDATE_NAME -> Value.of(p.candidate().name(), "candidate.name");
            case CANDIDATE_EMAIL -> Value.of(p.candidate().email(), "candidate.email");
            case CANDIDATE_PHONE -> Value.of(p.candidate().phone(), "candidate.phone");
            case TARGET_ROLE -> Value.of(p.target().role(), "target.role");
            case TARGET_COMPANY -> Value.of(p.target().company(), "target.company");
            case TARGET_INDUSTRY -> Value.of(p.target().industry(), "target.industry");
            case TARGET_LEVEL -> Value.of(p.target().level(), "target.level");
            case RECIPIENT_NAME -> Value.of(to.name(), toPath + ".name");
            case RECIPIENT_TITLE -> Value.of(to.title(), toPath + ".title");
            case RECIPIENT_EMAIL -> Value.of(to.email(), toPath + ".email");
            case INTERVIEW_DATE -> Value.of(interview.map(iv -> dates.day(iv.at().toLocalDate())), "interviews[].at");
            case INTERVIEW_STAGE -> Value.of(interview.map(iv -> Drafts.stageTitle(handbook, iv.stage())), "interviews[].stage");
            case DECISION_DATE -> Value.of(p.decisionDate().map(dates::day), "decision_date");
            case STRENGTH_NAME -> Value.of(strength.map(Profile.Strength::name), "strengths[0].name");
            case STRENGTH_EVIDENCE -> Value.of(strength.map(Profile.Strength::evidence), "strengths[0].evidence");
            case BETTER_ANSWER_QUESTION -> Value.of(better.flatMap(b -> handbook.questions().stream()
                    .filter(q -> q.id().equals(b.question())).findFirst().map(q -> q.text())), "better_answers[].question");
            case BETTER_ANSWER_ANSWER -> new Value(better.map(b -> b.answer().text()), "better_answers[].answer", true);
        };
    }
}
