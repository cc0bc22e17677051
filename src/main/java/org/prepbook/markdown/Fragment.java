package org.prepbook.markdown;

import java.util.List;
import org.prepbook.model.Origin;

/**
 * One Markdown fragment as the build uses it, all made from one parse: the HTML the pages show, the
 * plain text search indexes, and every link written in it with where it was written.
 *
 * @param text  what a reader sees, as search wants it: blocks separated by spaces, a block that ends
 *              without punctuation ended with a full stop, no markup, no hidden heading anchors,
 *              white space collapsed
 * @param links link, image and reference destinations as written (not those inside code), in
 *              source order
 * @param sections the second-level headings that carry an anchor, in order, for a page's on-page
 *                 contents (a {@code [TOC]}'s own title has none)
 * @param ownContents whether the fragment draws a table of contents of its own ({@code [TOC]})
 */
public record Fragment(String html, String text, List<Link> links, List<Section> sections, boolean ownContents) {
    public static final Fragment EMPTY = new Fragment("", "", List.of(), List.of(), false);

    public Fragment {
        links = List.copyOf(links);
        sections = List.copyOf(sections);
    }

    /** A second-level heading: its anchor and its text as a reader sees it, without the anchor's decoration. */
    public record Section(String id, String text) {
    }

    /**
     * A destination as written in the Markdown, and where: the file, its line, and the column in
     * the Markdown's own line. Markdown in a YAML block scalar has lost the block's indentation, so
     * there the file's column lies that much further right.
     */
    public record Link(String target, Origin at) {
    }
}
