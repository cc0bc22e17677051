package org.prepbook.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.prepbook.serve.LiveServer;
import org.prepbook.testing.Browser;
import org.prepbook.testing.Fixture;

/**
 * {@code prepbook serve} in a real headless Chromium: the injected script reloads the open tab on
 * its own after a save, shows the error overlay when the content breaks or a page has a broken link,
 * reachable with the keyboard, and clears it once fixed.
 */
class LiveReloadInBrowserTest {
    private static final String PAGE = "pages/how-to-use.md";
    // Bounds a hang on a busy machine; not a measure of speed.
    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    @Test
    void openTabFollowsSavesAndShowsErrorsOverTheLastGoodPage() throws Exception {
        Fixture site = Fixture.copy(dir);
        ChromeDriver browser = Browser.start();
        try (LiveServer server = LiveServer.start(site.options(dir.resolve("out")),
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), new PrintWriter(new StringWriter(), true))) {
            browser.get(server.base() + "how-to-use/");
            // A reload replaces the document under the test's feet: ask again rather than fail on a stale element.
            WebDriverWait wait = new WebDriverWait(browser, WAIT);
            wait.ignoring(StaleElementReferenceException.class);
            assertTrue(browser.findElement(By.tagName("main")).getText().contains("Begin with the"));

            connected(wait);
            site.replace(PAGE, "Begin with the", "Start with the");
            wait.until(d -> d.findElement(By.tagName("main")).getText().contains("Start with the"));

            connected(wait);
            site.replace(PAGE, "title: How to use this handbook", "title: [broken");
            wait.until(d -> !d.findElements(By.id("prepbook-error-overlay")).isEmpty());
            connected(wait);
            String overlay = browser.findElement(By.id("prepbook-error-overlay")).getText();
            assertTrue(overlay.contains(site.file(PAGE) + ":2:8: the list opened with"), overlay);
            assertTrue(overlay.contains("    2 | title: [broken"), "the overlay quotes the line: " + overlay);
            assertTrue(browser.findElement(By.tagName("main")).getText().contains("Start with the"),
                    "the last good page is still underneath");

            connected(wait);
            site.replace(PAGE, "title: [broken", "title: How to use this handbook");
            wait.until(d -> d.findElements(By.id("prepbook-error-overlay")).isEmpty());
        } finally {
            browser.quit();
        }
    }

    @Test
    void showsABrokenLinkOverTheNewPageWithinReachOfTheKeyboard() throws Exception {
        Fixture site = Fixture.copy(dir);
        ChromeDriver browser = Browser.start();
        try (LiveServer server = LiveServer.start(site.options(dir.resolve("out")),
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), new PrintWriter(new StringWriter(), true))) {
            browser.get(server.base() + "how-to-use/");
            WebDriverWait wait = new WebDriverWait(browser, WAIT);
            wait.ignoring(StaleElementReferenceException.class);
            connected(wait);
            site.replace(PAGE, "(/stages/)", "(/stagez/)").replace(PAGE, "Begin with the", "Start with the");
            wait.until(d -> !d.findElements(By.id("prepbook-error-overlay")).isEmpty());
            connected(wait);
            WebElement overlay = browser.findElement(By.id("prepbook-error-overlay"));
            assertTrue(overlay.getText().contains(site.file(PAGE) + ":6:36: broken link '/stagez/': no such page or file"),
                    overlay.getText());
            assertTrue(overlay.getText().contains("    6 | "), "the overlay quotes the line: " + overlay.getText());
            assertTrue(browser.findElement(By.tagName("main")).getText().contains("Start with the"), "the new page is served");
            Path shot = Path.of("target/screenshots/serve-overlay-broken-link.png");
            Files.createDirectories(shot.getParent());
            Files.write(shot, browser.getScreenshotAs(OutputType.BYTES));

            // The first Tab stop of the page is the panel's button; Enter folds the list away and brings it back.
            browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
            WebElement focused = browser.switchTo().activeElement();
            assertEquals("Hide", focused.getText());
            assertEquals("true", focused.getDomAttribute("aria-expanded"));
            focused.sendKeys(Keys.ENTER);
            assertFalse(browser.findElement(By.id("prepbook-error-overlay-list")).isDisplayed(), "folded");
            assertEquals("false", focused.getDomAttribute("aria-expanded"));
            focused.sendKeys(Keys.ENTER);
            WebElement list = browser.findElement(By.id("prepbook-error-overlay-list"));
            assertTrue(list.isDisplayed(), "unfolded");
            // The list scrolls, so it is a Tab stop of its own; Escape inside the panel folds it.
            focused.sendKeys(Keys.TAB);
            assertEquals(list, browser.switchTo().activeElement());
            list.sendKeys(Keys.ESCAPE);
            assertFalse(list.isDisplayed(), "Escape folds the panel");
            browser.executeScript("sessionStorage.clear()");

            site.replace(PAGE, "(/stagez/)", "(/stages/)");
            wait.until(d -> d.findElements(By.id("prepbook-error-overlay")).isEmpty());
        } finally {
            browser.quit();
        }
    }

    // The page listens for reloads once its event stream said hello.
    private static void connected(WebDriverWait wait) {
        wait.until(d -> d.findElement(By.tagName("html")).getDomAttribute("data-prepbook-live") != null);
    }
}
