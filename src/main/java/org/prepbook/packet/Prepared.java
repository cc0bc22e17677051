package org.prepbook.packet;

import java.util.List;
import java.util.Optional;
import org.prepbook.model.Question;
import org.prepbook.profile.Profile;

/**
 * How a student has prepared one question: their own answer, and the stories that name it or its
 * category. Either makes it prepared; the sheets, the question guide, the readiness summary and the
 * waiting-room page all ask this one record, so they never disagree.
 */
record Prepared(Question question, Optional<Profile.Located> answer, List<Profile.Story> stories) {

    static Prepared of(Profile profile, Question question) {
        return new Prepared(question, Optional.ofNullable(profile.answers().get(question.id())),
                profile.stories().stream().filter(s -> s.fits(question)).toList());
    }

    boolean ready() {
        return answer.isPresent() || !stories.isEmpty();
    }
}
