package org.prepbook.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.prepbook.Build;
import org.prepbook.output.MemoryOutput;
import org.prepbook.route.Routes;
import org.prepbook.testing.Fixtures;

/**
 * The multilingual fixture (English, Spanish without the question 'why-us', Arabic) built into
 * memory: each language in its own folder, the switcher and the alternates on every page leading to
 * pages that were written, one sitemap, and the missing question a warning only.
 */
class MultilingualBuildTest {
    private static final String BASE = "https://careers.example.edu/handbook/";
    private static final MemoryOutput SITE = new MemoryOutput();
    private static final Build.Result RESULT = Build.render(
            new Build.Options(Fixtures.site("multilingual"), Fixtures.THEMES, Path.of("unused")), SITE);

    private static Document page(String file) {
        return Jsoup.parse(SITE.text(file), BASE + file);
    }

    /** Every HTML page written, in every language. */
    private static List<String> pages() {
        return SITE.files().keySet().stream().filter(f -> f.endsWith(".html") && !f.endsWith("404.html")).toList();
    }

    /** The written file a link of the page {@code file} leads to, as a static server finds it. */
    private static String target(String file, String href) {
        String path = URI.create(BASE + file).resolve(href).getPath().substring(URI.create(BASE).getPath().length());
        return path.isEmpty() || path.endsWith("/") ? path + "index.html" : path;
    }

    @Test
    void eachLanguageIsAWholeSiteInItsFolder() {
        Set<String> files = SITE.files().keySet();
        for (String expected : List.of("index.html", "questions/why-us/index.html", "es/index.html",
                "es/questions/salary-expectations/index.html", "ar/questions/why-us/index.html", "es/search/index.json",
                "ar/search/index.json", "es/assets/search.js", "es/profile/lists.json", "es/404.html", "sitemap.xml")) {
            assertTrue(files.contains(expected), expected);
        }
        assertFalse(files.contains("es/questions/why-us/index.html"), "not translated, so not written");
        assertFalse(files.contains("es/sitemap.xml"), "one sitemap, at the site's root");
        assertTrue(SITE.text("es/search/index.json").contains("\"language\":\"es\""), "Spanish words, cut as Spanish");
        assertTrue(SITE.text("es/profile/lists.json").contains("¿Qué sueldo esperas?"));
        assertEquals(41, RESULT.pages(), "every language's pages are counted");
        assertEquals(List.of(), RESULT.checks().problems(), "every language's pages were checked, and are sound");
        assertEquals(3, pages().stream().map(f -> f.startsWith("es/") ? "es" : f.startsWith("ar/") ? "ar" : "en").distinct().count());
    }

    @Test
    void pagesSpeakTheirLanguageAndLinksStayInsideIt() {
        assertEquals("en", page("index.html").selectFirst("html").attr("lang"));
        Element es = page("es/stages/phone-screen/index.html").selectFirst("html");
        assertEquals("es", es.attr("lang"));
        assertEquals("ltr", es.attr("dir"));
        Element ar = page("ar/questions/why-us/index.html").selectFirst("html");
        assertEquals("ar", ar.attr("lang"));
        assertEquals("rtl", ar.attr("dir"));
        Document stage = page("es/stages/phone-screen/index.html");
        assertEquals(BASE + "es/stages/phone-screen/", stage.selectFirst("link[rel=canonical]").attr("href"));
        // The Spanish Markdown's /questions/ is the Spanish bank; the layout's assets are the Spanish folder's.
        assertEquals("es/questions/index.html", target("es/stages/phone-screen/index.html",
                stage.selectFirst("main a:contains(las preguntas)").attr("href")));
        assertEquals("es/assets/style.css", target("es/stages/phone-screen/index.html",
                stage.selectFirst("link[rel=stylesheet]").attr("href")));
        assertEquals("es/index.html", target("es/stages/phone-screen/index.html", stage.selectFirst("a.brand").attr("href")));
    }

    @Test
    void theJourneysStepsAreNumberedInTheLanguagesDigits() {
        // The fixture has one stage: the wide layout numbers it on a line of its own, the narrow one before its name.
        assertEquals(List.of("1"), page("index.html").select("svg.journey-wide text.num").eachText());
        assertEquals(List.of("١"), page("ar/index.html").select("svg.journey-wide text.num").eachText());
        assertTrue(page("ar/index.html").selectFirst("svg.journey-narrow text").text().startsWith("١. "));
    }

