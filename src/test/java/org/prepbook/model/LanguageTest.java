package org.prepbook.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The one rule for a language's writing direction. */
class LanguageTest {

    @Test
    void rightToLeftLanguagesAndScripts() {
        for (String tag : new String[] {"ar", "ar-EG", "he", "fa-IR", "ur", "ps", "yi", "dv", "ckb", "pa-Arab", "uz-Arab",
            "ks-Arab", "ff-Adlm", "syr", "nqo", "rhg-Rohg"}) {
            assertEquals("rtl", Language.direction(tag), tag);
        }
    }

    @Test
    void leftToRightLanguagesAndScripts() {
        for (String tag : new String[] {"en", "fr-CA", "zh-Hans", "ja", "hi", "ru", "tr", "pa", "uz-Latn", "az-Cyrl",
            "ku", "ar-Latn", "sd-Deva"}) {
            assertEquals("ltr", Language.direction(tag), tag);
        }
    }

    @Test
    void aTagThatDoesNotParseReadsLeftToRight() {
        assertEquals("ltr", Language.direction("Arabic (Egypt)"));
    }

    @Test
    void aLanguageIsNamedInItselfForTheSwitcherAndInEnglishForMessages() {
        assertEquals("English", Language.parse("en").orElseThrow().ownName());
        assertEquals("Español", Language.parse("es").orElseThrow().ownName(), "capitalised as a menu item");
        assertEquals("العربية", Language.parse("ar").orElseThrow().ownName());
        assertEquals("Français canadien", Language.parse("fr-CA").orElseThrow().ownName(), "CLDR's own name for the dialect");
        assertEquals("Spanish", Language.parse("es").orElseThrow().englishName());
        assertEquals("Arabic (Egypt)", Language.parse("ar-EG").orElseThrow().englishName());
    }
}
