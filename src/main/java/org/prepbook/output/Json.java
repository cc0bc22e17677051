package org.prepbook.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The JSON files a site holds (the search index, the profile form's lists), written by jackson-core's
 * streaming generator, compact, with one escaping for all: non-ASCII as it is (UTF-8), {@code \n \r \t \" \\} short, every other
 * control character, {@code <}, U+2028 and U+2029 as {@code \}{@code u} with lower-case hex.
 */
public final class Json {
    private static final JsonFactory FACTORY = new JsonFactoryBuilder()
            .characterEscapes(new Escapes())
            .disable(JsonWriteFeature.WRITE_HEX_UPPER_CASE)
            // Written as UTF-8 (bytes()), a character beyond U+FFFF is its four bytes, as in text, not two escapes.
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
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

    /** The JSON text {@code body} writes, in UTF-8, without a string on the way. */
    public static byte[] bytes(Body body) {
        ByteArrayBuilder bytes = new ByteArrayBuilder(512);
        try (JsonGenerator out = FACTORY.createGenerator(bytes, JsonEncoding.UTF8)) {
            body.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException("a ByteArrayBuilder does not fail", e);
        }
        return bytes.toByteArray();
    }

    /** A JSON array of JSON texts (UTF-8), joined as the generator joins raw values: {@code [a,b,c]}. */
    public static byte[] array(List<byte[]> values) {
        int length = 2 + Math.max(0, values.size() - 1);
        for (byte[] value : values) {
            length += value.length;
        }
        byte[] array = new byte[length];
        array[0] = '[';
        int at = 1;
        for (byte[] value : values) {
            if (at > 1) {
                array[at++] = ',';
            }
            System.arraycopy(value, 0, array, at, value.length);
            at += value.length;
        }
        array[at] = ']';
        return array;
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
