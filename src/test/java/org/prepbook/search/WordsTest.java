package org.prepbook.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordsTest {

    @Test
    void foldsCaseAndAccentsAndDropsStopWords() {
        assertEquals(List.of("resum", "salary", "expectation"), Words.terms("Your RÉSUMÉ and the salary expectations"));
    }

    @Test
    void oneLetterWordsAndPunctuationAreNotTerms() {
        assertEquals(List.of("q4", "plan"), Words.terms("Q4: a (plan)!"));
    }

    @Test
    void inflectedFormsMeetAtOneStem() {
        assertEquals("interview", Words.stem("interviewing"));
        assertEquals("interview", Words.stem("interviews"));
        assertEquals("interview", Words.stem("interviewed"));
        assertEquals("salary", Words.stem("salaries"));
        assertEquals("schedul", Words.stem("scheduled"));
        assertEquals("schedul", Words.stem("schedule"));
        assertEquals("plan", Words.stem("planning"));
        assertEquals("fall", Words.stem("falling"));
        assertEquals("process", Words.stem("processes"));
        assertEquals("business", Words.stem("business"));
    }

    @Test
    void shortWordsKeepTheirShape() {
        assertEquals("go", Words.stem("go"));
        assertEquals("ask", Words.stem("ask"));
        assertEquals("free", Words.stem("free"));
    }
}
