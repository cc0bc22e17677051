package org.prepbook.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PlainTextTest {

    @Test
    void whiteSpaceIsJavasOnEveryCharacter() {
        for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
            assertEquals(Character.isWhitespace(c), PlainText.whitespace((char) c), "U+" + Integer.toHexString(c));
        }
    }
}
