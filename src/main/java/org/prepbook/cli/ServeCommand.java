package org.prepbook.cli;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.prepbook.Build;
import org.prepbook.serve.LiveServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code prepbook serve}: a local preview that rebuilds on every save and reloads the browser. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the handbook locally, rebuild when content or theme files change, reload open tabs.")
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    SourceOptions source;

    @Option(names = "--port", defaultValue = "8000", description = "port to listen on (default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--bind", defaultValue = "127.0.0.1",
            description = "address to listen on (default: ${DEFAULT-VALUE}, this computer only; 0.0.0.0 for every network)")
    String bind;

    @Override
    public Integer call() throws InterruptedException {
        if (!source.exist(spec.commandLine().getErr())) {
            return 2;
        }
        if (port < 0 || port > 65535) {
            spec.commandLine().getErr().println("prepbook: --port must be between 0 and 65535");
            return 2;
        }
        InetSocketAddress address;
        try {
            address = new InetSocketAddress(InetAddress.getByName(bind), port);
        } catch (UnknownHostException e) {
            spec.commandLine().getErr().println("prepbook: unknown address for --bind: " + bind);
            return 2;
        }
        LiveServer server;
        try {
            // --out is not used: the site is served from memory.
            server = LiveServer.start(new Build.Options(source.content, source.themes, Path.of("target/site")), bind, address,
                    spec.commandLine().getOut());
        } catch (BindException e) {
            spec.commandLine().getErr().println("prepbook: cannot listen on " + bind + ":" + port + ": " + e.getMessage()
                    + "\n    hint: another program uses the port; choose another with --port");
            return 2;
        } catch (IOException e) {
            spec.commandLine().getErr().println("prepbook: cannot serve: " + e.getMessage());
            return 2;
        }
        spec.commandLine().getOut().println("Serving " + server.base() + " (press Ctrl-C to stop)");
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }));
        stopped.await();
        return 0;
    }
}
