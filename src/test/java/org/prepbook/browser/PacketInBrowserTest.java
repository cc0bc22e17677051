package org.prepbook.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.prepbook.packet.Fixtures;
import org.prepbook.packet.Packets;
import org.prepbook.testing.Browser;
import org.prepbook.testing.StaticServer;

/** The HTML packet in a real browser: hostile profile values stay text and nothing is fetched. */
class PacketInBrowserTest {

    @Test
    void hostileValuesStayTextAndThePageFetchesNothingElse(@TempDir Path dir) throws Exception {
        try (StaticServer server = new StaticServer(dir, "/p/")) {
            String yaml = Fixtures.text(Fixtures.EARLY)
                    .replace("name: Zoë Łukasiewicz-Ngô", "name: \"Zoë <script>window.pwned = 1</script>\"")
                    .replace("company: Harbourline Freight", "company: \"<img src=" + server.base() + "evil.png onerror=window.pwned=2>\"")
                    .replace("      I have just finished", "      ![x](" + server.base() + "md.png) [me](javascript:window.pwned=3)\n"
                            + "      I have just finished");
            byte[] html = Fixtures.make(Fixtures.profile("early-career.yaml", yaml), Packets.Format.HTML).get("packet.html");
            Files.write(dir.resolve("packet.html"), html);
            ChromeDriver driver = Browser.start();
            try {
                driver.get(server.base() + "packet.html");
                JavascriptExecutor js = driver;
                assertEquals("Zoë <script>window.pwned = 1</script>", driver.findElement(By.tagName("h1")).getText());
                for (var link : driver.findElements(By.tagName("a"))) {
                    if (link.getText().equals("me")) {
                        link.click();
                    }
                }
                assertEquals(Boolean.TRUE, js.executeScript("return typeof window.pwned === 'undefined'"));
                assertEquals(0L, js.executeScript("return document.images.length"));
                // The browser may ask for a favicon on its own; the page itself must ask for nothing.
                assertEquals(List.of("packet.html"), server.requests().stream().filter(r -> !r.endsWith("favicon.ico")).toList());

                // Keyboard: the first Tab reaches the skip link, which leads to the main content.
                new Actions(driver).sendKeys(Keys.TAB).perform();
                assertEquals("Skip to the packet", driver.switchTo().activeElement().getText());
                new Actions(driver).sendKeys(Keys.ENTER).perform();
                assertTrue(driver.getCurrentUrl().endsWith("#main"), driver.getCurrentUrl());
            } finally {
                driver.quit();
            }
        }
    }
}
