package org.prepbook.search;

import java.util.ArrayList;
import java.util.Arrays;
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

    private static final int KEY_CHARS = 9;
    /** {@link #STOP} as sorted {@link #key}s, to look a word up in the buffer it was cut into. */
    private static final long[] STOP_KEYS = stopKeys();

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

    /** Receives each term as it is cut, in a buffer it may read (and change) until it returns. */
    interface Sink {
        void accept(char[] chars, int length);
    }

    /** The terms of {@code text}, in order, repeats kept (their count is the term frequency). */
    public List<String> terms(String text) {
        List<String> terms = new ArrayList<>();
        terms(text, (chars, length) -> terms.add(new String(chars, 0, length)));
        return terms;
    }

    /**
     * The terms of {@code text}, in order, repeats kept, handed to {@code sink} without a string per
     * occurrence: what the indexer uses, and {@link #terms(String)} in a list.
     */
    void terms(String text, Sink sink) {
        cut(text, english ? (chars, length) -> {
            if (!stop(chars, length)) {
                sink.accept(chars, stem(chars, length));
            }
        } : sink);
    }

    /** Whether the word in {@code chars} is one of {@link #STOP}, looked up without a string. */
    private static boolean stop(char[] chars, int length) {
        long key = key(chars, length);
        return key >= 0 && Arrays.binarySearch(STOP_KEYS, key) >= 0;
    }

    /**
     * A word of up to {@value #KEY_CHARS} ASCII characters as a number, seven bits a character
     * (none is 0, so lengths differ too); -1 for any other word, which is never a stop word.
     */
    private static long key(char[] chars, int length) {
        if (length > KEY_CHARS) {
            return -1;
        }
        long key = 0;
        for (int i = 0; i < length; i++) {
            if (chars[i] >= 0x80) {
                return -1;
            }
            key = key << 7 | chars[i];
        }
        return key;
    }

    private static long[] stopKeys() {
        long[] keys = STOP.stream().mapToLong(w -> key(w.toCharArray(), w.length())).sorted().toArray();
        if (keys[0] < 0) {
            throw new IllegalStateException("a stop word longer than " + KEY_CHARS + " letters needs a longer key");
        }
        return keys;
    }

    /** The folded words and character pairs of {@code text}, in order: {@link #terms} before stop words and stems. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        cut(text, (chars, length) -> words.add(new String(chars, 0, length)));
        return words;
    }

    /**
     * Folded words and character pairs, in one pass over the text: ASCII costs a comparison or two;
     * other characters one lookup in {@link Folding}'s table; no regular expression, no string per
     * character. A word of one character is dropped, except in the scripts cut into pairs, where a
     * lone character is its own term.
     */
    private static void cut(String text, Sink sink) {
        Cutter cut = new Cutter(sink);
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
    }

    /** The word being read (letters) or the run of paired-script characters being read, never both. */
    private static final class Cutter {
        private final Sink sink;
        private char[] word = new char[32];
        private int wordLength;
        private final StringBuilder run = new StringBuilder(16);
        private final char[] pair = new char[4];
        private int runLength;

        Cutter(Sink sink) {
            this.sink = sink;
        }

        void letter(char c) {
            if (runLength > 0) {
                endRun();
            }
            if (wordLength == word.length) {
                word = Arrays.copyOf(word, 2 * wordLength);
            }
            word[wordLength++] = c;
        }

        void paired(int cp) {
            if (wordLength > 0) {
                endWord();
            }
            run.appendCodePoint(cp);
            runLength++;
        }

        void end() {
            if (wordLength > 0) {
                endWord();
            }
            if (runLength > 0) {
                endRun();
            }
        }

        private void endWord() {
            if (wordLength > 1) {
                sink.accept(word, wordLength);
            }
            wordLength = 0;
        }

        private void endRun() {
            if (runLength == 1) {
                emit(0, run.length());
            } else {
                int from = 0;
                int next = Character.offsetByCodePoints(run, from, 1);
                while (next < run.length()) {
                    int end = Character.offsetByCodePoints(run, next, 1);
                    emit(from, end);
                    from = next;
                    next = end;
                }
            }
            run.setLength(0);
            runLength = 0;
        }

        /** Hands on {@code run[from, to)} (one or two code points) in a buffer of its own, so the sink may change it. */
        private void emit(int from, int to) {
            run.getChars(from, to, pair, 0);
            sink.accept(pair, to - from);
        }
    }

    /**
     * A light stemmer: plurals, -ed, -ing and a final e, so "interviewing", "interviews" and
     * "interviewed" meet at "interview" and "schedule", "scheduled" at "schedul". Much weaker than
     * Porter's, on purpose: every rule here must also run, identically, in the browser. English only.
     */
    public static String stem(String word) {
        char[] chars = word.toCharArray();
        return new String(chars, 0, stem(chars, chars.length));
    }

    /** {@link #stem(String)} on the word in {@code chars[0, length)}, in place; returns the stem's length. */
    private static int stem(char[] w, int length) {
        int n = length;
        if (n <= 3) {
            return n;
        }
        if (ends(w, n, "ies") && n > 4) {
            w[n - 3] = 'y';
            n -= 2;
        } else if (ends(w, n, "sses") || ends(w, n, "ches") || ends(w, n, "shes") || ends(w, n, "xes")) {
            n -= 2;
        } else if (ends(w, n, "s") && !ends(w, n, "ss") && !ends(w, n, "us") && !ends(w, n, "is")) {
            n -= 1;
        }
        if (ends(w, n, "ing") && n >= 6) {
            n = undouble(w, n - 3);
        } else if (ends(w, n, "ed") && n >= 5) {
            n = undouble(w, n - 2);
        }
        if (ends(w, n, "e") && !ends(w, n, "ee") && n >= 4) {
            n--;
        }
        return n;
    }

    private static boolean ends(char[] w, int n, String suffix) {
        int from = n - suffix.length();
        if (from < 0) {
            return false;
        }
        for (int i = 0; i < suffix.length(); i++) {
            if (w[from + i] != suffix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** "planning" loses "ing" to "plann"; a doubled final consonant goes back to one, except l, s, z ("fall"). */
    private static int undouble(char[] w, int n) {
        if (n >= 3 && w[n - 1] == w[n - 2] && "bdfgkmnprt".indexOf(w[n - 1]) >= 0) {
            return n - 1;
        }
        return n;
    }
}
