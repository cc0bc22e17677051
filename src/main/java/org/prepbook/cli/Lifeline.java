package org.prepbook.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.prepbook.output.OutputFolder;

/**
 * The batch child's tie to the {@code java -jar} launcher that waits for it (see {@link BatchJvm}).
 * The launcher holds the writing end of a pipe on the child's stdin and never writes to it; the
 * kernel closes it when the launcher dies, however it dies (kill -9 included), and the child's read
 * returns end-of-file. The child then stops at once: nobody is waiting for its result, and a build
 * that publishes a site seconds after the user killed it is a build the user cannot stop.
 *
 * <p>Publishing holds the same lock the lifeline takes before it halts the JVM, so a launcher that
 * dies during the swap of the output folder never leaves it half-swapped, and one that died before
 * the swap stops it from happening.
 */
final class Lifeline implements OutputFolder.Gate {
    /** Set on the child's command line by the launcher; its value names the pipe. */
    static final String PROPERTY = "prepbook.lifeline";
    private static final int ORPHANED = 1;

    private final Object publishing = new Object();
    private volatile boolean cut;

    private Lifeline() {
    }

    /** The lifeline of this JVM if a launcher started it with one, already watched. */
    static Optional<Lifeline> ofThisJvm(InputStream stdin) {
        if (!"stdin".equals(System.getProperty(PROPERTY))) {
            return Optional.empty();
        }
        Lifeline lifeline = new Lifeline();
        Thread watch = new Thread(() -> lifeline.watch(stdin), "prepbook-lifeline");
        watch.setDaemon(true);
        watch.start();
        return Optional.of(lifeline);
    }

    private void watch(InputStream stdin) {
        byte[] ignored = new byte[256];
        try {
            while (stdin.read(ignored) >= 0) {
                // The launcher writes nothing; anything read is discarded.
            }
        } catch (IOException e) {
            // A broken pipe means the same as end-of-file: the launcher is gone.
        }
        synchronized (publishing) {
            cut = true;
            // halt, not exit: shutdown hooks and the build's threads must not get to write anything more.
            Runtime.getRuntime().halt(ORPHANED);
        }
    }

    @Override
    public void publish(Runnable swap) {
        synchronized (publishing) {
            if (!cut) {
                swap.run();
            }
        }
    }
}
