package org.prepbook.render;

import java.util.List;
import org.prepbook.markdown.Fragment;
import org.prepbook.render.view.Heading;

/**
 * The sections of a rendered Markdown fragment, for a page's on-page contents: its second-level
 * headings that carry an anchor, as the fragment's walk found them.
 */
final class Sections {
    /** Fewer sections than this are read at a glance; a contents list would only repeat them. */
    static final int WORTH_LISTING = 3;

    private Sections() {
    }

    static List<Heading> of(Fragment fragment) {
        return fragment.sections().stream().map(s -> new Heading(s.id(), s.text())).toList();
    }

    /**
     * {@code headings} when there are enough to be worth a contents list beside {@code body}, else
     * none; none either when the body draws its own ({@code [TOC]}), which would show the list twice.
     */
    static List<Heading> worthListing(Fragment body, List<Heading> headings) {
        return headings.size() >= WORTH_LISTING && !body.ownContents() ? headings : List.of();
    }
}
