package org.prepbook.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordsTest {
    private static final Words ENGLISH = Words.of("en");

    @Test
    void foldsCaseAndAccentsAndDropsStopWords() {
        assertEquals(List.of("resum", "salary", "expectation"), ENGLISH.terms("Your RÉSUMÉ and the salary expectations"));
    }

    @Test
    void stopWordsAreWholeWordsCheckedBeforeStemming() {
        assertEquals(List.of("them", "ther", "intoxicat", "your"), ENGLISH.terms("Them, the theme there: into intoxicated yours"));
        assertEquals(List.of("the"), Words.of("fr").terms("thé"), "outside English nothing is a stop word");
    }

    @Test
    void oneLetterWordsAndPunctuationAreNotTerms() {
        assertEquals(List.of("q4", "plan"), ENGLISH.terms("Q4: a (plan)!"));
    }

    @Test
    void stemsAndStopWordsOnlyForEnglish() {
        assertTrue(Words.of("en-GB").english());
        assertTrue(Words.of("EN").english());
        assertFalse(Words.of("fr").english());
        assertFalse(Words.of("eo").english(), "Esperanto starts with an e and an n, but is not English");
        assertEquals(List.of("interview"), Words.of("en-US").terms("interviews"));
        assertEquals(List.of("les", "entretiens", "de", "la", "semaine"), Words.of("fr").terms("Les entretiens de la semaine"));
    }

    @Test
    void lettersWithStrokesAndDotlessIDoNotSplitWords() {
        assertEquals(List.of("lodz", "strasse", "kapi", "isik", "istanbul", "oresund"),
                Words.words("Łódź Straße kapı IŞIK İstanbul Øresund"));
        assertEquals(List.of("strasse"), Words.words("STRAẞE"));
    }

    @Test
    void cyrillicFoldsCaseAndYoButKeepsShortI() {
        assertEquals(List.of("команда", "елка", "йогурт", "краткий"), Words.words("Команда, ёлка — ЙОГУРТ краткий"));
    }

    @Test
    void greekFinalSigmaMeetsSigma() {
        assertEquals(Words.words("ΟΔΟΣ"), Words.words("οδός"));
    }

    @Test
    void arabicDropsVowelMarksAndTatweelAndMeetsAlefVariants() {
        assertEquals(List.of("الفريق", "احمد", "مدرسه"), Words.words("الفَرِيقُ، أحمـــد مدرسة"));
        assertEquals(Words.words("إدارة"), Words.words("ادارة"));
    }

    @Test
    void persianZeroWidthNonJoinerStaysInsideTheWord() {
        assertEquals(List.of("ميخواهم"), Words.words("می\u200Cخواهم"));
        assertEquals(Words.words("کار"), Words.words("كار"), "Persian keheh and Arabic kaf meet");
    }

    @Test
    void devanagariKeepsItsVowelSigns() {
        assertEquals(List.of("टीम", "के", "साथ", "काम"), Words.words("टीम के साथ काम।"));
    }

    @Test
    void chineseIsCutIntoOverlappingPairs() {
        assertEquals(List.of("团队", "队合", "合作"), Words.words("团队合作"));
        assertEquals(List.of("我"), Words.words("我"), "a lone character is its own term");
        assertEquals(List.of("用", "java", "写代", "代码"), Words.words("用Java写代码"));
        assertEquals(List.of("团队", "面试"), Words.words("团队，面试"), "punctuation ends a run");
    }

    @Test
    void japaneseKanaAndKanjiFormOneRunAndKeepTheirVoicingMarks() {
        assertEquals(List.of("チー", "ーム", "ムワ", "ワー", "ーク", "クが", "が大", "大切"), Words.words("チームワークが大切"));
        assertEquals(List.of("カタ", "タカ", "カナ"), Words.words("ｶﾀｶﾅ"), "half-width katakana is katakana");
    }

    @Test
    void koreanSyllablesStayWholeAndPairsMeetWordsWithParticles() {
        assertEquals(List.of("팀워", "워크", "크는", "중요", "요합", "합니", "니다"), Words.words("팀워크는 중요합니다"));
        assertTrue(Words.words("면접관은").contains(Words.words("면접").get(0)), "면접 (interview) is found in 면접관은");
    }

    @Test
    void thaiWithoutSpacesIsCutIntoPairs() {
        assertEquals(List.of("ที", "ีม", "มง", "งา", "าน"), Words.words("ทีมงาน"));
    }

    @Test
    void fullWidthLatinAndLigaturesFold() {
        assertEquals(List.of("office", "abc"), Words.words("oﬃce ＡＢＣ"));
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
