package org.prepbook.search;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * What one character becomes in a search term, for every character beyond ASCII. The steps, which
 * search.js's {@code fold} repeats exactly:
 * <ol>
 * <li>a character of a script {@link #paired cut into pairs} stays as it is (decomposing would
 * split Hangul syllables into letters and Japanese kana from their voicing marks);</li>
 * <li>otherwise it is decomposed (NFKD: {@code é} is {@code e} and an accent, {@code ﬁ} is
 * {@code fi}, full-width {@code Ａ} is {@code A}), except {@code й}, which Russian readers count as
 * a letter of its own;</li>
 * <li>each part is lower-cased (Unicode's rules, no locale's: the Turkish {@code İ} decomposes to
 * {@code I} and a dot, so it meets {@code i} either way);</li>
 * <li>a few letters that do not decompose but are typed without their stroke or dot on most
 * keyboards become their plain letters ({@link #PLAIN}: {@code ł ı ß ø đ}…), as do the Arabic
 * script's variant letters that keyboards differ on ({@code ى ی ي}, {@code ک ك}, {@code ة ه});</li>
 * <li>accents and vowel points are dropped ({@link #dropped}): Latin, Greek and Cyrillic
 * combining marks, Hebrew points, Arabic harakat, the Arabic tatweel, and the zero-width
 * (non-)joiners Persian and Indic text puts inside words. Other scripts' marks, such as
 * Devanagari's vowel signs, are part of their letters and stay;</li>
 * <li>what is then a letter, a decimal digit or a mark of any script is kept; anything else ends
 * the word (written here as a space).</li>
 * </ol>
 * Each character's result is computed once, 256 characters at a time, on first use.
 */
final class Folding {
    private static final Map<Integer, String> PLAIN = Map.ofEntries(
            Map.entry(0x0142, "l"), Map.entry(0x0131, "i"), Map.entry(0x00DF, "ss"), Map.entry(0x00F8, "o"),
            Map.entry(0x0111, "d"), Map.entry(0x0127, "h"), Map.entry(0x00E6, "ae"), Map.entry(0x0153, "oe"),
            Map.entry(0x00FE, "th"), Map.entry(0x00F0, "d"), Map.entry(0x0167, "t"), Map.entry(0x03C2, "\u03C3"),
            Map.entry(0x0649, "\u064A"), Map.entry(0x06CC, "\u064A"), Map.entry(0x06A9, "\u0643"),
            Map.entry(0x0629, "\u0647"));

    private static final AtomicReferenceArray<String[]> BLOCKS = new AtomicReferenceArray<>((Character.MAX_CODE_POINT + 1) >> 8);

    private Folding() {
    }

    /** The folded text of {@code cp} (not ASCII, not {@link #paired}): letters, or a space where a word ends, or nothing. */
    static String of(int cp) {
        String[] block = BLOCKS.get(cp >> 8);
        if (block == null) {
            block = new String[256];
            for (int i = 0; i < 256; i++) {
                block[i] = fold((cp & ~0xFF) | i);
            }
            // Two threads may both fill a block; they compute the same strings.
            BLOCKS.set(cp >> 8, block);
        }
        return block[cp & 0xFF];
    }

    /**
     * Scripts written without spaces between words, whose text is cut into overlapping pairs of
     * characters: Thai, Lao, Myanmar, Hangul, Khmer, kana, CJK ideographs. Ranges, not Unicode script
     * properties, so that Java and JavaScript cannot disagree.
     */
    static boolean paired(int cp) {
        return (cp >= 0x0E00 && cp <= 0x0EFF) || (cp >= 0x1000 && cp <= 0x109F) || (cp >= 0x1100 && cp <= 0x11FF)
                || (cp >= 0x1780 && cp <= 0x17FF) || (cp >= 0x3040 && cp <= 0x30FF) || (cp >= 0x3130 && cp <= 0x318F)
                || (cp >= 0x31F0 && cp <= 0x31FF) || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF)
                || (cp >= 0xA960 && cp <= 0xA97F) || (cp >= 0xAC00 && cp <= 0xD7FF) || (cp >= 0xF900 && cp <= 0xFAFF)
                || (cp >= 0x20000 && cp <= 0x3FFFF);
    }

    private static String fold(int cp) {
        if (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE) {
            return " ";
        }
        String one = Character.toString(cp);
        String parts = cp == 0x0419 || cp == 0x0439 ? one : Normalizer.normalize(one, Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(2);
        for (int i = 0; i < parts.length(); ) {
            int part = parts.codePointAt(i);
            i += Character.charCount(part);
            String lower = Character.toString(part).toLowerCase(Locale.ROOT);
            for (int j = 0; j < lower.length(); ) {
                int c = lower.codePointAt(j);
                j += Character.charCount(c);
                String plain = PLAIN.get(c);
                if (plain != null) {
                    out.append(plain);
                } else if (dropped(c)) {
                    continue;
                } else if (Character.isLetter(c) || Character.isDigit(c) || isMark(c)) {
                    out.appendCodePoint(c);
                } else {
                    out.append(' ');
                }
            }
        }
        return out.toString();
    }

    private static boolean isMark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /** Accents and points that readers write or leave out freely, and joiners inside words: dropped without ending the word. */
    static boolean dropped(int c) {
        return (c >= 0x0300 && c <= 0x036F) || (c >= 0x0483 && c <= 0x0489) || (c >= 0x0591 && c <= 0x05BD)
                || c == 0x05BF || c == 0x05C1 || c == 0x05C2 || c == 0x05C4 || c == 0x05C5 || c == 0x05C7
                || (c >= 0x0610 && c <= 0x061A) || (c >= 0x064B && c <= 0x065F) || c == 0x0670 || c == 0x0640
                || (c >= 0x06D6 && c <= 0x06DC) || (c >= 0x06DF && c <= 0x06E4) || c == 0x06E7 || c == 0x06E8
                || (c >= 0x06EA && c <= 0x06ED) || c == 0x00AD || c == 0x200C || c == 0x200D || c == 0x2060
                || (c >= 0x1AB0 && c <= 0x1AFF) || (c >= 0x1DC0 && c <= 0x1DFF) || (c >= 0x20D0 && c <= 0x20FF)
                || (c >= 0xFE00 && c <= 0xFE0F) || (c >= 0xFE20 && c <= 0xFE2F) || (c >= 0xE0100 && c <= 0xE01EF);
    }
}
