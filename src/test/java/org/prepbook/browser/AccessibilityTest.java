package org.prepbook.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.prepbook.Build;
import org.prepbook.testing.Browser;
import org.prepbook.testing.Fixtures;
import org.prepbook.testing.StaticServer;

/**
 * axe-core, Deque's accessibility rules, on every page of the shipped handbook, of the minimal
 * fixture site (which has every content type) and of the multilingual one (its language switcher,
 * its Arabic pages), served from a sub-path: in light and dark mode on a
 * wide screen and in light mode on a phone-sized one. Any violation of WCAG 2.2 A or AA, or of
 * axe's best practices, fails, with the rule, the page and the elements named.
 */
class AccessibilityTest {
    /**
     * WCAG 2.2 A and AA and axe's best practices (two search landmarks with one name is one of those);
     * plus label-in-name (WCAG 2.5.3, level A), which axe 4.10 still counts as experimental and so
     * leaves out unless asked.
     */
    private static final String OPTIONS = """
            {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa", "best-practice"]},
             "rules": {"label-content-name-mismatch": {"enabled": true}}}""";

    @TempDir
    static Path dir;
    static ChromeDriver browser;

    @BeforeAll
    static void start() {
        browser = Browser.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theShippedHandbookHasNoViolations() throws Exception {
        assertNoViolations(Path.of("content"), "shipped");
    }

    @Test
    void theFixtureWithEveryContentTypeHasNoViolations() throws Exception {
        assertNoViolations(Fixtures.site("minimal"), "minimal");
    }

    @Test
    void theHandbookInThreeLanguagesHasNoViolations() throws Exception {
        assertNoViolations(Fixtures.site("multilingual"), "multilingual");
    }

    private static void assertNoViolations(Path content, String name) throws Exception {
        Path site = dir.resolve(name);
        Build.run(new Build.Options(content, Fixtures.THEMES, site));
        List<String> pages = new ArrayList<>(pages(site));
        // The 404 at a missing URL, and search with results drawn and the header's list open.
        pages.add("no/such/page/");
        List<String> found = new ArrayList<>();
        try (StaticServer server = new StaticServer(site, "/handbook/")) {
            for (String mode : List.of("light", "dark", "phone")) {
                browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
                        List.of(Map.of("name", "prefers-color-scheme", "value", mode.equals("dark") ? "dark" : "light"))));
                browser.manage().window().setSize(mode.equals("phone") ? new Dimension(390, 844) : new Dimension(1280, 900));
                for (String page : pages) {
                    browser.get(server.base() + page);
                    found.addAll(violations(mode + " " + page));
                }
                browser.get(server.base() + "search/?q=interview");
                new WebDriverWait(browser, java.time.Duration.ofSeconds(10))
                        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#search-results li")));
                browser.findElement(By.id("site-search")).sendKeys("salary");
                new WebDriverWait(browser, java.time.Duration.ofSeconds(10))
                        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[role=listbox] [role=option]")));
                found.addAll(violations(mode + " search/?q=interview, header list open"));
            }
        } finally {
            browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
            browser.manage().window().setSize(new Dimension(1280, 900));
        }
        assertTrue(pages.size() > 10, name + " has its pages: " + pages);
        assertEquals(List.of(), found, name + ": axe-core found WCAG 2.2 A/AA violations");
    }

    private static List<String> violations(String where) {
        AxeBuilder axe = new AxeBuilder();
        axe.setOptions(OPTIONS);
        Results results = axe.analyze(browser);
        List<String> out = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            for (CheckedNode node : rule.getNodes()) {
                out.add(where + ": " + rule.getId() + " (" + rule.getHelp() + ") at " + node.getTarget() + ": " + node.getHtml());
            }
        }
        return out;
    }

    static List<String> pages(Path site) throws IOException {
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(f -> f.getFileName().toString().equals("index.html"))
                    .map(f -> site.relativize(f.getParent()).toString().replace('\\', '/'))
                    .map(p -> p.isEmpty() ? "" : p + "/").sorted().toList();
        }
    }
}
