package org.prepbook.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.prepbook.testing.Browser;
import org.prepbook.testing.Fixtures;
import org.prepbook.testing.ServedSite;
import org.prepbook.testing.StaticServer;

/**
 * Finding one's way in a real browser, on the minimal fixture served from a sub-path: the compact
 * header's menu, breadcrumbs on a phone, the on-page contents, copy buttons, and a search page
 * whose results do not push the page around.
 */
class NavigationInBrowserTest {
    @TempDir
    static Path dir;
    static ServedSite served;
    static StaticServer server;
    static ChromeDriver browser;

    @BeforeAll
    static void buildAndServe() throws Exception {
        served = ServedSite.of(Fixtures.site("minimal"), dir);
        server = served.server();
        browser = served.browser();
    }

    @AfterAll
    static void stop() {
        if (served != null) {
            served.close();
        }
    }

    @AfterEach
    void wideScreenAndScriptsOn() {
        browser.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
        browser.manage().window().setSize(new Dimension(1280, 900));
    }

    private Object js(String script, Object... args) {
        return browser.executeScript(script, args);
    }

    @Test
    void onAPhoneTheMenuButtonOpensAndClosesTheNavigation() {
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(server.base() + "stages/phone-screen/");
        WebElement button = browser.findElement(By.cssSelector(".menu-button"));
        WebElement nav = browser.findElement(By.id("site-nav"));
        assertTrue(button.isDisplayed());
        assertFalse(nav.isDisplayed(), "the compact header hides the navigation");
        WebElement brand = browser.findElement(By.cssSelector(".brand"));
        assertEquals(brand.getRect().getY() + brand.getRect().getHeight() / 2,
                button.getRect().getY() + button.getRect().getHeight() / 2, 3, "the name and the button share a line");
        button.click();
        assertEquals("true", button.getAttribute("aria-expanded"));
        assertTrue(nav.isDisplayed());
        assertTrue(nav.findElement(By.cssSelector("a[aria-current=page]")).isDisplayed());
        new Actions(browser).sendKeys(Keys.ESCAPE).perform();
        assertFalse(nav.isDisplayed());
        assertEquals(button, browser.switchTo().activeElement(), "Escape returns focus to the button");
    }

    @Test
    void withoutJavaScriptAPhoneShowsTheWholeNavigationAndNoDeadButton() {
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
        browser.get(server.base() + "stages/phone-screen/");
        assertFalse(browser.findElement(By.cssSelector(".menu-button")).isDisplayed());
        assertTrue(browser.findElement(By.cssSelector("#site-nav a[href$='emails/']")).isDisplayed());
    }

    @Test
    void onAPhoneBreadcrumbsStayOnOneLineAndNoSeparatorIsLeftAlone() {
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(server.base() + "questions/salary-expectations/");
        @SuppressWarnings("unchecked")
        List<Number> tops = (List<Number>) js("return [...document.querySelectorAll('.breadcrumbs li')].map(li => li.getBoundingClientRect().top)");
        assertEquals(3, tops.size());
        assertTrue(tops.stream().allMatch(t -> Math.abs(t.doubleValue() - tops.get(0).doubleValue()) < 1), "one line: " + tops);
        assertEquals(0L, js("return document.documentElement.scrollWidth - document.documentElement.clientWidth"));
        Object last = js("const s = document.querySelector('.breadcrumbs [aria-current=page]'); return s.scrollWidth > s.clientWidth");
        assertEquals(true, last, "the current page's name, which the heading repeats, is the part that gives way");
    }

    @Test
    void aShortJourneyIsDrawnAtTheSizeOfALongOnesBoxesNotBlownUpToTheFullWidth() {
        browser.get(server.base());
        WebElement svg = browser.findElement(By.cssSelector(".journey-wide"));
        WebElement box = svg.findElement(By.tagName("rect"));
        // Its 80 units high at most 1.2 times their size (6rem), where the full width would make it 280 px.
        assertTrue(svg.getRect().getHeight() <= 96, "the diagram's height: " + svg.getRect().getHeight());
        assertTrue(box.getRect().getWidth() < 250, "a stage's box: " + box.getRect().getWidth() + " px wide");
    }

