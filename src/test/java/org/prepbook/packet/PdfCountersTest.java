package org.prepbook.packet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PdfCountersTest {
    @Test
    void theFooterKeepsTheMessagesWordOrderAndTheLanguagesDigits() {
        String hindi = PdfCounters.css(Fixtures.THEME.in("hi").messages());
        assertTrue(hindi.contains("content: counter(pages, decimal) \" \" \"में से पृष्ठ\" \" \" counter(page, decimal);"), hindi);
        String arabic = PdfCounters.css(Fixtures.THEME.in("ar").messages());
        assertTrue(arabic.contains("content: \"الصفحة\" \" \" counter(page, arabic-indic) \" \" \"من\" \" \" counter(pages, arabic-indic);"),
                arabic);
        assertTrue(arabic.contains("target-counter(attr(href), page, arabic-indic)") && arabic.contains("ol { list-style-type: arabic-indic; }"),
                arabic);
        String latin = PdfCounters.css(Fixtures.THEME.in("ar-u-nu-latn").messages());
        assertTrue(latin.contains("counter(page, decimal)") && !latin.contains("arabic-indic"), latin);
    }

    @Test
    void messageTextIsAnEscapedCssString() {
        assertEquals("\"a \\\"b\\\" c\\\\d\\a e\"", PdfCounters.string("a \"b\" c\\d\ne"));
    }
}
