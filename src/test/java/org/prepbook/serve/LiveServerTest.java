package org.prepbook.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prepbook.output.MemoryOutput;
import org.prepbook.Build;
import org.prepbook.testing.Fixture;

/** {@code prepbook serve} as an editor uses it: open a page, save changes, break and fix a file, stop. */
class LiveServerTest {
    private static final String PAGE = "pages/how-to-use.md";
    // Generous: the machine is shared; this bounds a hang, it does not measure speed.
    private static final long WAIT_SECONDS = 60;

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void servesRebuildsReloadsShowsErrorsAndStopsCleanly() throws Exception {
        Fixture site = Fixture.copy(dir);
        StringWriter log = new StringWriter();
        LiveServer server = LiveServer.start(site.options(dir.resolve("out")),
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), new PrintWriter(log, true));
        BlockingQueue<String> events = new LinkedBlockingQueue<>();
        Thread listener;
        String base = server.base();
        String page = base + "how-to-use/";
        try {
            assertTrue(base.endsWith("/handbook/"), "served at the sub-path of base_url: " + base);
            HttpResponse<String> root = get(base.substring(0, base.length() - "handbook/".length()));
            assertEquals(302, root.statusCode());
            assertEquals("/handbook/", root.headers().firstValue("Location").orElse(""));
            String first = get(page).body();
            assertTrue(first.contains("Begin with the"), first);
            assertTrue(first.contains("new EventSource(\"/handbook/__prepbook/events\")"), "reload script injected");
            assertFalse(first.contains(Overlay.ID));

            HttpResponse<Stream<String>> stream = http.send(HttpRequest.newBuilder(URI.create(base + "__prepbook/events")).build(),
                    HttpResponse.BodyHandlers.ofLines());
            assertEquals("text/event-stream; charset=utf-8", stream.headers().firstValue("Content-Type").orElse(""));
            listener = new Thread(() -> stream.body().filter(l -> l.startsWith("event: ")).forEach(events::add));
            listener.start();
            assertEquals("event: hello", events.poll(WAIT_SECONDS, TimeUnit.SECONDS));

            site.replace(PAGE, "Begin with the", "Start with the");
            String changed = awaitReloadUntil(events, page, html -> html.contains("Start with the"));
            assertFalse(changed.contains("Begin with the"));

            site.replace(PAGE, "title: How to use this handbook", "title: [broken");
            String broken = awaitReloadUntil(events, page, html -> html.contains(Overlay.ID));
            assertTrue(broken.contains(site.file(PAGE) + ":2:8: the list opened with"), broken);
            assertTrue(broken.contains("    2 | title: [broken"), "the overlay quotes the line: " + broken);
            assertTrue(broken.contains("Start with the"), "the last good page stays served under the overlay");
            assertTrue(log.toString().contains("still serving the last good version"), log.toString());

            site.replace(PAGE, "title: [broken", "title: How to use this handbook");
            awaitReloadUntil(events, page, html -> !html.contains(Overlay.ID));
        } finally {
            server.close();
        }
        listener.join(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
        assertFalse(listener.isAlive(), "the event stream ends when the server stops");
        assertThrows(ConnectException.class, () -> get(page));
    }

