package org.prepbook.testing;

import java.nio.file.Path;
import org.openqa.selenium.chrome.ChromeDriver;
import org.prepbook.Build;

/**
 * What most browser tests start from: a content folder built with the project's theme, served from
 * the sub-path {@code /handbook/}, and one Chromium to look at it. Closing it quits both.
 */
public final class ServedSite implements AutoCloseable {
    private final StaticServer server;
    private final ChromeDriver browser;

    private ServedSite(StaticServer server, ChromeDriver browser) {
        this.server = server;
        this.browser = browser;
    }

    /** Builds {@code content} into {@code dir/site}, serves it and starts the browser. */
    public static ServedSite of(Path content, Path dir) throws Exception {
        Path site = dir.resolve("site");
        Build.run(new Build.Options(content, Fixtures.THEMES, site));
        StaticServer server = new StaticServer(site, "/handbook/");
        try {
            return new ServedSite(server, Browser.start());
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    public StaticServer server() {
        return server;
    }

    public ChromeDriver browser() {
        return browser;
    }

    @Override
    public void close() {
        browser.quit();
        server.close();
    }
}
