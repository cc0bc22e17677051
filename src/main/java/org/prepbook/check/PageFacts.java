package org.prepbook.check;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.parser.Parser;

/**
 * What the checks need from one built page, read once while the page is still in the thread that
 * drew it. Keeping these facts instead of a parsed document lets a 10,000-page build check its
 * links in a few hundred bytes per page, and lets {@code serve} reuse the facts of a page it did
 * not draw again.
 *
 * <p>The page is read by scanning its tags as an HTML tokenizer does (comments, raw-text elements
 * such as {@code script} and {@code style}, quoted and unquoted attribute values, character
 * references through Jsoup's own decoder), without building a tree: the facts below depend only on
 * start tags and their attributes, and building the tree was most of what the checks cost
 * (docs/performance.md). {@code PageFactsTest} holds this reading to Jsoup's parser, page by page.
 *
 * @param titled     whether the first {@code <title>} has text
 * @param h1         how many {@code h1} elements the page has
 * @param duplicates element ids seen more than once, in document order
 * @param anchors    every id and {@code a[name]}, the targets of {@code #fragment} links
 * @param unlabelled the {@code src} of each image without alt text that is not marked decorative
 * @param links      every link and resource address on the page, as written, in document order
 */
record PageFacts(boolean titled, int h1, List<String> duplicates, Set<String> anchors, List<String> unlabelled,
                 List<String> links) {
    /** The elements that lead somewhere, and the attribute that says where. */
    static final Map<String, String> LINKING = Map.of("a", "href", "area", "href", "link", "href", "img", "src",
            "script", "src", "source", "src", "iframe", "src", "form", "action");
    /** Elements whose content is text up to their end tag, never markup. */
    private static final Set<String> RAW_TEXT = Set.of("script", "style", "xmp", "iframe", "noembed", "noframes",
            "textarea", "title");

    static PageFacts read(byte[] html) {
        return new Scan(new String(html, StandardCharsets.UTF_8)).facts();
    }

    /** One pass over a page's text. */
    private static final class Scan {
        private final String text;
        private int at;
        private final Set<String> anchors = new HashSet<>();
        private final Set<String> duplicates = new LinkedHashSet<>();
        private final List<String> unlabelled = new ArrayList<>();
        private final List<String> links = new ArrayList<>();
        private int h1;
        private Boolean titled;

        Scan(String text) {
            this.text = text;
        }

        PageFacts facts() {
            int n = text.length();
            while ((at = text.indexOf('<', at)) >= 0 && at < n - 1) {
                char next = text.charAt(at + 1);
                if (text.startsWith("<!-->", at) || text.startsWith("<!--->", at)) {
                    at = skipPast(">", at + 4);
                } else if (text.startsWith("<!--", at)) {
                    at = skipPast("-->", at + 4);
                } else if (text.startsWith("<![CDATA[", at)) {
                    at = skipPast("]]>", at + 9);
                } else if (next == '!' || next == '?') {
                    at = skipPast(">", at + 2);
                } else if (next == '/') {
                    at = skipPast(">", at + 2);
                } else if (isAsciiLetter(next)) {
                    startTag();
                } else {
                    at++;
                }
            }
            return new PageFacts(titled != null && titled, h1, List.copyOf(duplicates), Set.copyOf(anchors),
                    List.copyOf(unlabelled), List.copyOf(links));
        }

        private void startTag() {
            int nameStart = at + 1;
            int i = nameStart;
            while (i < text.length() && !isSpace(text.charAt(i)) && text.charAt(i) != '/' && text.charAt(i) != '>') {
                i++;
            }
            String tag = text.substring(nameStart, i).toLowerCase(Locale.ROOT);
            Map<String, String> attributes = new HashMap<>();
            // Attributes, as the tokenizer reads them: the first of two with one name counts.
            while (i < text.length() && text.charAt(i) != '>') {
                char c = text.charAt(i);
                if (isSpace(c) || c == '/') {
                    i++;
                    continue;
                }
                int from = i;
                i++;
                while (i < text.length() && !isSpace(text.charAt(i)) && "/>=".indexOf(text.charAt(i)) < 0) {
                    i++;
                }
                String name = text.substring(from, i).toLowerCase(Locale.ROOT);
                while (i < text.length() && isSpace(text.charAt(i))) {
                    i++;
                }
                String value = "";
                if (i < text.length() && text.charAt(i) == '=') {
                    i++;
                    while (i < text.length() && isSpace(text.charAt(i))) {
                        i++;
                    }
                    if (i < text.length() && (text.charAt(i) == '"' || text.charAt(i) == '\'')) {
                        int end = text.indexOf(text.charAt(i), i + 1);
                        end = end < 0 ? text.length() : end;
                        value = text.substring(i + 1, end);
                        i = Math.min(text.length(), end + 1);
                    } else {
                        int start = i;
                        while (i < text.length() && !isSpace(text.charAt(i)) && text.charAt(i) != '>') {
                            i++;
                        }
                        value = text.substring(start, i);
                    }
                    value = value.indexOf('&') >= 0 ? Parser.unescapeEntities(value, true) : value;
                }
                attributes.putIfAbsent(name, value);
            }
            at = Math.min(text.length(), i + 1);
            element(tag, attributes);
            if (RAW_TEXT.contains(tag)) {
                int end = endTag(tag);
                if (tag.equals("title") && titled == null) {
                    titled = !Parser.unescapeEntities(text.substring(at, end), false).isBlank();
                }
                at = end;
            } else if (tag.equals("plaintext")) {
                at = text.length();
            }
        }

        private void element(String tag, Map<String, String> attributes) {
            String id = attributes.get("id");
            if (id != null && !id.isEmpty() && !anchors.add(id)) {
                duplicates.add(id);
            }
            if (tag.equals("h1")) {
                h1++;
            } else if (tag.equals("a") && attributes.containsKey("name")) {
                anchors.add(attributes.get("name"));
            } else if (tag.equals("img") && attributes.getOrDefault("alt", "").isBlank()
                    && !"presentation".equals(attributes.get("role")) && !"true".equals(attributes.get("aria-hidden"))) {
                // An empty alt marks a decorative image, but Markdown's ![](x) gives one too: only an explicit role says so.
                unlabelled.add(attributes.getOrDefault("src", ""));
            }
            String attribute = LINKING.get(tag);
            if (attribute != null && attributes.containsKey(attribute)) {
                links.add(attributes.get(attribute));
            }
        }

        // Where the raw text of a tag ends: at its end tag, matched without regard to case.
        private int endTag(String tag) {
            int i = at;
            while ((i = text.indexOf("</", i)) >= 0) {
                if (text.regionMatches(true, i + 2, tag, 0, tag.length())) {
                    int after = i + 2 + tag.length();
                    if (after >= text.length() || isSpace(text.charAt(after)) || text.charAt(after) == '>'
                            || text.charAt(after) == '/') {
                        return i;
                    }
                }
                i += 2;
            }
            return text.length();
        }

        private int skipPast(String end, int from) {
            int found = text.indexOf(end, from);
            return found < 0 ? text.length() : found + end.length();
        }

        private static boolean isAsciiLetter(char c) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
        }

        private static boolean isSpace(char c) {
            return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
        }
    }
}
