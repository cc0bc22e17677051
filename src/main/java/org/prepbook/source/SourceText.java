package org.prepbook.source;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.prepbook.diagnostics.FileFault;
import org.prepbook.diagnostics.Problem;
import org.prepbook.diagnostics.Problems;

/**
 * The text of a file prepbook reads (content, profiles): UTF-8, or one problem that says which byte
 * is not and where, so the editor can find it among thousands of good ones.
 */
public final class SourceText {
    private SourceText() {
    }

    /** The file's text, or empty with the reason reported: it cannot be read, or it is not UTF-8. */
    public static Optional<String> read(Path file, Problems problems) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            unreadable(file, "file", e, problems);
            return Optional.empty();
        }
        return decode(file, bytes, problems);
    }

    /** The one way a file or folder that cannot be read is reported, wherever prepbook reads. */
    static void unreadable(Path path, String kind, IOException e, Problems problems) {
        problems.add(path, 1, 1, "cannot read this " + kind + ": " + FileFault.reason(e),
                "check that it is a " + kind + " you may read (its permissions and owner), then run again");
    }

    /** {@code bytes} as UTF-8 text, or empty with the first byte that is not UTF-8 reported at its line and column. */
    public static Optional<String> decode(Path file, byte[] bytes, Problems problems) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            decoder.flush(out);
            return Optional.of(out.flip().toString());
        }
        int bad = in.position();
        int lineStart = bad;
        while (lineStart > 0 && bytes[lineStart - 1] != '\n') {
            lineStart--;
        }
        int line = 1;
        for (int i = 0; i < lineStart; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        String before = new String(bytes, lineStart, bad - lineStart, StandardCharsets.UTF_8);
        int lineEnd = bad;
        while (lineEnd < bytes.length && bytes[lineEnd] != '\n' && bytes[lineEnd] != '\r') {
            lineEnd++;
        }
        String shown = new String(bytes, lineStart, lineEnd - lineStart, StandardCharsets.UTF_8);
        problems.add(new Problem(file, line, before.codePointCount(0, before.length()) + 1,
                String.format("byte 0x%02X is not UTF-8", bytes[bad] & 0xFF),
                "save the file as UTF-8 (editors offer it under 'Save with encoding'); it was probably saved as Latin-1 or Windows-1252",
                shown));
        return Optional.empty();
    }
}
