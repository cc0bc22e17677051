package org.prepbook.render;

import java.util.List;
import org.prepbook.model.Origin;
import org.prepbook.render.view.Link;
import org.prepbook.route.Routes;

/**
 * One page to render: where it goes, which template draws it with which view, and its place in the
 * site. {@code origin} is the content item the page is made from (site.yaml for generated lists), so a problem found in the built
 * page ({@code prepbook check}) points back at a file and line.
 */
public record PageJob(String url, String template, Object view, String title, String description,
                      List<Link> breadcrumbs, Origin origin) {

    /** The file the page is written to: {@code /stages/x/} becomes {@code stages/x/index.html}. */
    public String file() {
        return Routes.file(url);
    }
}
