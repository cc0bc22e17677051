package org.prepbook.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.prepbook.Build;
import org.prepbook.content.MissingTranslations;
import org.prepbook.diagnostics.ContentException;
import org.prepbook.diagnostics.Problem;

/**
 * {@code prepbook serve}: the handbook from memory, at the same sub-path as the production site
 * (the path of {@code base_url}), rebuilt whenever content or theme files change. A failed build
 * keeps the last good site and shows the problems over it; problems the checks find in the new pages
 * (a broken link, say) are shown over those pages. The next clean build clears them. The terminal
 * prints what the panel shows. The disk output is never touched.
 */
public final class LiveServer implements AutoCloseable {
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("json", "application/json"),
            Map.entry("svg", "image/svg+xml"), Map.entry("xml", "application/xml"),
            Map.entry("txt", "text/plain; charset=utf-8"), Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"), Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"), Map.entry("woff2", "font/woff2"), Map.entry("ico", "image/x-icon"));

    /** The site being served: the last good build's files and the sub-path they live at. */
    private record Site(Map<String, byte[]> files, String basePath) {
    }

    private final Build.Options options;
    private final PrintWriter log;
    private final LiveBuild live;
    private final Reloads reloads = new Reloads();
    private final AtomicLong builds = new AtomicLong();
    private final HttpServer server;
    private final ExecutorService requests;
    private final Watcher watcher;
    private final Hosts hosts;
    private volatile Site site = new Site(Map.of(), "/");
    /** The problems the panel shows and why; one field, so a request never sees the one without the other. */
    private record Shown(List<Problem> problems, Overlay.State state) {
    }

    private volatile Shown shown = new Shown(List.of(), Overlay.State.BROKEN);
    /** The items some language lacks, as the terminal last listed them. */
    private List<Problem> untranslated = List.of();

    private LiveServer(Build.Options options, String bind, InetSocketAddress address, PrintWriter log) throws IOException {
        this.options = options;
        this.hosts = new Hosts(bind, address);
        this.log = log;
        this.live = new LiveBuild(options);
        // Bind before the first build: a port in use should be reported at once, not after the build.
        this.server = HttpServer.create(address, 0);
        rebuild(Set.of());
        this.requests = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "prepbook-serve");
            t.setDaemon(true);
            return t;
        });
        server.createContext("/", this::handle);
        server.setExecutor(requests);
        server.start();
        this.watcher = new Watcher(List.of(options.content(), options.themes()), this::rebuild);
    }

    /**
     * Builds once, starts serving and watching.
     *
     * @param bind    the address to listen on as the user named it (a host name or an IP address)
     * @param address what {@code bind} resolved to, with the port; port 0 picks a free port
     * @param log     where each rebuild and its problems are reported
     */
    public static LiveServer start(Build.Options options, String bind, InetSocketAddress address, PrintWriter log)
            throws IOException {
        return new LiveServer(options, bind, address, log);
    }

    /** Listens on {@code address} as its IP address, e.g. for tests. */
    public static LiveServer start(Build.Options options, InetSocketAddress address, PrintWriter log) throws IOException {
        return new LiveServer(options, address.getAddress().getHostAddress(), address, log);
    }

    /** The site's address, e.g. {@code http://127.0.0.1:8000/handbook/}. */
    public String base() {
        InetSocketAddress at = server.getAddress();
        String host = at.getAddress().isAnyLocalAddress() ? "localhost" : at.getAddress().getHostAddress();
        return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + at.getPort() + site.basePath();
    }

    /** How many builds have finished, good or bad. */
    public long builds() {
        return builds.get();
    }

    private void rebuild(Set<Path> changed) {
        Path themes = options.themes().toAbsolutePath().normalize();
        Path overrides = options.content().resolve("overrides").toAbsolutePath().normalize();
        if (changed.stream().map(p -> p.toAbsolutePath().normalize()).anyMatch(p -> p.startsWith(themes) || p.startsWith(overrides))) {
            live.themeChanged();
        }
        long start = System.nanoTime();
        try {
            LiveBuild.Outcome outcome = live.build();
            site = new Site(outcome.site().files(), outcome.basePath());
            log.printf("Built %d pages (%d drawn again, %d Markdown fragments rendered) in %d ms%n", outcome.pages(),
                    outcome.pagesDrawn(), outcome.markdownRendered(), (System.nanoTime() - start) / 1_000_000);
            // The new pages are served even when the checks found something: they are what the editor is fixing.
            show(outcome.checks(), outcome.checksFailBuild() ? Overlay.State.FAILS_BUILD : Overlay.State.WARNS);
            untranslated(outcome.untranslated());
        } catch (ContentException e) {
            fail(e.problems());
        } catch (RuntimeException e) {
            // A bug, not the user's mistake: keep serving the last good site and say what happened.
            fail(List.of(new Problem(options.content(), 1, 1, "internal error while building: " + e,
                    "this is a bug in prepbook; the last good version stays served")));
        }
        reloads.reload(builds.incrementAndGet());
    }

    private void fail(List<Problem> found) {
        show(found, Overlay.State.BROKEN);
    }

    // Warnings, not problems: the terminal lists them when they change, and the panel leaves them out.
    private void untranslated(List<Problem> now) {
        if (!now.equals(untranslated) && !now.isEmpty()) {
            now.forEach(p -> log.println(p.format()));
            log.println(MissingTranslations.summary(now.size()));
        }
        untranslated = now;
    }

    // The terminal says what the panel says: every problem, then the panel's headline.
    private void show(List<Problem> found, Overlay.State now) {
        boolean had = !shown.problems().isEmpty();
        shown = new Shown(found, now);
        for (Problem p : found) {
            log.println(p.format());
        }
        if (!found.isEmpty()) {
            log.println(Overlay.headline(found, now) + (now == Overlay.State.BROKEN ? "; still serving the last good version" : ""));
        } else if (had) {
            log.println("No problems left");
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        if (!hosts.accepts(exchange.getRequestHeaders().getFirst("Host"))) {
            try (exchange) {
                // 421: the request was meant for another server (a rebinding page's own name, typically).
                send(exchange, 421, TYPES.get("txt"), ("This preview answers only to the names it is bound to, such as "
                        + base() + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return;
        }
        Site now = site;
        Shown panel = shown;
        String path = URLDecoder.decode(exchange.getRequestURI().getRawPath(), StandardCharsets.UTF_8);
        if (path.equals(now.basePath() + Overlay.EVENTS)) {
            reloads.listen(exchange, builds.get());
            return;
        }
        try (exchange) {
            if (!path.startsWith(now.basePath())) {
                if (path.equals("/")) {
                    redirect(exchange, now.basePath());
                } else {
                    send(exchange, 404, TYPES.get("txt"), ("Not part of the site, which is served at " + now.basePath() + "\n")
                            .getBytes(StandardCharsets.UTF_8));
                }
                return;
            }
            String relative = path.substring(now.basePath().length());
            String file = relative.isEmpty() || relative.endsWith("/") ? relative + "index.html" : relative;
            if (!now.files().containsKey(file) && now.files().containsKey(relative + "/index.html")) {
                redirect(exchange, path + "/");
                return;
            }
            byte[] body = now.files().get(file);
            int status = 200;
            if (body == null) {
                status = 404;
                file = "404.html";
                body = now.files().getOrDefault(file, Overlay.emptyPage().getBytes(StandardCharsets.UTF_8));
            }
            String type = TYPES.getOrDefault(file.substring(file.lastIndexOf('.') + 1), "application/octet-stream");
            if (file.endsWith(".html")) {
                body = Overlay.inject(new String(body, StandardCharsets.UTF_8), now.basePath(), panel.problems(), panel.state(),
                        builds.get())
                        .getBytes(StandardCharsets.UTF_8);
            }
            send(exchange, status, type, body);
        }
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().add("Location", location);
        exchange.sendResponseHeaders(302, -1);
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", type);
        // Always the newest build, never a cached page.
        exchange.getResponseHeaders().add("Cache-Control", "no-store");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** Stops watching and serving; open tabs see their event stream end. */
    @Override
    public void close() {
        watcher.close();
        reloads.closeAll();
        server.stop(0);
        requests.shutdownNow();
    }
}
