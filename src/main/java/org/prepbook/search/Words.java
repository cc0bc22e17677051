package org.prepbook.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits text into index terms, in any script. A word is a run of letters, digits and combining
 * marks of any script, folded ({@link Folding}: lower case, accents off, {@code ł ı ß} to
 * {@code l i ss}); scripts written without spaces between words (Chinese, Japanese, Korean, Thai,
 * Lao, Khmer, Myanmar) are cut into overlapping pairs of characters instead, which the query is cut
 * into too, so "团队" finds "团队合作" without a dictionary. Only an English index ({@link #of} with
 * an {@code en} tag) drops stop words and stems.
 *
 * <p>The browser client (themes/default/assets/search.js) applies the same rules to queries, so both
 * sides must change together; {@code WordsTest} and the browser test {@code tokensMatchTheJavaIndexer}
 * hold them to each other on text in many scripts.
 */
public final class Words {
    /** Words too common to help rank anything; leaving them out keeps the index small. English only. */
    static final Set<String> STOP = Set.of("a", "an", "and", "are", "as", "at", "be", "but", "by", "do", "for", "if",
            "in", "into", "is", "it", "its", "of", "on", "or", "so", "that", "the", "their", "them", "they", "this", "to",
            "was", "we", "were", "will", "with", "you", "your");

    private static final Words ENGLISH = new Words(true);
    private static final Words OTHER = new Words(false);

    private final boolean english;

    private Words(boolean english) {
        this.english = english;
    }

    /** The rules for an index in {@code language} (a BCP 47 tag): the stemmer only where it was written for the language. */
    public static Words of(String language) {
        return stems(language) ? ENGLISH : OTHER;
    }

    /** The one home of the rule: the stemmer and stop words are English, so they apply to {@code en} and {@code en-*} only. */
    static boolean stems(String language) {
        String tag = language.toLowerCase(Locale.ROOT);
        return tag.equals("en") || tag.startsWith("en-");
    }

    /** Whether this index stems (the manifest tells the client, so queries are treated alike). */
    public boolean english() {
        return english;
    }

    /** The terms of {@code text}, in order, repeats kept (their count is the term frequency). */
    public List<String> terms(String text) {
        List<String> words = words(text);
        if (!english) {
            return words;
        }
        List<String> terms = new ArrayList<>(words.size());
        for (String word : words) {
            if (!STOP.contains(word)) {
                terms.add(stem(word));
            }
        }
        return terms;
    }

    /**
     * Folded words and character pairs, in one pass over the text: ASCII costs a comparison or two;
     * other characters one lookup in {@link Folding}'s table; no regular expression, no string per
     * character. A word of one character is dropped, except in the scripts cut into pairs, where a
     * lone character is its own term.
     */
    static List<String> words(String text) {
        Cutter cut = new Cutter();
        for (int i = 0; i < text.length(); ) {
            char c = text.charAt(i);
            if (c < 0x80) {
                i++;
                if (c >= 'A' && c <= 'Z') {
                    cut.letter((char) (c + ('a' - 'A')));
                } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                    cut.letter(c);
                } else {
                    cut.end();
                }
                continue;
            }
            int cp = Character.codePointAt(text, i);
            i += Character.charCount(cp);
            if (Folding.paired(cp)) {
                cut.paired(cp);
                continue;
            }
            // Folding may turn a character into one of a paired script (half-width ｶ is カ).
            String folded = Folding.of(cp);
            for (int j = 0; j < folded.length(); j++) {
                char f = folded.charAt(j);
                if (f == ' ') {
                    cut.end();
                } else if (Folding.paired(f)) {
                    cut.paired(f);
                } else {
                    cut.letter(f);
                }
            }
        }
        cut.end();
        return cut.words;
    }

    /** The word being read (letters) or the run of paired-script characters being read, never both. */
    private static final class Cutter {
        final List<String> words = new ArrayList<>();
        private final StringBuilder word = new StringBuilder(16);
        private final StringBuilder run = new StringBuilder(16);
        private int runLength;

        void letter(char c) {
            if (runLength > 0) {
                endRun();
            }
            word.append(c);
        }

        void paired(int cp) {
            if (word.length() > 0) {
                endWord();
            }
            run.appendCodePoint(cp);
            runLength++;
        }

        void end() {
            if (word.length() > 0) {
                endWord();
            }
            if (runLength > 0) {
                endRun();
            }
        }

        private void endWord() {
            if (word.length() > 1) {
                words.add(word.toString());
            }
            word.setLength(0);
        }

        private void endRun() {
            if (runLength == 1) {
                words.add(run.toString());
            } else {
                int from = 0;
                int next = Character.offsetByCodePoints(run, from, 1);
                while (next < run.length()) {
                    int end = Character.offsetByCodePoints(run, next, 1);
                    words.add(run.substring(from, end));
                    from = next;
                    next = end;
                }
            }
            run.setLength(0);
            runLength = 0;
        }
    }

    /**
     * A light stemmer: plurals, -ed, -ing and a final e, so "interviewing", "interviews" and
     * "interviewed" meet at "interview" and "schedule", "scheduled" at "schedul". Much weaker than
     * Porter's, on purpose: every rule here must also run, identically, in the browser. English only.
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
