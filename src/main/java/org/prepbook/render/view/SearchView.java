package org.prepbook.render.view;

import java.util.List;

/**
 * The search page. Results are drawn in the browser; the page itself carries the form, the stage
 * filter's choices ({@code href} of each link is the stage id) and the no-JavaScript fallback.
 */
public record SearchView(String title, String questionsHref, List<Choice> stages) {
}
