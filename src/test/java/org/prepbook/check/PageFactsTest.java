package org.prepbook.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prepbook.Build;
import org.prepbook.output.MemoryOutput;
import org.prepbook.testing.Fixture;

/**
 * The page scan of {@link PageFacts} against Jsoup's HTML parser, the reference: on every page of
 * the shipped handbook and of the sample site, and on markup written to trip a scanner up.
 */
class PageFactsTest {
    @TempDir
    Path dir;

    /** The same facts, read from the tree Jsoup's HTML5 parser builds. */
    private static PageFacts byJsoup(String html) {
        Document doc = Jsoup.parse(html);
        Set<String> anchors = new HashSet<>();
        Set<String> duplicates = new LinkedHashSet<>();
        List<String> unlabelled = new ArrayList<>();
        List<String> links = new ArrayList<>();
        int h1 = 0;
        for (Element e : doc.getAllElements()) {
            if (!e.id().isEmpty() && !anchors.add(e.id())) {
                duplicates.add(e.id());
            }
            String tag = e.normalName();
            if (tag.equals("h1")) {
                h1++;
            } else if (tag.equals("a") && e.hasAttr("name")) {
                anchors.add(e.attr("name"));
            } else if (tag.equals("img") && e.attr("alt").isBlank() && !e.attr("role").equals("presentation")
                    && !e.attr("aria-hidden").equals("true")) {
                unlabelled.add(e.attr("src"));
            }
            String attribute = PageFacts.LINKING.get(tag);
            if (attribute != null && e.hasAttr(attribute) && !e.hasAttr("hreflang")) {
                links.add(e.attr(attribute));
            }
        }
        return new PageFacts(!doc.title().isBlank(), h1, List.copyOf(duplicates), Set.copyOf(anchors),
                List.copyOf(unlabelled), List.copyOf(links));
    }

    private static void assertSame(String html) {
        assertEquals(byJsoup(html), PageFacts.read(html.getBytes(StandardCharsets.UTF_8)), html);
    }

    @Test
    void readsEveryBuiltPageAsJsoupDoes() {
        int pages = 0;
        for (Build.Options options : List.of(new Build.Options(Path.of("content"), Path.of("themes"), dir.resolve("a")),
                Fixture.copy(dir).options(dir.resolve("b")))) {
            MemoryOutput out = new MemoryOutput();
            Build.render(options, out);
            for (Map.Entry<String, byte[]> file : out.files().entrySet()) {
                if (file.getKey().endsWith(".html")) {
                    String html = new String(file.getValue(), StandardCharsets.UTF_8);
                    assertEquals(byJsoup(html), PageFacts.read(file.getValue()), file.getKey());
                    pages++;
                }
            }
        }
        assertTrue(pages > 60, "pages compared: " + pages);
    }

    @Test
    void skipsScriptsStylesCommentsAndRawText() {
        assertSame("<html><head><title>T</title><script>document.write(\"<a href=/no/ id=x>\"); if (a<b) { }</script>"
                + "<style>a::before { content: \"<img src=x>\"; }</style></head><body>"
                + "<!-- <a href=\"/commented/\"> --><textarea><a href=/typed/></textarea><h1 id=x>One</h1>"
                + "<a id=x href=/yes/>y</a></body></html>");
    }

    @Test
    void readsAttributesAsTheTokenizerDoes() {
        assertSame("<!DOCTYPE html><html><head><title> &amp; </title></head><BODY><H1>Up</H1>"
                + "<A HREF='/single/?a=1&amp;b=2' NAME=top>s</A><a href=/unquoted/#f title=x>u</a>"
                + "<a href=\"/first/\" href=\"/second/\">twice</a><img src=\"p.png\" alt=\"  \">"
                + "<img src=\"d.png\" role=\"presentation\"><img src=\"e.png\" alt=\"An é\"><form action=\"/go/\"></form>"
                + "<a href=\"/caf&eacute;/\">entity</a><p id=\"\">empty id</p><br/><a href = \"/spaced/\" >s</a></body></html>");
    }

    @Test
    void readsAPageWithoutATitleOrAnH1() {
        assertSame("<html><head><title></title></head><body><h2>Two</h2><h1>a</h1><h1>b</h1></body></html>");
        assertSame("<html><head></head><body><p>No title at all</p></body></html>");
    }
}
