package org.prepbook.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The index's escaping, which the files on every site already use: a change would change every index file. */
class JsonTest {

    @Test
    void escapesAsTheIndexAlwaysHas() {
        assertEquals("\"quote \\\" backslash \\\\ \\n\\r\\t \\u0008\\u000c\\u0001\\u001f \\u003cb> \\u2028\\u2029\"",
                Json.write(g -> g.writeString("quote \" backslash \\ \n\r\t \b\f\u0001\u001f <b> \u2028\u2029")));
    }

    @Test
    void keepsNonAsciiAsItIs() {
        assertEquals("\"café 日本語 עברית 😀 \u007f /\"", Json.write(g -> g.writeString("café 日本語 עברית 😀 \u007f /")));
    }

    @Test
    void writesCompactly() {
        assertEquals("{\"a\":[1,-2,3],\"b\":\"x\"}", Json.write(g -> {
            g.writeStartObject();
            g.writeFieldName("a");
            g.writeArray(new int[] {1, -2, 3}, 0, 3);
            g.writeStringField("b", "x");
            g.writeEndObject();
        }));
    }
}
