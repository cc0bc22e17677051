package org.prepbook.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The index's escaping, which the files on every site already use: a change would change every index file. */
class JsonTest {

    /** What {@code body} writes, after checking that the text and the UTF-8 ways write the same. */
    private static String written(Json.Body body) {
        String text = Json.write(body);
        assertEquals(text, new String(Json.bytes(body), StandardCharsets.UTF_8), "Json.bytes and Json.write agree");
        return text;
    }

    @Test
    void escapesAsTheIndexAlwaysHas() {
        assertEquals("\"quote \\\" backslash \\\\ \\n\\r\\t \\u0008\\u000c\\u0001\\u001f \\u003cb> \\u2028\\u2029\"",
                written(g -> g.writeString("quote \" backslash \\ \n\r\t \b\f\u0001\u001f <b> \u2028\u2029")));
    }

    @Test
    void keepsNonAsciiAsItIs() {
        assertEquals("\"café 日本語 עברית مرحبا नमस्ते Привет İŞIK 😀 \u007f /\"",
                written(g -> g.writeString("café 日本語 עברית مرحبا नमस्ते Привет İŞIK 😀 \u007f /")));
    }

    @Test
    void writesCompactly() {
        assertEquals("{\"a\":[1,-2,3],\"b\":\"x\"}", written(g -> {
            g.writeStartObject();
            g.writeFieldName("a");
            g.writeArray(new int[] {1, -2, 3}, 0, 3);
            g.writeStringField("b", "x");
            g.writeEndObject();
        }));
    }

    @Test
    void joinsTextsIntoAnArrayAsTheGeneratorDoes() {
        List<byte[]> values = List.of(Json.bytes(g -> g.writeString("団")), Json.bytes(g -> g.writeNumber(1)));
        String generated = Json.write(g -> {
            g.writeStartArray();
            g.writeRawValue("\"団\"");
            g.writeRawValue("1");
            g.writeEndArray();
        });
        assertEquals(generated, new String(Json.array(values), StandardCharsets.UTF_8));
        assertEquals("[]", new String(Json.array(List.of()), StandardCharsets.UTF_8));
    }
}
