package org.prepbook.check;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.prepbook.diagnostics.Problem;
import org.prepbook.model.Origin;

/**
 * Checks links to other sites, only when asked ({@code --external}): the network is slow, flaky
 * and sometimes absent, and a build must not fail because someone else's server is down. Each
 * request has a timeout and at most {@code concurrency} run at once, so a handbook with hundreds of
 * links neither hangs nor floods a server.
 */
public final class ExternalLinks {
    private final HttpClient client;
    private final Duration timeout;
    private final int concurrency;

    public ExternalLinks(Duration timeout, int concurrency) {
        this.timeout = timeout;
        this.concurrency = concurrency;
        this.client = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    /** One problem per link that does not answer with a success, in the order the links were found. */
    public List<Problem> check(Map<URI, Origin> links) {
        // A pool of its own: the requests block, and the common pool has one thread per spare core.
        ExecutorService pool = Executors.newFixedThreadPool(concurrency, r -> {
            Thread t = new Thread(r, "prepbook-external-links");
            t.setDaemon(true);
            return t;
        });
        try {
            List<CompletableFuture<Optional<Problem>>> pending = new ArrayList<>();
            for (Map.Entry<URI, Origin> link : links.entrySet()) {
                pending.add(CompletableFuture.supplyAsync(() -> probe(link.getKey(), link.getValue()), pool));
            }
            return pending.stream().map(CompletableFuture::join).flatMap(Optional::stream).toList();
        } finally {
            pool.shutdownNow();
        }
    }

    // HEAD first, as it is cheap; some servers refuse HEAD (405, 501) but answer GET.
    private Optional<Problem> probe(URI uri, Origin at) {
        try {
            int status = send(uri, "HEAD");
            if (status == 405 || status == 501 || status == 403) {
                status = send(uri, "GET");
            }
            if (status >= 400) {
                return Optional.of(new Problem(at.path(), at.line(), at.column(), "external link " + uri + " answers HTTP "
                        + status, "fix or remove the link; the page may have moved"));
            }
            return Optional.empty();
        } catch (HttpTimeoutException e) {
            return Optional.of(new Problem(at.path(), at.line(), at.column(), "external link " + uri
                    + " did not answer within " + timeout.toSeconds() + " s", "check the address; the server may be down"));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.of(new Problem(at.path(), at.line(), at.column(), "external link " + uri + " cannot be reached: "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), "check the address"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of(new Problem(at.path(), at.line(), at.column(), "external link " + uri
                    + " was not checked: interrupted", ""));
        }
    }

    private int send(URI uri, String method) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout)
                .method(method, HttpRequest.BodyPublishers.noBody())
                .header("User-Agent", "prepbook-check")
                .build();
        return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
