package org.prepbook.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits text into index terms: folded to lower-case ASCII letters and digits, stop words dropped,
 * then cut to a stem by a few suffix rules. The browser client (themes/default/assets/search.js)
 * applies the same rules to queries, so both sides must change together; {@code WordsTest} and the
 * browser test {@code stemsMatchTheJavaIndexer} hold them to each other.
 */
public final class Words {
    /** Words too common to help rank anything; leaving them out keeps the index small. */
    static final Set<String> STOP = Set.of("a", "an", "and", "are", "as", "at", "be", "but", "by", "do", "for", "if",
            "in", "into", "is", "it", "its", "of", "on", "or", "so", "that", "the", "their", "them", "they", "this", "to",
            "was", "we", "were", "will", "with", "you", "your");

    private Words() {
    }

    /** The terms of {@code text}, in order, repeats kept (their count is the term frequency). */
    public static List<String> terms(String text) {
        List<String> terms = new ArrayList<>();
        for (String word : words(text)) {
            if (!STOP.contains(word)) {
                terms.add(stem(word));
            }
        }
        return terms;
    }

    /**
     * Lower-case words without accents; a word is a run of two or more ASCII letters and digits.
     * Means the same as the client's {@code text.normalize('NFKD')}, drop marks, lower-case, split:
     * only characters outside ASCII pay for normalising, which keeps indexing 10,000 pages fast.
     */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder(16);
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (c < 0x80) {
                append(word, words, Character.toLowerCase((char) c));
                continue;
            }
            String folded = Normalizer.normalize(new String(Character.toChars(c)), Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
            for (int j = 0; j < folded.length(); j++) {
                char f = folded.charAt(j);
                if (f < '\u0300' || f > '\u036f') {
                    append(word, words, f);
                }
            }
        }
        append(word, words, ' ');
        return words;
    }

    private static void append(StringBuilder word, List<String> words, char c) {
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
            word.append(c);
        } else {
            if (word.length() > 1) {
                words.add(word.toString());
            }
            word.setLength(0);
        }
    }

    /**
     * A light stemmer: plurals, -ed, -ing and a final e, so "interviewing", "interviews" and
     * "interviewed" meet at "interview" and "schedule", "scheduled" at "schedul". Much weaker than
     * Porter's, on purpose: every rule here must also run, identically, in the browser.
     */
    public static String stem(String word) {
        String w = word;
        if (w.length() <= 3) {
            return w;
        }
        if (w.endsWith("ies") && w.length() > 4) {
            w = w.substring(0, w.length() - 3) + "y";
        } else if (w.endsWith("sses") || w.endsWith("ches") || w.endsWith("shes") || w.endsWith("xes")) {
            w = w.substring(0, w.length() - 2);
        } else if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            w = w.substring(0, w.length() - 1);
        }
        if (w.endsWith("ing") && w.length() >= 6) {
            w = undouble(w.substring(0, w.length() - 3));
        } else if (w.endsWith("ed") && w.length() >= 5) {
            w = undouble(w.substring(0, w.length() - 2));
        }
        if (w.endsWith("e") && !w.endsWith("ee") && w.length() >= 4) {
            w = w.substring(0, w.length() - 1);
        }
        return w;
    }

    /** "planning" loses "ing" to "plann"; a doubled final consonant goes back to one, except l, s, z ("fall"). */
    private static String undouble(String w) {
        int n = w.length();
        if (n >= 3 && w.charAt(n - 1) == w.charAt(n - 2) && "bdfgkmnprt".indexOf(w.charAt(n - 1)) >= 0) {
            return w.substring(0, n - 1);
        }
        return w;
    }
}
