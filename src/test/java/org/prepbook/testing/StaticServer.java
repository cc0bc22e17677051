package org.prepbook.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Serves a built site from a sub-path on loopback, the way a career center's web server would
 * ({@code http://127.0.0.1:PORT/handbook/}), and records every request so tests can assert on
 * what a page fetched.
 */
public final class StaticServer implements AutoCloseable {
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("json", "application/json"),
            Map.entry("svg", "image/svg+xml"), Map.entry("xml", "application/xml"), Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("pdf", "application/pdf"), Map.entry("ics", "text/calendar; charset=utf-8"),
            Map.entry("woff2", "font/woff2"), Map.entry("png", "image/png"));

    private final HttpServer server;
    private final Path root;
    private final String prefix;
    private final List<String> requests = new CopyOnWriteArrayList<>();

    /** @param prefix the sub-path, starting and ending with {@code /}, e.g. {@code /handbook/} */
    public StaticServer(Path root, String prefix) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.prefix = prefix;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    /** The site's base URL, e.g. {@code http://127.0.0.1:41234/handbook/}. */
    public String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + prefix;
    }

    /** Paths requested so far, relative to the sub-path. */
    public List<String> requests() {
        return List.copyOf(requests);
    }

    public void clearRequests() {
        requests.clear();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = URLDecoder.decode(exchange.getRequestURI().getRawPath(), StandardCharsets.UTF_8);
        try (exchange) {
            if (!path.startsWith(prefix)) {
                send(exchange, 404, "text/plain", "outside the site".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String relative = path.substring(prefix.length());
            requests.add(relative);
            Path file = root.resolve(relative).normalize();
            if (file.startsWith(root) && Files.isDirectory(file)) {
                if (!relative.isEmpty() && !relative.endsWith("/")) {
                    exchange.getResponseHeaders().add("Location", path + "/");
                    send(exchange, 301, "text/plain", new byte[0]);
                    return;
                }
                file = file.resolve("index.html");
            }
            if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                Path notFound = root.resolve("404.html");
                send(exchange, 404, TYPES.get("html"), Files.exists(notFound) ? Files.readAllBytes(notFound) : new byte[0]);
                return;
            }
            String name = file.getFileName().toString();
            String type = TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream");
            send(exchange, 200, type, Files.readAllBytes(file));
        }
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
