package org.prepbook.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * The JSON files a site holds (the search index, the profile form's lists), written by jackson-core's
 * streaming generator, compact, with one escaping for all: non-ASCII as it is (UTF-8), {@code \n \r \t \" \\} short, every other
 * control character, {@code <}, U+2028 and U+2029 as {@code \}{@code u} with lower-case hex.
 */
public final class Json {
    private static final JsonFactory FACTORY = new JsonFactoryBuilder()
            .characterEscapes(new Escapes())
            .disable(JsonWriteFeature.WRITE_HEX_UPPER_CASE)
            .build();

    /** What one JSON text says, written to a generator. */
    public interface Body {
        void write(JsonGenerator out) throws IOException;
    }

    private Json() {
    }

    /** The JSON text {@code body} writes. */
    public static String write(Body body) {
        StringWriter text = new StringWriter();
        try (JsonGenerator out = FACTORY.createGenerator(text)) {
            body.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException("a StringWriter does not fail", e);
        }
        return text.toString();
    }

    /** Characters the generator has written to {@code text} so far, buffered ones included. */
    public static int length(StringWriter text, JsonGenerator out) {
        return text.getBuffer().length() + out.getOutputBuffered();
    }

    /** Opens a generator over {@code text}, for JSON written piece by piece. */
    public static JsonGenerator open(StringWriter text) {
        try {
            return FACTORY.createGenerator(text);
        } catch (IOException e) {
            throw new UncheckedIOException("a StringWriter does not fail", e);
        }
    }

    // Jackson writes \b and \f short, which the index never did; U+2028/9 are legal in JSON but not
    // in older JavaScript string literals; '<' keeps the text inert if a file is ever inlined into a page.
    private static final class Escapes extends CharacterEscapes {
        private static final int[] ASCII = ascii();
        private static final SerializedString LINE_SEPARATOR = new SerializedString("\\u2028");
        private static final SerializedString PARAGRAPH_SEPARATOR = new SerializedString("\\u2029");

        private static int[] ascii() {
            int[] escapes = standardAsciiEscapesForJSON();
            escapes['\b'] = ESCAPE_STANDARD;
            escapes['\f'] = ESCAPE_STANDARD;
            escapes['<'] = ESCAPE_STANDARD;
            return escapes;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ASCII;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return ch == '\u2028' ? LINE_SEPARATOR : ch == '\u2029' ? PARAGRAPH_SEPARATOR : null;
        }
    }
}