    @Test
    void answersOnlyTheHostNamesItIsBoundTo() throws Exception {
        try (LiveServer server = LiveServer.start(Fixture.copy(dir).options(dir.resolve("out")),
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), new PrintWriter(new StringWriter()))) {
            int port = URI.create(server.base()).getPort();
            for (String host : new String[] {"127.0.0.1:" + port, "localhost:" + port, "LOCALHOST", "[::1]:" + port,
                    "preview.localhost:" + port}) {
                assertTrue(rawGet(port, host).startsWith("HTTP/1.1 200 "), host);
            }
            // A DNS-rebinding page reaches the server under its own name; without a Host header, nothing names us.
            for (String host : new String[] {"attacker.example:" + port, "127.0.0.1.attacker.example", "localhost.evil", null}) {
                String response = rawGet(port, host);
                assertTrue(response.startsWith("HTTP/1.1 421 "), host + ": " + response);
                assertFalse(response.contains("Begin with the"), "no page content for " + host);
            }
        }
    }

    /** A GET of the page with exactly this Host header (none when null): HttpClient will not send a forged one. */
    private static String rawGet(int port, String host) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            String request = "GET /handbook/how-to-use/ HTTP/1.1\r\n" + (host == null ? "" : "Host: " + host + "\r\n")
                    + "Connection: close\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void redrawsOnlyWhatChanged() {
        Fixture site = Fixture.copy(dir);
        LiveBuild live = new LiveBuild(site.options(dir.resolve("out")));
        LiveBuild.Outcome first = live.build();
        assertEquals(first.pages(), first.pagesDrawn());

        site.replace(PAGE, "Begin with the", "Start with the");
        LiveBuild.Outcome second = live.build();
        assertEquals(1, second.pagesDrawn(), "only the edited page is drawn again");
        assertEquals(1, second.markdownRendered(), "only the edited fragment is rendered again");
        assertTrue(second.site().text("how-to-use/index.html").contains("Start with the"));

        MemoryOutput full = new MemoryOutput();
        Build.render(site.options(dir.resolve("out")), full);
        assertEquals(full.files().keySet(), second.site().files().keySet());
        full.files().forEach((file, bytes) -> assertEquals(new String(bytes, StandardCharsets.UTF_8), second.site().text(file),
                "an incremental build equals a full build: " + file));

        site.replace("site.yaml", "title: Interview Handbook", "title: Our Interview Handbook");
        assertEquals(second.pages(), live.build().pagesDrawn(), "a change to the frame draws every page");
    }

    @Test
    void showsWhatTheChecksFindOverTheNewPageAndInTheTerminalUntilFixed() throws Exception {
        Fixture site = Fixture.copy(dir);
        StringWriter log = new StringWriter();
        try (LiveServer server = LiveServer.start(site.options(dir.resolve("out")),
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), new PrintWriter(log, true))) {
            String page = server.base() + "how-to-use/";
            BlockingQueue<String> events = listen(server);
            site.replace(PAGE, "(/stages/)", "(/stagez/)").replace(PAGE, "Begin with the", "Start with the");
            String broken = awaitReloadUntil(events, page, html -> html.contains(Overlay.ID));
            String problem = site.file(PAGE) + ":6:36: broken link '/stagez/': no such page or file (on /how-to-use/)";
            String panel = Jsoup.parse(broken).getElementById(Overlay.ID).wholeText();
            assertTrue(panel.contains(problem), panel);
            assertTrue(panel.startsWith("1 problem in the built pages: 'prepbook build' would stop on it"), panel);
            assertTrue(broken.contains("Start with the"), "the new page is served, the problem shown over it");
            assertTrue(log.toString().contains(problem + "\n"), log.toString());
            assertTrue(log.toString().contains("1 problem in the built pages: 'prepbook build' would stop on it"), log.toString());

            site.replace(PAGE, "(/stagez/)", "(/stages/)");
            awaitReloadUntil(events, page, html -> !html.contains(Overlay.ID));
            assertTrue(log.toString().contains("No problems left"), log.toString());
        }
    }

    @Test
    void saysOnlyWarnWhenTheSiteAsksForWarnings() {
        Fixture site = Fixture.copy(dir).replace("site.yaml", "  allow_html: false", "  allow_html: false\n  broken_links: warn")
                .replace(PAGE, "(/stages/)", "(/stagez/)");
        LiveBuild.Outcome outcome = new LiveBuild(site.options(dir.resolve("out"))).build();
        assertEquals(1, outcome.checks().size(), outcome.checks().toString());
        assertFalse(outcome.checksFailBuild());
    }

    @Test
    void buildOutputHasNoReloadScript() {
        MemoryOutput out = new MemoryOutput();
        Build.render(Fixture.copy(dir).options(dir.resolve("out")), out);
        out.files().forEach((file, bytes) -> assertFalse(new String(bytes, StandardCharsets.UTF_8).contains("EventSource"), file));
    }

    /** The server's reload events, from the moment its first "hello" arrived. */
    private BlockingQueue<String> listen(LiveServer server) throws Exception {
        HttpResponse<Stream<String>> stream = http.send(HttpRequest.newBuilder(URI.create(server.base() + "__prepbook/events"))
                .build(), HttpResponse.BodyHandlers.ofLines());
        BlockingQueue<String> events = new LinkedBlockingQueue<>();
        Thread listener = new Thread(() -> stream.body().filter(l -> l.startsWith("event: ")).forEach(events::add));
        listener.setDaemon(true);
        listener.start();
        assertEquals("event: hello", events.poll(WAIT_SECONDS, TimeUnit.SECONDS));
        return events;
    }

    // Each save may be seen as more than one change; wait for the reload after which the page is as expected.
    private String awaitReloadUntil(BlockingQueue<String> events, String url, Predicate<String> expected) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (System.nanoTime() < deadline) {
            String event = events.poll(1, TimeUnit.SECONDS);
            if (event == null) {
                continue;
            }
            assertEquals("event: reload", event);
            String html = get(url).body();
            if (expected.test(html)) {
                return html;
            }
        }
        return fail("no reload brought the expected page within " + WAIT_SECONDS + " s");
    }

    private HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
