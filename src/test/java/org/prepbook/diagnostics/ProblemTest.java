package org.prepbook.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ProblemTest {
    private static final Path FILE = Path.of("q.yaml");

    @Test
    void quotesTheLineWithACaretUnderTheColumnBetweenMessageAndHint() {
        Problem p = new Problem(FILE, 2, 9, "the quote (\") opened here is never closed", "end it")
                .quoting(LineMap.of("- id: a\r\n  text: \"Why\n"));
        assertEquals("q.yaml:2:9: the quote (\") opened here is never closed\n"
                + "    2 |   text: \"Why\n"
                + "      |         ^\n"
                + "    hint: end it", p.format());
    }

    @Test
    void drawsTabsAndControlCharactersVisibly() {
        Problem tab = new Problem(FILE, 1, 2, "m", null).quoting(LineMap.of("\t\tkey: v"));
        assertEquals("q.yaml:1:2: m\n    1 | →   →   key: v\n      |     ^", tab.format());
        Problem nul = new Problem(FILE, 1, 3, "m", null).quoting(LineMap.of("a:\u0000b"));
        assertEquals("q.yaml:1:3: m\n    1 | a:␀b\n      |   ^", nul.format());
    }

    @Test
    void cutsALongLineToAWindowAroundTheColumn() {
        String line = "x".repeat(300) + "!" + "y".repeat(300);
        String shown = new Problem(FILE, 1, 301, "m", null).quoting(LineMap.of(line)).format();
        String[] lines = shown.split("\n");
        assertEquals("    1 | …" + "x".repeat(50) + "!" + "y".repeat(49) + "…", lines[1]);
        assertEquals(lines[1].indexOf('!'), lines[2].indexOf('^'));
    }

    @Test
    void leavesOutALineThatIsEmptyOrNotThere() {
        assertEquals("q.yaml:3:1: m", new Problem(FILE, 3, 1, "m", "").quoting(LineMap.of("a\n\n")).format());
        assertEquals("q.yaml:9:1: m", new Problem(FILE, 9, 1, "m", null).quoting(LineMap.of("a\n")).format());
    }

    @Test
    void countsLinesAsEveryParserDoesIgnoringAByteOrderMark() {
        LineMap lines = LineMap.of("\uFEFFfirst\r\nsecond\nthird");
        assertEquals("first", lines.line(1).orElseThrow());
        assertEquals("third", lines.line(3).orElseThrow());
        assertEquals(3, lines.lineCount());
    }
}
