package org.prepbook.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.prepbook.testing.Fixtures;
import org.prepbook.testing.ServedSite;
import org.prepbook.testing.StaticServer;

/**
 * The multilingual fixture in Chromium, served from a sub-path: the language switcher, used from
 * the keyboard, leads to the same question in Spanish, or to the Spanish home page for the question
 * Spanish lacks; the Arabic pages run right to left; and search on a Spanish page reads the Spanish
 * index.
 */
class LanguageSwitcherInBrowserTest {
    @TempDir
    static Path dir;
    static ServedSite served;
    static StaticServer server;
    static ChromeDriver browser;

    @BeforeAll
    static void buildAndServe() throws Exception {
        served = ServedSite.of(Fixtures.site("multilingual"), dir);
        server = served.server();
        browser = served.browser();
    }

    @AfterAll
    static void stop() {
        if (served != null) {
            served.close();
        }
    }

    @BeforeEach
    void freshPage() {
        browser.manage().window().setSize(new Dimension(1280, 900));
        browser.get("about:blank");
        server.clearRequests();
    }

    /** Tabs from the top of the page to the switcher's link to {@code lang} and follows it with Enter. */
    private static void switchByKeyboard(String lang) {
        WebElement target = browser.findElement(By.cssSelector("nav.languages a[lang=" + lang + "]"));
        for (int i = 0; i < 10 && !target.equals(browser.switchTo().activeElement()); i++) {
            new Actions(browser).sendKeys(Keys.TAB).perform();
        }
        assertEquals(target, browser.switchTo().activeElement(), "the switcher is reached with Tab, early in the page");
        new Actions(browser).sendKeys(Keys.ENTER).perform();
    }

    @Test
    void theSwitcherLeadsFromAnEnglishQuestionToTheSameQuestionInSpanish() {
        browser.get(server.base() + "questions/salary-expectations/");
        WebElement current = browser.findElement(By.cssSelector("nav.languages a[aria-current=page]"));
        assertEquals("English", current.getText());
        assertEquals("Español", browser.findElement(By.cssSelector("nav.languages a[lang=es]")).getText());
        switchByKeyboard("es");
        waitFor(() -> browser.getCurrentUrl().equals(server.base() + "es/questions/salary-expectations/"));
        assertEquals("es", browser.findElement(By.tagName("html")).getAttribute("lang"));
        assertEquals("¿Qué sueldo esperas?", browser.findElement(By.tagName("h1")).getText());
        assertEquals("Español", browser.findElement(By.cssSelector("nav.languages a[aria-current=page]")).getText());

        switchByKeyboard("en");
        waitFor(() -> browser.getCurrentUrl().equals(server.base() + "questions/salary-expectations/"));
    }

    @Test
    void aQuestionSpanishLacksLeadsToTheSpanishHomePage() {
        browser.get(server.base() + "questions/why-us/");
        switchByKeyboard("es");
        waitFor(() -> browser.getCurrentUrl().equals(server.base() + "es/"));
        assertEquals("Manual de entrevistas", browser.findElement(By.tagName("h1")).getText());
    }

    @Test
    void theArabicPagesRunRightToLeftWithTheSwitcherAtTheirEnd() {
        browser.get(server.base() + "questions/why-us/");
        browser.findElement(By.cssSelector("nav.languages a[lang=ar]")).click();
        waitFor(() -> browser.getCurrentUrl().equals(server.base() + "ar/questions/why-us/"));
        assertEquals("rtl", browser.findElement(By.tagName("html")).getAttribute("dir"));
        assertEquals("rtl", browser.executeScript("return getComputedStyle(document.body).direction"));
        WebElement switcher = browser.findElement(By.cssSelector("nav.languages ul"));
        WebElement brand = browser.findElement(By.cssSelector(".brand"));
        assertTrue(switcher.getRect().getX() + switcher.getRect().getWidth() < brand.getRect().getX(),
                "the switcher sits at the left, the end of a right-to-left line; the site's name at the right");
    }

    @Test
    void searchOnASpanishPageFindsSpanishWordsInTheSpanishIndex() {
        browser.get(server.base() + "es/stages/phone-screen/");
        WebElement box = browser.findElement(By.id("site-search"));
        box.click();
        box.sendKeys("presupuesto");
        waitFor(() -> !browser.findElements(By.cssSelector("#site-search-list [role=option]")).isEmpty());
        List<WebElement> options = browser.findElements(By.cssSelector("#site-search-list [role=option]"));
        assertTrue(options.get(0).getText().startsWith("¿Qué sueldo esperas?"), options.get(0).getText());
        assertTrue(server.requests().contains("es/search/index.json"), server.requests().toString());
        assertFalse(server.requests().contains("search/index.json"), "the English index is never fetched");

        browser.get(server.base() + "es/search/?q=presupuesto");
        waitFor(() -> !browser.findElements(By.cssSelector("#search-results a")).isEmpty());
        WebElement first = browser.findElement(By.cssSelector("#search-results a"));
        assertEquals(server.base() + "es/questions/salary-expectations/", first.getAttribute("href"));
    }

    private static void waitFor(BooleanSupplier condition) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> condition.getAsBoolean());
    }
}
