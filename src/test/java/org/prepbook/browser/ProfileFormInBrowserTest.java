package org.prepbook.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.prepbook.packet.Fixtures;
import org.prepbook.packet.Packets;
import org.prepbook.profile.Profile;
import org.prepbook.testing.ServedSite;
import org.prepbook.testing.StaticServer;

/**
 * "Make your prep profile" in a real browser, from a sub-path: a student fills the form with the
 * keyboard, the file it downloads parses as a profile and makes a packet, and the page sends
 * nothing anywhere.
 */
class ProfileFormInBrowserTest {
    @TempDir
    static Path dir;
    static ServedSite served;
    static StaticServer server;
    static ChromeDriver browser;

    @BeforeAll
    static void buildAndServe() throws Exception {
        served = ServedSite.of(Path.of("content"), dir);
        server = served.server();
        browser = served.browser();
    }

    @AfterAll
    static void stop() {
        if (served != null) {
            served.close();
        }
    }

    private static JavascriptExecutor js() {
        return browser;
    }

    private static WebElement field(String css) {
        return browser.findElement(By.cssSelector(css));
    }

    private static void type(String css, String text) {
        WebElement f = field(css);
        f.clear();
        f.sendKeys(text);
    }

    /** Sets a date or time control the way a picker would: by value, then the events a picker fires. */
    private static void pick(WebElement control, String value) {
        js().executeScript("arguments[0].value = arguments[1];"
                + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
                + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", control, value);
    }

    @Test
    void theDownloadedProfileMakesAPacket() {
        server.clearRequests();
        browser.get(server.base() + "profile/");
        // The download goes through a blob URL: keep each blob so the test can read the file the browser saves.
        js().executeScript("window.savedBlobs = []; var make = URL.createObjectURL;"
                + "URL.createObjectURL = function (b) { window.savedBlobs.push(b); return make.call(URL, b); };");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> !d.findElements(By.cssSelector("[data-choices=prompts] input")).isEmpty());

        // A name in Arabic script with the characters YAML treats specially, a company with a colon.
        String name = "ليلى \"Lily\" عبد الرحمن: #1";
        type("#pf-name", name);
        type("#pf-email", "layla@example.org");
        type("#pf-phone", "+1 312 555 0100");
        type("#pf-role", "Junior Analyst");
        type("#pf-company", "Acme: Data & Co");
        type("#pf-zone", "America/Chicago");
        type("#pf-strength", "explaining numbers plainly");
        type("#pf-evidence", "I tutored statistics for two years.");

        new Select(field("[data-field=stage]")).selectByValue("phone-screen");
        pick(field("[data-field=at]"), "2026-12-03T10:30");
        field("[data-field=who]").sendKeys("Sam Lee");
        new Select(field("[data-field=format]")).selectByValue("phone");

        // A second interview, added and filled by keyboard only.
        field("[data-add-interview]").sendKeys(Keys.ENTER);
        WebElement second = browser.switchTo().activeElement();
        assertEquals("select", second.getTagName(), "adding an interview moves focus to its first field");
        new Select(second).selectByValue("hiring-manager");
        List<WebElement> at = browser.findElements(By.cssSelector("[data-field=at]"));
        pick(at.get(1), "2026-12-09T14:00");
        browser.findElements(By.cssSelector("[data-field=who]")).get(1).sendKeys("Grace Okafor");
        pick(field("#pf-decision"), "2026-12-16");

        // Questions are those likely at the chosen stages: answer one, keep one to prepare later.
        List<WebElement> questions = browser.findElements(By.cssSelector("[data-choices=questions] input[type=checkbox]"));
        assertTrue(questions.size() >= 2, "questions for the phone screen and the hiring manager are offered");
        questions.get(0).sendKeys(Keys.SPACE);
        String answered = questions.get(0).getAttribute("value");
        field("#" + questions.get(0).getAttribute("id") + "-answer").sendKeys("I keep a list of what worked:\nthree lines.");
        questions.get(1).sendKeys(Keys.SPACE);
        String todo = questions.get(1).getAttribute("value");
        WebElement ask = field("[data-choices=asks] input[type=checkbox]");
        ask.sendKeys(Keys.SPACE);
        WebElement prompt = field("[data-choices=prompts] input[type=checkbox]");
        prompt.sendKeys(Keys.SPACE);
        field("#" + prompt.getAttribute("id") + "-answer").sendKeys("My first job was at a bakery.");

        // Every control has a label a screen reader announces.
        assertEquals(0L, js().executeScript("return Array.from(document.querySelectorAll('form input, form select, form textarea'))"
                + ".filter(function (f) { return f.labels.length === 0; }).length"));

        field(".pf-actions button[type=submit]").sendKeys(Keys.ENTER);
        assertEquals("Downloaded profile.yaml.", field("[data-profile-status]").getText());
        Object saved = js().executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "window.savedBlobs[window.savedBlobs.length - 1].text().then(done);");
        String yaml = (String) saved;
        assertEquals(field("#pf-yaml").getAttribute("value"), yaml, "the file is what the page shows");
        assertTrue(yaml.contains("# Still to prepare"), yaml);
        assertTrue(yaml.contains("#   " + todo + ": "), yaml);

        Profile profile = Fixtures.profile("form.yaml", yaml);
        assertEquals(name, profile.candidate().name());
        assertEquals("Acme: Data & Co", profile.target().company());
        assertEquals(2, profile.interviews().size());
        Map<String, byte[]> packet = Fixtures.make(profile, Packets.Format.HTML, Packets.Format.ICS);
        String html = new String(packet.get("packet.html"), StandardCharsets.UTF_8);
        assertTrue(html.contains("I keep a list of what worked:"), "the answer written in the form is in the packet");
        assertTrue(html.contains("My first job was at a bakery."), "the backstory answer is in the packet");
        assertTrue(new String(packet.get("packet.ics"), StandardCharsets.UTF_8).contains("BEGIN:VEVENT"));
        assertFalse(yaml.contains("question: " + "\"" + todo + "\""), "a question without an answer is not counted as prepared");
        assertTrue(yaml.contains("question: \"" + answered + "\""), yaml);

        // Nothing left the browser: only the page's own files were fetched, and no form was sent.
        assertEquals(server.base() + "profile/", browser.getCurrentUrl());
        List<String> asked = server.requests().stream().filter(r -> !r.endsWith("favicon.ico") && !r.endsWith("favicon.svg")).toList();
        assertTrue(asked.stream().allMatch(r -> r.equals("profile/") || r.equals("profile/lists.json") || r.startsWith("assets/")), asked.toString());
    }

    @Test
    void removingAnInterviewKeepsAtLeastOne() {
        browser.get(server.base() + "profile/");
        WebElement remove = field("[data-remove-interview]");
        assertFalse(remove.isDisplayed(), "the only interview cannot be removed");
        field("[data-add-interview]").sendKeys(Keys.ENTER);
        List<WebElement> buttons = browser.findElements(By.cssSelector("[data-remove-interview]"));
        assertEquals(2, buttons.size());
        buttons.get(1).sendKeys(Keys.ENTER);
        assertEquals(1, browser.findElements(By.cssSelector(".pf-interview")).size());
        assertEquals("Interview 1", field(".pf-interview legend").getText());
    }
}
