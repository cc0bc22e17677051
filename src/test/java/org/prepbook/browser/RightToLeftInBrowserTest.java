package org.prepbook.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.prepbook.testing.Fixtures;
import org.prepbook.testing.ServedSite;
import org.prepbook.testing.StaticServer;

/**
 * The theme mirrors for a right-to-left language: an Arabic fixture site drawn left to right and
 * then right to left, and every part that has a side (header, breadcrumbs, cards, the journey, the
 * on-page contents, the pager, the search list) found at the mirrored place.
 *
 * <p>The page's {@code dir} is set here by script: the layout takes it from the site's language
 * in a change of its own, and this test is about the stylesheet.
 */
class RightToLeftInBrowserTest {
    @TempDir
    static Path dir;
    static ServedSite served;
    static StaticServer server;
    static ChromeDriver browser;

    @BeforeAll
    static void buildAndServe() throws Exception {
        served = ServedSite.of(Fixtures.site("arabic-layout"), dir);
        server = served.server();
        browser = served.browser();
    }

    @AfterAll
    static void stop() {
        if (served != null) {
            served.close();
        }
    }

    /** The left and right edge of each element {@code selector} finds, in the given direction. */
    @SuppressWarnings("unchecked")
    private static List<List<Number>> edges(String dir, String selector) {
        return (List<List<Number>>) browser.executeScript("""
                document.documentElement.dir = arguments[0];
                return [...document.querySelectorAll(arguments[1])].map(e => { const r = e.getBoundingClientRect(); return [r.left, r.right]; });""",
                dir, selector);
    }

    private static void assertMirrored(String page, List<String> selectors) {
        browser.get(server.base() + page);
        double width = ((Number) browser.executeScript("return document.documentElement.clientWidth")).doubleValue();
        List<String> wrong = new ArrayList<>();
        for (String selector : selectors) {
            List<List<Number>> ltr = edges("ltr", selector);
            List<List<Number>> rtl = edges("rtl", selector);
            assertTrue(!ltr.isEmpty(), page + ": " + selector + " is on the page");
            for (int i = 0; i < ltr.size(); i++) {
                double left = ltr.get(i).get(0).doubleValue();
                double mirroredRight = width - rtl.get(i).get(1).doubleValue();
                if (Math.abs(left - mirroredRight) > 2) {
                    wrong.add(page + " " + selector + " #" + i + ": " + left + " from the left, but " + mirroredRight + " from the right");
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void theHeaderBreadcrumbsContentsAndPagerMirror() {
        assertMirrored("stages/preparation/", List.of(".brand", ".site-nav li", ".breadcrumbs li", "nav.toc", ".page-body",
                ".facts > div", ".two-col > section", ".pager a", "main h1"));
    }

    @Test
    void theHomePagesJourneyAndCardsMirror() {
        assertMirrored("", List.of("svg.journey-wide a rect", ".cards > li", ".hero h1"));
        // Mirrored, the diagram's labels still read as text, not as their mirror image.
        browser.executeScript("document.documentElement.dir = 'rtl'");
        String transform = (String) browser.executeScript(
                "return new DOMMatrix(getComputedStyle(document.querySelector('svg.journey-wide')).transform).a + ' '"
                        + " + new DOMMatrix(getComputedStyle(document.querySelector('svg.journey-wide text')).transform).a");
        assertEquals("-1 -1", transform, "the row is flipped and each label flipped back");
    }

    @Test
    void theBankListsAndTheSearchListMirror() {
        assertMirrored("questions/", List.of(".filters li", ".question-line > a", "nav.jump li"));
        browser.executeScript("document.documentElement.dir = 'rtl'");
        browser.findElement(By.id("site-search")).sendKeys("name");
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[role=listbox]")));
        @SuppressWarnings("unchecked")
        Map<String, Number> at = (Map<String, Number>) browser.executeScript("""
                const list = document.querySelector('[role=listbox]').getBoundingClientRect();
                const box = document.querySelector('.site-search').getBoundingClientRect();
                return {list: list.left, box: box.left};""");
        assertEquals(at.get("box").doubleValue(), at.get("list").doubleValue(), 1, "the list lines up with the box's end, which is its left in Arabic");
    }
}
