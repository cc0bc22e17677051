package org.prepbook.output;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import org.prepbook.diagnostics.FileFault;

/**
 * Writes into a folder on disk that other runs share, replacing files one at a time, where a build
 * swaps in a whole folder ({@link OutputFolder}): packets go here, so that making one profile's
 * packet leaves every other packet in the folder as it was. Each file is written to a temporary name
 * beside its target and renamed into place, so a failure or a kill leaves no half-written file.
 */
public final class InPlaceOutput implements Output {
    private final Path root;

    public InPlaceOutput(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public void write(String relativePath, byte[] bytes) {
        replace(relativePath, tmp -> Files.write(tmp, bytes));
    }

    @Override
    public void copy(String relativePath, Path source) {
        replace(relativePath, tmp -> Files.copy(source, tmp, StandardCopyOption.REPLACE_EXISTING));
    }

    private interface Fill {
        void into(Path temporary) throws IOException;
    }

    private void replace(String relativePath, Fill fill) {
        Path target = DiskOutput.inside(root, relativePath);
        Path tmp = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            Files.createDirectories(target.getParent());
            try {
                fill.into(tmp);
                try {
                    Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new FileFault("write", target, e, "check that the disk has space and the folder is writable, or choose another --out");
        }
    }
}
