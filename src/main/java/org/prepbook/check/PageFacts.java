package org.prepbook.check;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.parser.Parser;

/**
 * What the checks need from one built page, read once while the page is still in the thread that
 * drew it. Keeping these facts instead of a parsed document lets a 10,000-page build check its
 * links in a few hundred bytes per page, and lets {@code serve} reuse the facts of a page it did
 * not draw again.
 *
 * <p>The page is read by scanning its bytes' tags as an HTML tokenizer does (comments, raw-text elements
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
 * @param links      every link and resource address on the page, as written, in document order, but those
 *                   to the page's translations
 */
record PageFacts(boolean titled, int h1, List<String> duplicates, Set<String> anchors, List<String> unlabelled,
                 List<String> links) {
    /** The elements that lead somewhere, and the attribute that says where. */
    static final Map<String, String> LINKING = Map.of("a", "href", "area", "href", "link", "href", "img", "src",
            "script", "src", "source", "src", "iframe", "src", "form", "action");
    /** Elements whose content is text up to their end tag, never markup. */
    private static final Set<String> RAW_TEXT = Set.of("script", "style", "xmp", "iframe", "noembed", "noframes",
            "textarea", "title");
    /** Every tag the facts depend on. */
    private static final List<String> TAGS = Stream.of(LINKING.keySet(), RAW_TEXT, Set.of("h1", "plaintext"))
            .flatMap(Set::stream).distinct().sorted().toList();
    /** Every attribute they depend on, by the indexes below. */
    private static final List<String> ATTRIBUTES = List.of("id", "name", "alt", "role", "aria-hidden", "hreflang",
            "href", "src", "action");
    /** The same names as bytes, which the scan compares a page's bytes with. */
    private static final byte[][] TAG_BYTES = bytes(TAGS);
    private static final byte[][] ATTRIBUTE_BYTES = bytes(ATTRIBUTES);
    private static final int ID = 0;
    private static final int NAME = 1;
    private static final int ALT = 2;
    private static final int ROLE = 3;
    private static final int ARIA_HIDDEN = 4;
    private static final int HREFLANG = 5;
    private static final int SRC = 7;
    /** For each of {@link #TAGS}, the index of the attribute it links by ({@link #LINKING}), or -1. */
    private static final int[] LINKED_BY = TAGS.stream()
            .mapToInt(t -> LINKING.containsKey(t) ? ATTRIBUTES.indexOf(LINKING.get(t)) : -1).toArray();

    private static byte[][] bytes(List<String> names) {
        return names.stream().map(n -> n.getBytes(StandardCharsets.US_ASCII)).toArray(byte[][]::new);
    }

    static PageFacts read(byte[] html) {
        return new Scan(html).facts();
    }

    /**
     * One pass over a page's UTF-8 bytes. Every byte the syntax depends on is ASCII, and no byte of a
     * multi-byte character is, so the page is scanned without decoding it; only the attribute values
     * and the title are decoded.
     */
    private static final class Scan {
        private final byte[] text;
        private final int n;
        private int at;
        private final Set<String> anchors = new HashSet<>();
        private final Set<String> duplicates = new LinkedHashSet<>();
        private final List<String> unlabelled = new ArrayList<>();
        private final List<String> links = new ArrayList<>();
        private int h1;
        private Boolean titled;

        Scan(byte[] text) {
            this.text = text;
            this.n = text.length;
        }

        PageFacts facts() {
            while ((at = indexOf('<', at)) >= 0 && at < n - 1) {
                byte next = text[at + 1];
                if (startsWith("<!-->", at) || startsWith("<!--->", at)) {
                    at = skipPast(">", at + 4);
                } else if (startsWith("<!--", at)) {
                    at = skipPast("-->", at + 4);
                } else if (startsWith("<![CDATA[", at)) {
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
            while (i < n && !isSpace(text[i]) && text[i] != '/' && text[i] != '>') {
                i++;
            }
            // Only the tags and attributes the facts use become strings; a page has hundreds of others.
            int known = known(TAG_BYTES, nameStart, i);
            String tag = known < 0 ? null : TAGS.get(known);
            String[] values = new String[ATTRIBUTES.size()];
            // Attributes, as the tokenizer reads them: the first of two with one name counts.
            while (i < n && text[i] != '>') {
                byte c = text[i];
                if (isSpace(c) || c == '/') {
                    i++;
                    continue;
                }
                int from = i;
                i++;
                while (i < n && !isSpace(text[i]) && text[i] != '/' && text[i] != '>' && text[i] != '=') {
                    i++;
                }
                int name = known(ATTRIBUTE_BYTES, from, i);
                while (i < n && isSpace(text[i])) {
                    i++;
                }
                int start = i;
                int end = i;
                if (i < n && text[i] == '=') {
                    i++;
                    while (i < n && isSpace(text[i])) {
                        i++;
                    }
                    if (i < n && (text[i] == '"' || text[i] == '\'')) {
                        end = indexOf(text[i], i + 1);
                        end = end < 0 ? n : end;
                        start = i + 1;
                        i = Math.min(n, end + 1);
                    } else {
                        start = i;
                        while (i < n && !isSpace(text[i]) && text[i] != '>') {
                            i++;
                        }
                        end = i;
                    }
                }
                if (name >= 0 && values[name] == null) {
                    String value = string(start, end);
                    values[name] = value.indexOf('&') >= 0 ? Parser.unescapeEntities(value, true) : value;
                }
            }
            at = Math.min(n, i + 1);
            if (values[ID] != null && !values[ID].isEmpty() && !anchors.add(values[ID])) {
                duplicates.add(values[ID]);
            }
            if (tag == null) {
                return;
            }
            element(tag, values, LINKED_BY[known]);
            if (RAW_TEXT.contains(tag)) {
                int end = endTag(TAG_BYTES[known]);
                if (tag.equals("title") && titled == null) {
                    titled = !Parser.unescapeEntities(string(at, end), false).isBlank();
                }
                at = end;
            } else if (tag.equals("plaintext")) {
                at = n;
            }
        }

        private void element(String tag, String[] values, int linkedBy) {
            if (tag.equals("h1")) {
                h1++;
            } else if (tag.equals("a") && values[NAME] != null) {
                anchors.add(values[NAME]);
            } else if (tag.equals("img") && (values[ALT] == null || values[ALT].isBlank())
                    && !"presentation".equals(values[ROLE]) && !"true".equals(values[ARIA_HIDDEN])) {
                // An empty alt marks a decorative image, but Markdown's ![](x) gives one too: only an explicit role says so.
                unlabelled.add(values[SRC] == null ? "" : values[SRC]);
            }
            // A link with hreflang leads to the page in another language, whose folder that language's
            // own check reads; the build writes such links only to pages it planned (render/Translations).
            String link = linkedBy < 0 ? null : values[linkedBy];
            if (link != null && values[HREFLANG] == null) {
                links.add(link);
            }
        }

        /** Which of {@code names} (lower-case ASCII) the bytes spell in any case, or -1. */
        private int known(byte[][] names, int from, int to) {
            int length = to - from;
            byte first = lower(text[from]);
            for (int k = 0; k < names.length; k++) {
                byte[] name = names[k];
                if (name.length == length && name[0] == first && matchesIgnoringCase(from, name)) {
                    return k;
                }
            }
            return -1;
        }

        // Where the raw text of a tag ends: at its end tag, matched without regard to case.
        private int endTag(byte[] tag) {
            int i = at;
            while ((i = indexOf('<', i)) >= 0) {
                if (i + 1 < n && text[i + 1] == '/' && matchesIgnoringCase(i + 2, tag)) {
                    int after = i + 2 + tag.length;
                    if (after >= n || isSpace(text[after]) || text[after] == '>' || text[after] == '/') {
                        return i;
                    }
                }
                i++;
            }
            return n;
        }

        private int skipPast(String end, int from) {
            for (int i = indexOf(end.charAt(0), from); i >= 0; i = indexOf(end.charAt(0), i + 1)) {
                if (startsWith(end, i)) {
                    return i + end.length();
                }
            }
            return n;
        }

        private int indexOf(int c, int from) {
            for (int i = from; i < n; i++) {
                if (text[i] == c) {
                    return i;
                }
            }
            return -1;
        }

        private boolean startsWith(String ascii, int from) {
            if (from + ascii.length() > n) {
                return false;
            }
            for (int k = 0; k < ascii.length(); k++) {
                if (text[from + k] != ascii.charAt(k)) {
                    return false;
                }
            }
            return true;
        }

        /** Whether the bytes at {@code from} spell {@code lowerCase}, an ASCII tag name, in any case. */
        private boolean matchesIgnoringCase(int from, byte[] lowerCase) {
            if (from + lowerCase.length > n) {
                return false;
            }
            for (int k = 0; k < lowerCase.length; k++) {
                if (lower(text[from + k]) != lowerCase[k]) {
                    return false;
                }
            }
            return true;
        }

        private static byte lower(byte b) {
            return b >= 'A' && b <= 'Z' ? (byte) (b + ('a' - 'A')) : b;
        }

        private String string(int from, int to) {
            return new String(text, from, to - from, StandardCharsets.UTF_8);
        }

        private static boolean isAsciiLetter(byte c) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
        }

        private static boolean isSpace(byte c) {
            return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
        }
    }
}
