package dev.sockshell.text;

import java.util.Collection;
import java.util.Locale;

/** "Did you mean …?": the nearest candidate by edit distance, if it is near enough. */
public final class Suggest {
  private Suggest() {}

  /** Longer words are no typo of any candidate; comparing them would only cost time. */
  private static final int LONGEST = 48;

  public static String nearest(String typed, Collection<String> candidates) {
    if (typed.length() > LONGEST) {
      return null;
    }
    String lower = typed.toLowerCase(Locale.ROOT);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String c : candidates) {
      int d = distance(lower, c.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        best = c;
        bestDistance = d;
      }
    }
    // Allow roughly one typo per four letters, at least two; the same word in other letter case
    // (OPEN for open) is worth saying too.
    int allowed = Math.max(2, typed.length() / 4);
    if (bestDistance == 0) {
      return best.equals(typed) ? null : best;
    }
    return bestDistance <= allowed ? best : null;
  }

  /** Optimal string alignment distance: Levenshtein plus transposition of neighbours. */
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
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
