package org.prepbook.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The open browser tabs, each listening on a Server-Sent Events stream. After every build, good or
 * bad, each tab gets a {@code reload} event: a good build shows the new page, a bad one shows the
 * last good page with the error overlay on top.
 */
final class Reloads {
    private final List<HttpExchange> listeners = new CopyOnWriteArrayList<>();

    /** Keeps the exchange open as an event stream. */
    void listen(HttpExchange exchange, long build) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().add("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        // retry: how soon the browser reconnects after the server restarts.
        send(exchange, "retry: 500\nevent: hello\ndata: " + build + "\n\n");
        listeners.add(exchange);
    }

    void reload(long build) {
        for (HttpExchange e : listeners) {
            send(e, "event: reload\ndata: " + build + "\n\n");
        }
    }

    private void send(HttpExchange exchange, String event) {
        try {
            OutputStream out = exchange.getResponseBody();
            out.write(event.getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            // The tab was closed.
            listeners.remove(exchange);
            exchange.close();
        }
    }

    void closeAll() {
        for (HttpExchange e : listeners) {
            e.close();
        }
        listeners.clear();
    }
}
