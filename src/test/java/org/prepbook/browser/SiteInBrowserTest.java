package org.prepbook.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.prepbook.Build;
import org.prepbook.testing.Browser;
import org.prepbook.testing.Fixtures;
import org.prepbook.testing.StaticServer;

/**
 * The shipped handbook in a real headless Chromium, served from a sub-path as a career center
 * would host it: every page loads without errors, every link resolves, the keyboard and both
 * colour schemes work, and a phone-sized screen gets the narrow layout.
 */
class SiteInBrowserTest {
    @TempDir
    static Path dir;
    static StaticServer server;
    static ChromeDriver browser;
    static List<String> pages;

    @BeforeAll
    static void buildAndServe() throws Exception {
        Path site = dir.resolve("site");
        Build.run(new Build.Options(Path.of("content"), Fixtures.THEMES, site));
        try (Stream<Path> files = Files.walk(site)) {
            pages = files.filter(f -> f.getFileName().toString().equals("index.html"))
                    .map(f -> site.relativize(f.getParent()).toString().replace('\\', '/'))
                    .map(p -> p.isEmpty() ? "" : p + "/").sorted().toList();
        }
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

    private static JavascriptExecutor js() {
        return browser;
    }

    @Test
    void everyPageLoadsStyledWithoutConsoleErrorsAndEveryLinkResolves() throws Exception {
        assertTrue(pages.size() > 50, "the shipped handbook has all its pages: " + pages.size());
        TreeSet<String> links = new TreeSet<>();
        List<String> failures = new ArrayList<>();
        browser.manage().logs().get(LogType.BROWSER); // other tests' messages are not this test's business
        for (String page : pages) {
            browser.get(server.base() + page);
            Object background = js().executeScript("return getComputedStyle(document.querySelector('.site-header')).backgroundColor");
            if ("rgba(0, 0, 0, 0)".equals(background)) {
                failures.add(page + ": the stylesheet did not load");
            }
            @SuppressWarnings("unchecked")
            List<String> hrefs = (List<String>) js().executeScript(
                    "return [...document.querySelectorAll('a[href], link[href]')].map(a => new URL(a.getAttribute('href'), location.href).href)");
            for (String href : hrefs) {
                if (href.startsWith(server.base())) {
                    links.add(href.replaceFirst("#.*$", ""));
                } else if (href.startsWith("http://127.0.0.1")) {
                    failures.add(page + ": link escapes the sub-path: " + href);
                }
            }
            for (LogEntry entry : browser.manage().logs().get(LogType.BROWSER)) {
                if (entry.getLevel().intValue() >= Level.WARNING.intValue()) {
                    failures.add(page + ": console: " + entry.getMessage());
                }
            }
        }
        HttpClient http = HttpClient.newHttpClient();
        for (String link : links) {
            int status = http.send(HttpRequest.newBuilder(URI.create(link)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status != 200) {
                failures.add(link + " answers " + status);
            }
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void skipLinkIsTheFirstTabStopAndMovesFocusToMain() {
        browser.get(server.base() + "stages/phone-screen/");
        new Actions(browser).sendKeys(Keys.TAB).perform();
        WebElement focused = browser.switchTo().activeElement();
        assertEquals("Skip to main content", focused.getText());
        assertTrue(focused.isDisplayed(), "the skip link becomes visible on focus");
        focused.sendKeys(Keys.ENTER);
        assertEquals("main", browser.switchTo().activeElement().getAttribute("id"));
    }

    @Test
    void journeyDiagramLinksWorkFromTheSubPath() {
        browser.get(server.base());
        WebElement step = browser.findElement(By.cssSelector("svg.journey-wide a[href$='stages/phone-screen/']"));
        // Its accessible name is the text a reader sees in the box (WCAG 2.5.3).
        String visible = ((String) js().executeScript("return arguments[0].textContent", step)).replaceAll("\\s+", " ").strip();
        assertTrue(visible.startsWith("2 "), visible);
        assertEquals(visible, step.getAccessibleName().replaceAll("\\s+", " ").strip());
        // the stage's name, where a reader clicks (newer chromedriver refuses a click on the box under it)
        WebElement box = step.findElement(By.tagName("text"));
        // the theme scrolls smoothly, and chromedriver clicks before a smooth scroll ends
        js().executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", box);
        box.click();
        assertEquals(server.base() + "stages/phone-screen/", browser.getCurrentUrl());
        assertEquals("Stage 2 of 7", browser.findElement(By.cssSelector(".eyebrow")).getAttribute("textContent"));

        browser.get(server.base());
        WebElement last = browser.findElement(By.cssSelector("svg.journey-wide a[href$='stages/follow-up/']"));
        js().executeScript("arguments[0].focus()", last);
        assertEquals(last, browser.switchTo().activeElement(), "diagram links take keyboard focus");
        last.sendKeys(Keys.ENTER);
        assertEquals(server.base() + "stages/follow-up/", browser.getCurrentUrl());
    }

    @Test
    void textHasAaContrastInLightAndDarkMode() {
        for (String scheme : List.of("light", "dark")) {
            browser.executeCdpCommand("Emulation.setEmulatedMedia",
                    Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
            for (Map.Entry<String, List<String>> page : Map.of(
                    "stages/phone-screen/", List.of("main p", ".prose a", ".eyebrow", ".facts dd", ".site-nav a",
                            ".site-nav a[aria-current]", ".breadcrumbs a", ".panel-warn li", ".panel-tip li", ".site-footer p",
                            ".site-footer a", ".pager a span"),
                    "questions/", List.of(".meta", ".tag", ".filters a", ".filters a[aria-current]", ".question-line > a", ".jump a"),
                    "asks/", List.of(".item-id", ".item-id code", ".ask-text", ".meta"),
                    "emails/thank-you/", List.of("mark.placeholder", ".email figcaption", "code")).entrySet()) {
            browser.get(server.base() + page.getKey());
            for (String selector : page.getValue()) {
                @SuppressWarnings("unchecked")
                List<String> colours = (List<String>) js().executeScript("""
                        const el = document.querySelector(arguments[0]);
                        if (!el) return null;
                        let bg = el, c = 'rgba(0, 0, 0, 0)';
                        while (bg && (c = getComputedStyle(bg).backgroundColor) === 'rgba(0, 0, 0, 0)') bg = bg.parentElement;
                        return [getComputedStyle(el).color, c];""", selector);
                assertTrue(colours != null, selector + " is on the page");
                double ratio = Contrast.ratio(colours.get(0), colours.get(1));
                assertTrue(ratio >= 4.5, scheme + ": " + page.getKey() + " " + selector + " has contrast " + ratio + " (" + colours + ")");
            }
            }
            if (scheme.equals("dark")) {
                assertEquals("rgb(20, 23, 28)", js().executeScript("return getComputedStyle(document.body).backgroundColor"));
            }
        }
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
    }

    @Test
    void phoneSizedScreenGetsTheNarrowJourneyAndNoSidewaysScrolling() {
        Dimension before = browser.manage().window().getSize();
        try {
            browser.manage().window().setSize(new Dimension(390, 844));
            for (String page : List.of("", "stages/hiring-manager/", "questions/", "emails/decision-follow-up/")) {
                browser.get(server.base() + page);
                Object overflow = js().executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
                assertEquals(0L, overflow, page + " scrolls sideways on a phone");
            }
            browser.get(server.base());
            assertTrue(browser.findElement(By.cssSelector("svg.journey-narrow")).isDisplayed());
            assertTrue(!browser.findElement(By.cssSelector("svg.journey-wide")).isDisplayed());
        } finally {
            browser.manage().window().setSize(before);
        }
    }

    @Test
    void unknownUrlShowsTheStyledNotFoundPage() {
        browser.get(server.base() + "no/such/page/");
        assertEquals("Page not found", browser.findElement(By.tagName("h1")).getText());
        Object background = js().executeScript("return getComputedStyle(document.querySelector('.site-header')).backgroundColor");
        assertTrue(!"rgba(0, 0, 0, 0)".equals(background), "404 page is styled at any depth");
    }
}
