package org.prepbook.render.view;

import java.util.List;

/**
 * The "make your prep profile" page. The form is drawn in full by the template; the browser fills
 * its question, ask and prompt choices from {@code listsHref} and writes the profile file itself.
 * {@code stages} feeds the interview's stage select box, so it works before the lists arrive.
 */
public record ProfileFormView(String title, String listsHref, List<Choice> stages) {
}
