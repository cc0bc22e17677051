package org.prepbook.cli;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
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
    private final FileChannel stdin;
    private volatile boolean cut;
    private volatile boolean released;

    private Lifeline(FileChannel stdin) {
        this.stdin = stdin;
    }

    /** The lifeline of this JVM if a launcher started it with one, already watched. */
    static Optional<Lifeline> ofThisJvm() {
        if (!"stdin".equals(System.getProperty(PROPERTY))) {
            return Optional.empty();
        }
        Lifeline lifeline = new Lifeline(new FileInputStream(FileDescriptor.in).getChannel());
        Thread watch = new Thread(lifeline::watch, "prepbook-lifeline");
        watch.setDaemon(true);
        watch.start();
        return Optional.of(lifeline);
    }

    /**
     * Stops watching, once the command is done and this JVM is about to exit. A thread blocked in a
     * read would hold up the JVM's exit by 0.3 s (it waits that long for threads in native code);
     * closing the channel wakes it at once.
     */
    void release() {
        released = true;
        try {
            stdin.close();
        } catch (IOException e) {
            // Exiting anyway.
        }
    }

    private void watch() {
        ByteBuffer ignored = ByteBuffer.allocate(256);
        try {
            while (stdin.read(ignored.clear()) >= 0) {
                // The launcher writes nothing; anything read is discarded.
            }
        } catch (IOException e) {
            // A broken pipe means the same as end-of-file: the launcher is gone, unless we closed it ourselves.
        }
        if (released) {
            return;
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
