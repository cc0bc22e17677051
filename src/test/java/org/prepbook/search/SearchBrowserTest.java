package org.prepbook.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.prepbook.Build;
import org.prepbook.output.DiskOutput;
import org.prepbook.testing.Browser;
import org.prepbook.testing.StaticServer;

/**
 * Search in a real headless Chromium, against the handbook this project ships, built and served
 * from a sub-path ({@code /handbook/}) the way a career center hosts it.
 */
class SearchBrowserTest {
    @TempDir
    static Path site;
    static StaticServer server;
    static ChromeDriver browser;

    @BeforeAll
    static void buildAndServe() throws IOException {
        Build.render(new Build.Options(Path.of("content"), Path.of("themes"), site), new DiskOutput(site));
        server = new StaticServer(site, "/handbook/");
        browser = Browser.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void freshPage() {
        // A new page view each time, so one test's fetched files never serve another.
        browser.get("about:blank");
        server.clearRequests();
    }

    @Test
    void fetchesNothingForSearchBeforeTheBoxIsFocused() {
        browser.get(server.base() + "stages/phone-screen/");
        waitFor(() -> "complete".equals(js("return document.readyState")) && js("return window.prepbookSearch") != null);
        assertTrue(server.requests().stream().noneMatch(r -> r.startsWith("search/")), server.requests().toString());

        box().click();
        waitFor(() -> server.requests().contains("search/index.json"));
    }

    @Test
    void typingSalaryListsTheSalaryQuestionFirst() {
        browser.get(server.base());
        type("salary");
        List<WebElement> options = options();
        assertTrue(options.get(0).getText().startsWith("What are your salary expectations?"), options.get(0).getText());
        assertTrue(options.get(0).getText().contains("Question"), "labelled with its type");
        assertTrue(options.get(0).findElements(By.cssSelector("mark")).size() > 0, "excerpt highlights the word");
        assertTrue(browser.findElement(By.id("site-search-status")).getAttribute("textContent").toString().matches("\\d+ results"));
    }

    @Test
    void findsThePhoneScreenStageDespiteTypos() {
        browser.get(server.base());
        type("phne scren");
        assertTrue(options().get(0).getText().startsWith("The recruiter phone screen"), options().get(0).getText());
    }

    @Test
    void findsPrefixesAndOtherFormsOfAWord() {
        browser.get(server.base());
        type("sal");
        assertTrue(options().get(0).getText().toLowerCase().contains("salary"), options().get(0).getText());
        box().clear();
        type("interviewing");
        assertTrue(options().size() > 1);
        assertTrue(options().get(0).getText().toLowerCase().contains("interview"), options().get(0).getText());
    }

    @Test
    void arrowKeysMoveEnterOpensAndEscapeCloses() {
        browser.get(server.base());
        WebElement box = type("salary");
        box.sendKeys(Keys.ARROW_DOWN);
        String first = options().get(0).getAttribute("id");
        assertEquals(first, box.getAttribute("aria-activedescendant"));
        assertEquals("true", options().get(0).getAttribute("aria-selected"));
        box.sendKeys(Keys.ARROW_DOWN);
        assertEquals(options().get(1).getAttribute("id"), box.getAttribute("aria-activedescendant"));
        box.sendKeys(Keys.ARROW_UP);
        assertEquals(first, box.getAttribute("aria-activedescendant"));

        box.sendKeys(Keys.ESCAPE);
        assertEquals("false", box.getAttribute("aria-expanded"));
        assertFalse(browser.findElement(By.id("site-search-list")).isDisplayed());

        box.sendKeys(Keys.ARROW_DOWN);
        box.sendKeys(Keys.ARROW_DOWN);
        box.sendKeys(Keys.ENTER);
        waitFor(() -> browser.getCurrentUrl().endsWith("/handbook/questions/salary-expectations/"));
    }

    @Test
    void slashFocusesTheSearchBox() {
        browser.get(server.base() + "asks/");
        waitFor(() -> js("return window.prepbookSearch") != null);
        browser.findElement(By.tagName("body")).sendKeys("/");
        assertEquals("site-search", js("return document.activeElement.id"));
    }

    @Test
    void searchPageShowsResultsForADeepLink() {
        browser.get(server.base() + "search/?q=salary");
        List<WebElement> links = results();
        assertTrue(links.get(0).getText().startsWith("What are your salary expectations?"), links.get(0).getText());
        assertTrue(links.get(0).getAttribute("href").endsWith("/handbook/questions/salary-expectations/"));
        assertEquals("salary", browser.findElement(By.id("search-q")).getAttribute("value"));
    }

    @Test
    void stageFilterKeepsOnlyThatStage() {
        browser.get(server.base() + "search/?q=thank");
        int all = results().size();
        browser.findElement(By.cssSelector("#search-stage option[value=follow-up]")).click();
        waitFor(() -> "thank||follow-up".equals(browser.findElement(By.id("search-results")).getAttribute("data-query")));
        assertTrue(browser.getCurrentUrl().contains("stage=follow-up"), "the filter is part of the shareable URL");
        assertTrue(results().size() < all, "fewer results than without the filter");
        for (WebElement kind : browser.findElements(By.cssSelector("#search-results .search-kind"))) {
            assertTrue(kind.getText().contains("Following up"), kind.getText());
        }

        browser.get(server.base() + "search/?q=interview&stage=phone-screen&type=question");
        assertFalse(results().isEmpty());
        for (WebElement kind : browser.findElements(By.cssSelector("#search-results .search-kind"))) {
            assertTrue(kind.getText().startsWith("Question ·") && kind.getText().contains("Phone screen"), kind.getText());
        }
    }

    @Test
    void stemsMatchTheJavaIndexer() {
        browser.get(server.base());
        waitFor(() -> js("return window.prepbookSearch") != null);
        for (String word : List.of("interviewing", "interviews", "interviewed", "salaries", "scheduled", "schedule",
                "planning", "falling", "processes", "churches", "boxes", "business", "status", "analysis", "phone", "free",
                "getting", "résumé", "crème", "agreed", "ties", "go", "the")) {
            String folded = Words.words(word).get(0);
            assertEquals(Words.stem(folded), js("var w = window.prepbookSearch.words(arguments[0])[0];"
                    + " return window.prepbookSearch.stem(w)", word), word);
        }
    }

    /** Text in many scripts, tokenised by search.js in Chromium and by Words in Java: the same terms, in order. */
    static final List<String> SCRIPTS = List.of(
            "الفَرِيقُ يعمل معاً، أحمـــد في إدارة المدرسة ٣ سنوات",
            "团队合作很重要。我们用Java写代码，面试官问：你的优势是什么？",
            "チームワークが大切です。面接では「ハンバーガー」とｶﾀｶﾅも書きます",
            "Команда, ёлка — ЙОГУРТ и краткий ответ на вопрос о зарплате",
            "टीम के साथ काम करना, साक्षात्कार की तैयारी और क़ीमत।",
            "Kapı IŞIK İstanbul'da ığdır; Çalışma ŞİRKETİ görüşme",
            "می‌خواهم در تیم کار کنم؛ كار و کار",
            "팀워크는 중요합니다. 면접관은 질문을 합니다",
            "ทีมงานสัมภาษณ์งาน",
            "Łódź STRASSE Straße STRAẞE Øresund oﬃce ＡＢＣ ΟΔΟΣ οδός résumé naïve",
            "שָׁלוֹם עולם 𠀀𠀁 emoji 🎉 text");

    @Test
    void tokensMatchTheJavaIndexer() {
        browser.get(server.base());
        waitFor(() -> js("return window.prepbookSearch") != null);
        for (String text : SCRIPTS) {
            for (boolean english : List.of(false, true)) {
                List<String> java = (english ? Words.of("en") : Words.of("ar")).terms(text);
                assertFalse(java.isEmpty(), text);
                assertEquals(java, js("return window.prepbookSearch.terms(arguments[0], arguments[1])", text, english),
                        (english ? "English: " : "") + text);
            }
        }
    }

    private WebElement box() {
        return browser.findElement(By.id("site-search"));
    }

    private WebElement type(String text) {
        WebElement box = box();
        box.click();
        box.sendKeys(text);
        String typed = box.getAttribute("value");
        waitFor(() -> "true".equals(box.getAttribute("aria-expanded"))
                && typed.equals(browser.findElement(By.id("site-search-list")).getAttribute("data-query")));
        return box;
    }

    private List<WebElement> options() {
        return browser.findElements(By.cssSelector("#site-search-list [role=option]"));
    }

    private List<WebElement> results() {
        waitFor(() -> !browser.findElements(By.cssSelector("#search-results a")).isEmpty());
        return browser.findElements(By.cssSelector("#search-results a"));
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> condition.getAsBoolean());
    }
}
