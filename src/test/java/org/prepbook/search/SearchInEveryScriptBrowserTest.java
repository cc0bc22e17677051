package org.prepbook.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.prepbook.Build;
import org.prepbook.output.DiskOutput;
import org.prepbook.testing.Browser;
import org.prepbook.testing.Fixtures;
import org.prepbook.testing.StaticServer;

/**
 * Search in real Chromium on the fixture sites written in Arabic, Chinese and Russian: a native
 * word typed into the box finds the item that holds it, and the box and the search page speak the
 * site's language.
 */
class SearchInEveryScriptBrowserTest {
    @TempDir
    static Path out;
    static final Map<String, StaticServer> SERVERS = new HashMap<>();
    static ChromeDriver browser;

    @BeforeAll
    static void buildAndServe() throws java.io.IOException {
        for (String site : List.of("arabic", "chinese", "russian")) {
            Path dir = out.resolve(site);
            Build.render(new Build.Options(Fixtures.site(site), Fixtures.THEMES, dir), new DiskOutput(dir));
            SERVERS.put(site, new StaticServer(dir, "/handbook/"));
        }
        browser = Browser.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        SERVERS.values().forEach(StaticServer::close);
    }

    @Test
    void anArabicWordFindsItsQuestionAndTheCountIsInArabicDigitsAndPluralForms() {
        assertFirstResult("arabic", "الفريق", "حدّثنا عن خلاف وقع داخل الفريق وكيف تعاملت معه.");
        assertEquals("نتيجتان", browser.findElement(By.id("site-search-status")).getAttribute("textContent"),
                "two results: Arabic's dual form, which says the number in its word");
        assertFirstResult("arabic", "في", "ما خبرتك في Java وفي قواعد البيانات؟");
        String status = browser.findElement(By.id("site-search-status")).getAttribute("textContent");
        assertTrue(status.matches("[٠-٩]+ (نتائج|نتيجة)"), status);
        assertEquals("نتائج البحث", browser.findElement(By.id("site-search-list")).getAttribute("aria-label"));
        assertFirstResult("arabic", "java", "ما خبرتك في Java وفي قواعد البيانات؟");
        assertFirstResult("arabic", "قواعد البيانات", "ما خبرتك في Java وفي قواعد البيانات؟");
    }

    @Test
    void aChineseWordFindsItsQuestionInsideALongerRun() {
        assertFirstResult("chinese", "团队", "请谈谈你在团队合作中遇到的一次分歧，以及你是怎么处理的。");
        List<String> marked = browser.findElements(By.cssSelector("#site-search-list [role=option] mark")).stream()
                .map(WebElement::getText).toList();
        assertFalse(marked.isEmpty());
        assertTrue(marked.stream().allMatch(m -> m.equals("团队")), "the excerpt marks the pair, not the clause: " + marked);
        assertFirstResult("chinese", "薪资", "你对薪资有什么期望？");
        assertFirstResult("chinese", "电话面试", "第一次电话面试");
        assertEquals(List.of("电话", "面试"), js("var s = window.prepbookSearch; return s.sparse(s.words('电话面试'))"),
                "a query's run of pairs is looked up by every other pair and the last");
        assertEquals(List.of("团队", "队合"), js("var s = window.prepbookSearch; return s.sparse(s.words('团队合'))"));
        assertFirstResult("chinese", "团队合作", "请谈谈你在团队合作中遇到的一次分歧，以及你是怎么处理的。");
    }

    @Test
    void aRussianWordFindsItsQuestionWhateverItsCase() {
        assertFirstResult("russian", "команда", "Как вы поступаете, когда команда не согласна с вашим решением?");
        assertFirstResult("russian", "ЗАРПЛАТЕ", "Каковы ваши ожидания по зарплате?");
    }

    @Test
    void theSearchPageAnswersADeepLinkInTheSitesLanguage() {
        browser.get(SERVERS.get("chinese").base() + "search/?q=" + java.net.URLEncoder.encode("团队", java.nio.charset.StandardCharsets.UTF_8));
        waitFor(() -> !browser.findElements(By.cssSelector("#search-results a")).isEmpty());
        List<WebElement> links = browser.findElements(By.cssSelector("#search-results a"));
        assertTrue(links.get(0).getText().startsWith("请谈谈你在团队合作中"), links.get(0).getText());
        String status = browser.findElement(By.id("search-status")).getText();
        assertTrue(status.startsWith("“团队”：") && status.endsWith("条结果"), status);

        browser.get(SERVERS.get("russian").base() + "search/");
        waitFor(() -> !browser.findElement(By.id("search-status")).getText().isEmpty());
        assertEquals("Type a word to search.", browser.findElement(By.id("search-status")).getText(),
                "no Russian messages ship, so English is the fallback");
    }

    private void assertFirstResult(String site, String query, String title) {
        browser.get(SERVERS.get(site).base());
        waitFor(() -> js("return window.prepbookSearch") != null);
        WebElement box = browser.findElement(By.id("site-search"));
        box.click();
        box.sendKeys(query);
        waitFor(() -> "true".equals(box.getAttribute("aria-expanded"))
                && query.equals(browser.findElement(By.id("site-search-list")).getAttribute("data-query")));
        List<WebElement> options = browser.findElements(By.cssSelector("#site-search-list [role=option]"));
        assertFalse(options.isEmpty(), query);
        String first = options.get(0).findElement(By.cssSelector(".search-title")).getText();
        assertEquals(title, first, site + ": " + query);
        assertEquals("auto", options.get(0).getAttribute("dir"), "a result may run the other way from the page");
    }

    private Object js(String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> condition.getAsBoolean());
    }
}
