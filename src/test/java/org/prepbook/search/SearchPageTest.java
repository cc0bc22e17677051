package org.prepbook.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.prepbook.Build;
import org.prepbook.output.MemoryOutput;

/** The search parts of a built handbook that need no browser: the header form, the search page, the index files. */
class SearchPageTest {
    static MemoryOutput site;

    @BeforeAll
    static void build() {
        site = new MemoryOutput();
        Build.render(new Build.Options(Path.of("content"), Path.of("themes"), Path.of("unused")), site);
    }

    @Test
    void everyPageHasALabelledSearchFormThatWorksWithoutJavaScript() {
        for (String page : new String[] {"index.html", "stages/phone-screen/index.html", "questions/salary-expectations/index.html"}) {
            Document html = Jsoup.parse(site.text(page));
            Element form = html.expectFirst("header form[role=search]");
            assertTrue(form.attr("action").endsWith("search/") && !form.attr("action").startsWith("/"), form.attr("action"));
            Element input = form.expectFirst("input[name=q]");
            assertNotNull(html.selectFirst("label[for=" + input.id() + "]"), page);
            assertTrue(html.expectFirst("script[src$=assets/search.js]").hasAttr("defer"));
        }
    }

    @Test
    void searchPageExplainsThatSearchNeedsJavaScript() {
        Document html = Jsoup.parse(site.text("search/index.html"));
        assertNotNull(html.getElementById("search-results"));
        Element fallback = html.expectFirst("main noscript");
        assertTrue(fallback.text().contains("needs JavaScript"), fallback.text());
        assertTrue(fallback.html().contains("href=\"../questions/\""), fallback.html());
        assertEquals(7, html.select("#search-stage option[value]").size() - 1);
    }

    @Test
    void theIndexIsPartOfTheBuildAndDeterministic() {
        MemoryOutput again = new MemoryOutput();
        Build.render(new Build.Options(Path.of("content"), Path.of("themes"), Path.of("unused")), again);
        Map<String, byte[]> first = site.files();
        assertTrue(first.containsKey("search/index.json"));
        assertTrue(first.keySet().stream().anyMatch(f -> f.startsWith("search/t/")));
        assertTrue(first.containsKey("search/s/phone-screen.json"));
        first.forEach((path, bytes) -> {
            if (path.startsWith("search/")) {
                assertArrayEquals(bytes, again.files().get(path), path);
            }
        });
    }
}
