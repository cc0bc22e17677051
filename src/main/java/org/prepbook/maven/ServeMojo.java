package org.prepbook.maven;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.concurrent.CountDownLatch;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.prepbook.serve.LiveServer;

/**
 * {@code mvn prepbook:serve}: the live preview of {@code prepbook serve}, with the plugin CI uses, so
 * an editor needs nothing but the content repository and Maven. Runs until Ctrl-C; Maven's JVM then
 * runs its shutdown hooks, and ours stops the server, so the port is free at once. Not bound to any
 * phase: it never ends, so it is only ever asked for by name.
 */
@Mojo(name = "serve", threadSafe = true)
public final class ServeMojo extends HandbookMojo {

    /** The port to listen on; 0 picks a free one. */
    @Parameter(property = "prepbook.port", defaultValue = "8000")
    private int port;

    /** The address to listen on: this computer only by default; {@code 0.0.0.0} for every network. */
    @Parameter(property = "prepbook.bind", defaultValue = "127.0.0.1")
    private String bind;

    @Override
    protected void run() throws MojoFailureException {
        if (port < 0 || port > 65535) {
            throw new MojoFailureException("prepbook: prepbook.port must be between 0 and 65535, not " + port);
        }
        InetSocketAddress address;
        try {
            address = new InetSocketAddress(InetAddress.getByName(bind), port);
        } catch (UnknownHostException e) {
            throw new MojoFailureException("prepbook: unknown address for prepbook.bind: " + bind);
        }
        LiveServer server;
        try {
            server = LiveServer.start(options(), bind, address, new PrintWriter(new LogLines(getLog()), true));
        } catch (BindException e) {
            throw new MojoFailureException("prepbook: cannot listen on " + bind + ":" + port + ": " + e.getMessage()
                    + "; another program uses the port: choose another with -Dprepbook.port=8001");
        } catch (IOException e) {
            throw new MojoFailureException("prepbook: cannot serve: " + e.getMessage());
        }
        getLog().info("Serving " + server.base() + " (press Ctrl-C to stop)");
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            server.close();
            getLog().info("prepbook: stopped serving");
            stopped.countDown();
        }, "prepbook-serve-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            stopped.await();
        } catch (InterruptedException e) {
            // Maven itself was interrupted: stop serving and let it go on shutting down.
            Thread.currentThread().interrupt();
            Runtime.getRuntime().removeShutdownHook(hook);
            server.close();
        }
    }

    /** Each line the server prints becomes one line of Maven's log, so -B and -q treat it like any other. */
    private static final class LogLines extends Writer {
        private final Log log;
        private final StringBuilder line = new StringBuilder();

        LogLines(Log log) {
            this.log = log;
        }

        @Override
        public synchronized void write(char[] chars, int offset, int length) {
            for (int i = offset; i < offset + length; i++) {
                if (chars[i] == '\n') {
                    log.info(line.toString());
                    line.setLength(0);
                } else if (chars[i] != '\r') {
                    line.append(chars[i]);
                }
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
