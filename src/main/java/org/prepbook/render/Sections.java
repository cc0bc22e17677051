package org.prepbook.render;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.prepbook.render.view.Heading;

/**
 * The sections of a rendered Markdown fragment, for a page's on-page contents: its second-level
 * headings that carry an anchor (a {@code [TOC]}'s own title has none, so it is not listed).
 */
final class Sections {
    /** Fewer sections than this are read at a glance; a contents list would only repeat them. */
    static final int WORTH_LISTING = 3;

    private Sections() {
    }

    static List<Heading> of(String html) {
        if (!html.contains("<h2")) {
            return List.of();
        }
        return Jsoup.parseBodyFragment(html).select("h2[id]").stream().map(h -> {
            Element copy = h.clone();
            copy.select(".heading-anchor").remove();
            return new Heading(h.id(), copy.text());
        }).toList();
    }

    /** {@code headings} when there are enough to be worth a contents list, else none. */
    static List<Heading> worthListing(List<Heading> headings) {
        return headings.size() >= WORTH_LISTING ? headings : List.of();
    }
}
