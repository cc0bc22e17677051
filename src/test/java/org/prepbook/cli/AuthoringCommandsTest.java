package org.prepbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

/** Usage mistakes with {@code serve}, {@code check} and {@code new}: exit status 2, a message, no stack trace. */
class AuthoringCommandsTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void serveRefusesAPortInUseWithAHint() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertEquals(2, run("serve", "--port", String.valueOf(taken.getLocalPort())));
        }
        assertTrue(err.toString().contains("cannot listen on 127.0.0.1:"), err.toString());
        assertTrue(err.toString().contains("hint: another program uses the port; choose another with --port"), err.toString());
        assertTrue(!err.toString().contains("\tat "), "no stack trace");
    }

    @Test
    void serveRefusesAnImpossiblePort() {
        assertEquals(2, run("serve", "--port", "70000"));
        assertEquals("prepbook: --port must be between 0 and 65535\n", err.toString());
    }

    @Test
    void checkRefusesZeroConcurrency() {
        assertEquals(2, run("check", "--external", "--concurrency", "0"));
        assertTrue(err.toString().startsWith("prepbook: --timeout and --concurrency must be at least 1"), err.toString());
    }

    @Test
    void newNeedsAFolder() {
        assertEquals(2, run("new"));
        assertTrue(err.toString().contains("Missing required parameter: 'DIR'"), err.toString());
    }
}
