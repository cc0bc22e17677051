package org.prepbook.diagnostics;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The disk failed prepbook, not the content: a full disk, a file it may not read, a folder it may not
 * write. Said in one line that names the file, what went wrong and what to do, never as a stack trace;
 * whatever was published before is still in place.
 */
public final class FileFault extends RuntimeException {
    private final Path file;
    private final String advice;

    /**
     * @param doing  what prepbook was doing to the file: "read", "write", "replace"
     * @param advice what the user can do about it
     */
    public FileFault(String doing, Path file, IOException cause, String advice) {
        super("cannot " + doing + " " + file + ": " + reason(cause) + elsewhere(cause, file), cause);
        this.file = file;
        this.advice = advice;
    }

    public Path file() {
        return file;
    }

    public String advice() {
        return advice;
    }

    /** The whole message, one line: what failed and what to do. */
    public String line() {
        return "prepbook: " + getMessage() + "; " + advice;
    }

    // "it already exists" about a parent folder must say which one; the same file under its staging
    // name is not worth naming, nor are the hidden folders a build works in.
    private static String elsewhere(IOException e, Path file) {
        return e instanceof FileAlreadyExistsException fs && fs.getFile() != null
                && !String.valueOf(Path.of(fs.getFile()).getFileName()).equals(String.valueOf(file.getFileName()))
                ? " (" + fs.getFile() + ")" : "";
    }

    /** Why an operation failed, in words, without the exception's class or a repeat of the path. */
    public static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "it does not exist";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "it already exists";
        }
        if (e instanceof NotDirectoryException) {
            return "it is not a folder";
        }
        String reason = e instanceof FileSystemException fs ? fs.getReason() : e.getMessage();
        return reason == null || reason.isBlank() ? "input/output error" : reason.strip().toLowerCase(Locale.ROOT);
    }
}
