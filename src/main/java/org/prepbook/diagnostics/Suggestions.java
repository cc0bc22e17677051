package org.prepbook.diagnostics;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean …?" for ids, keys and choices. */
public final class Suggestions {
    private Suggestions() {
    }

    /** The closest candidate, if it is close enough to be a plausible typo of {@code wrong}. */
    public static Optional<String> closest(String wrong, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int d = distance(wrong.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
            if (d < bestDistance || (d == bestDistance && best != null && candidate.compareTo(best) < 0)) {
                best = candidate;
                bestDistance = d;
            }
        }
        // A third of the word's length catches transpositions and a dropped letter or two,
        // without suggesting an unrelated short id.
        int allowed = Math.max(2, wrong.length() / 3);
        if (best != null && (bestDistance <= allowed || best.startsWith(wrong) || wrong.startsWith(best))) {
            return Optional.of(best);
        }
        return Optional.empty();
    }

    /** A hint that suggests the closest candidate, or lists what is allowed when none is close. */
    public static String hint(String wrong, Collection<String> candidates, String kind) {
        return closest(wrong, candidates)
                .map(c -> "did you mean '" + c + "'?")
                .orElseGet(() -> candidates.isEmpty()
                        ? "no " + kind + " is defined"
                        : "known " + kind + "s: " + String.join(", ", candidates.stream().sorted().limit(12).toList())
                                + (candidates.size() > 12 ? ", …" : ""));
    }

    /** Damerau–Levenshtein distance (optimal string alignment), so "phnoe" is one step from "phone". */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
