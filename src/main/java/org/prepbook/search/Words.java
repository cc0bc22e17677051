package org.prepbook.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

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

    private static final Pattern MARKS = Pattern.compile("[\u0300-\u036f]");
    private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");

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

    /** Lower-case words without accents; a word is a run of two or more ASCII letters and digits. */
    static List<String> words(String text) {
        String folded = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("").toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        for (String word : SEPARATORS.split(folded)) {
            if (word.length() > 1) {
                words.add(word);
            }
        }
        return words;
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