    @Test
    void onAWideScreenTheContentsStayInViewAndFollowTheReader() {
        browser.get(server.base() + "stages/phone-screen/");
        WebElement toc = browser.findElement(By.cssSelector("nav.toc"));
        assertEquals("true", toc.findElement(By.tagName("details")).getAttribute("open"), "open beside the text");
        WebElement body = browser.findElement(By.cssSelector(".page-body"));
        assertTrue(toc.getRect().getX() > body.getRect().getX() + body.getRect().getWidth() - 1, "a column after the text");
        assertEquals(0L, js("return document.querySelectorAll('nav.toc a[aria-current]').length"), "nothing read yet");
        js("document.body.style.paddingBottom = '3000px'; document.getElementById('asks-here').scrollIntoView({behavior: 'instant'})");
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> "true".equals(
                toc.findElement(By.cssSelector("a[href='#asks-here']")).getAttribute("aria-current")));
        Number top = (Number) js("return arguments[0].getBoundingClientRect().top", toc);
        assertTrue(top.doubleValue() >= 0 && top.doubleValue() < 40, "sticky at the top of the window: " + top);
        assertEquals(1L, js("return document.querySelectorAll('nav.toc a[aria-current]').length"));
        js("window.scrollTo({top: 0, behavior: 'instant'})");
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> Long.valueOf(0).equals(
                js("return document.querySelectorAll('nav.toc a[aria-current]').length")));
    }

    @Test
    void onAPhoneTheContentsAreAClosedDisclosureAboveTheText() {
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(server.base() + "stages/phone-screen/");
        WebElement details = browser.findElement(By.cssSelector("nav.toc details"));
        assertEquals(null, details.getAttribute("open"));
        WebElement prose = browser.findElement(By.cssSelector(".page-body .prose"));
        assertTrue(details.getRect().getY() < prose.getRect().getY());
        details.findElement(By.tagName("summary")).click();
        assertTrue(details.findElement(By.cssSelector("a[href='#tips']")).isDisplayed());
    }

    @Test
    void theCopyButtonIsReachedByKeyboardAndCopiesTheEmailWithLabelsInBrackets() {
        browser.get(server.base() + "emails/thank-you/");
        browser.executeCdpCommand("Browser.grantPermissions", Map.of("origin", server.base().replaceFirst("/handbook/$", ""),
                "permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
        WebElement button = browser.findElement(By.cssSelector(".email-copy .copy-button"));
        assertTrue(button.isDisplayed());
        for (int i = 0; i < 40 && !button.equals(browser.switchTo().activeElement()); i++) {
            new Actions(browser).sendKeys(Keys.TAB).perform();
        }
        assertEquals(button, browser.switchTo().activeElement(), "Tab reaches the copy button");
        new Actions(browser).sendKeys(Keys.ENTER).perform();
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".email-copy .copy-status"), "Copied"));
        String copied = (String) browser.executeAsyncScript("navigator.clipboard.readText().then(arguments[0])");
        assertEquals("Subject: Thank you, [Their name]\n\nHi [Their name],\n\nThanks for talking about the [Role] role.\n\n[Your name]", copied);
    }

    @Test
    void searchResultsFillSpaceKeptForThemSoNothingShifts() {
        browser.get(server.base() + "search/?q=salary");
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#search-results li")));
        Number shift = (Number) browser.executeAsyncScript("""
                const done = arguments[0]; let total = 0;
                new PerformanceObserver(list => list.getEntries().forEach(e => { if (!e.hadRecentInput) total += e.value; }))
                    .observe({type: 'layout-shift', buffered: true});
                setTimeout(() => done(total), 500);""");
        assertTrue(shift.doubleValue() < 0.02, "cumulative layout shift " + shift);
    }
}