    @Test
    void theSwitcherLeadsToTheSamePageInEachLanguageOrToItsHome() {
        Document why = page("questions/why-us/index.html");
        Element nav = why.selectFirst("header nav.languages");
        assertEquals("Language", nav.attr("aria-label"));
        List<String[]> options = new ArrayList<>();
        for (Element a : nav.select("a")) {
            options.add(new String[] {a.text(), a.attr("lang"), a.attr("hreflang"), target("questions/why-us/index.html", a.attr("href")),
                a.attr("aria-current")});
        }
        assertEquals(List.of("English|en|en|questions/why-us/index.html|page", "Español|es|es|es/index.html|",
                "العربية|ar|ar|ar/questions/why-us/index.html|"), options.stream().map(o -> String.join("|", o)).toList());
        Document arabic = page("ar/questions/salary-expectations/index.html");
        assertEquals("اللغة", arabic.selectFirst("nav.languages").attr("aria-label"));
        assertEquals("questions/salary-expectations/index.html", target("ar/questions/salary-expectations/index.html",
                arabic.selectFirst("nav.languages a[lang=en]").attr("href")));
        assertEquals("page", arabic.selectFirst("nav.languages a[lang=ar]").attr("aria-current"));
    }

    @Test
    void everySwitcherLinkAndAlternateOfEveryPageLeadsToAWrittenPage() {
        for (String file : pages()) {
            Document doc = page(file);
            assertEquals(3, doc.select("nav.languages a").size(), file);
            assertEquals(1, doc.select("nav.languages a[aria-current=page]").size(), file);
            for (Element a : doc.select("nav.languages a")) {
                assertTrue(SITE.files().containsKey(target(file, a.attr("href"))), file + " -> " + a.attr("href"));
            }
            for (Element link : doc.select("link[rel=alternate][hreflang]")) {
                assertTrue(link.attr("href").startsWith(BASE), link.attr("href"));
                assertTrue(SITE.files().containsKey(target(file, link.attr("href"))), file + " -> " + link.attr("href"));
            }
        }
    }

    /** A 404 page is served at any depth, so its links are absolute paths: each one plain, without a '..' in it. */
    @Test
    void theNotFoundPageOfEachLanguageLeadsToEveryLanguagesHomeByPlainPaths() {
        for (String file : List.of("404.html", "es/404.html", "ar/404.html")) {
            List<String> hrefs = page(file).select("nav.languages a").eachAttr("href");
            assertEquals(List.of("/handbook/", "/handbook/es/", "/handbook/ar/"), hrefs, file);
        }
        assertEquals("/handbook/es/questions/", page("es/404.html").selectFirst("main a[href$=questions/]").attr("href"));
    }

    @Test
    void alternatesNameEveryTranslationOfThePageAndTheDefault() {
        assertEquals(List.of("en " + BASE + "questions/salary-expectations/", "es " + BASE + "es/questions/salary-expectations/",
                        "ar " + BASE + "ar/questions/salary-expectations/", "x-default " + BASE + "questions/salary-expectations/"),
                alternates("es/questions/salary-expectations/index.html"));
        assertEquals(List.of("en " + BASE + "questions/why-us/", "ar " + BASE + "ar/questions/why-us/",
                "x-default " + BASE + "questions/why-us/"), alternates("ar/questions/why-us/index.html"), "no Spanish page");
        assertEquals(List.of(), alternates("es/404.html"));
    }

    private static List<String> alternates(String file) {
        return page(file).select("link[rel=alternate][hreflang]").stream().map(l -> l.attr("hreflang") + " " + l.attr("href")).toList();
    }

    @Test
    void oneSitemapHoldsEveryLanguagesPagesWithTheirTranslations() {
        String sitemap = SITE.text("sitemap.xml");
        assertTrue(sitemap.contains("xmlns:xhtml=\"http://www.w3.org/1999/xhtml\""), sitemap);
        List<String> locs = new ArrayList<>();
        Matcher m = Pattern.compile("<loc>([^<]+)</loc>").matcher(sitemap);
        while (m.find()) {
            locs.add(m.group(1));
        }
        assertEquals(pages().size(), locs.size());
        for (String file : pages()) {
            assertTrue(locs.contains(BASE + Routes.url(file).substring(1)), file);
        }
        String why = sitemap.lines().filter(l -> l.contains("<loc>" + BASE + "questions/why-us/</loc>")).findFirst().orElseThrow();
        assertEquals("  <url><loc>" + BASE + "questions/why-us/</loc>"
                + "<xhtml:link rel=\"alternate\" hreflang=\"en\" href=\"" + BASE + "questions/why-us/\"/>"
                + "<xhtml:link rel=\"alternate\" hreflang=\"ar\" href=\"" + BASE + "ar/questions/why-us/\"/>"
                + "<xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"" + BASE + "questions/why-us/\"/></url>", why);
    }

    @Test
    void theQuestionSpanishLacksIsAWarningNotAFailure() {
        assertEquals(List.of("question 'why-us' has no translation into Spanish (es)"),
                RESULT.untranslated().stream().map(p -> p.message()).toList());
    }

    @Test
    void aHandbookInOneLanguageHasNoSwitcherNorAlternates() {
        MemoryOutput minimal = Fixtures.build(Fixtures.site("minimal"));
        Document home = Jsoup.parse(minimal.text("index.html"));
        assertTrue(home.select("nav.languages, link[hreflang]").isEmpty());
        assertFalse(minimal.text("sitemap.xml").contains("xhtml"));
    }
}
