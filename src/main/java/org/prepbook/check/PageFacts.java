package org.prepbook.check;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What the checks need from one built page, read once while the page is still in the thread that
 * drew it. Keeping these facts instead of the parsed document lets a 10,000-page build check its
 * links in a few hundred bytes per page, and lets {@code serve} reuse the facts of a page it did
 * not draw again.
 *
 * @param titled     whether {@code <title>} has text
 * @param h1         how many {@code h1} elements the page has
 * @param duplicates element ids seen more than once, in document order
 * @param anchors    every id and {@code a[name]}, the targets of {@code #fragment} links
 * @param unlabelled the {@code src} of each image without alt text that is not marked decorative
 * @param links      every link and resource address on the page, as written, in document order
 */
record PageFacts(boolean titled, int h1, List<String> duplicates, Set<String> anchors, List<String> unlabelled,
                 List<String> links) {
    /** The elements that lead somewhere, and the attribute that says where. */
    private static final Map<String, String> LINKING = Map.of("a", "href", "area", "href", "link", "href", "img", "src",
            "script", "src", "source", "src", "iframe", "src", "form", "action");

    // One walk over the elements: selectors would walk the whole tree once each.
    static PageFacts read(byte[] html) {
        Document doc = Jsoup.parse(new String(html, StandardCharsets.UTF_8));
        Set<String> anchors = new HashSet<>();
        Set<String> duplicates = new LinkedHashSet<>();
        List<String> unlabelled = new ArrayList<>();
        List<String> links = new ArrayList<>();
        int h1 = 0;
        for (Element e : doc.getAllElements()) {
            String id = e.id();
            if (!id.isEmpty() && !anchors.add(id)) {
                duplicates.add(id);
            }
            String tag = e.normalName();
            if (tag.equals("h1")) {
                h1++;
            } else if (tag.equals("a") && e.hasAttr("name")) {
                anchors.add(e.attr("name"));
            } else if (tag.equals("img") && e.attr("alt").isBlank() && !e.attr("role").equals("presentation")
                    && !e.attr("aria-hidden").equals("true")) {
                // An empty alt marks a decorative image, but Markdown's ![](x) gives one too: only an explicit role says so.
                unlabelled.add(e.attr("src"));
            }
            String attribute = LINKING.get(tag);
            if (attribute != null && e.hasAttr(attribute)) {
                links.add(e.attr(attribute));
            }
        }
        return new PageFacts(!doc.title().isBlank(), h1, List.copyOf(duplicates), Set.copyOf(anchors),
                List.copyOf(unlabelled), List.copyOf(links));
    }
}
