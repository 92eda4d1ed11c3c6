package dev.sockshell.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Fits text to a terminal's width the way a person would break it: at spaces only (Korean, like
 * English, puts spaces between words: a break inside 읽는다 or WSAETIMEDOUT is wrong), counting a
 * Hangul character as two cells and colour codes as none. A line broken in two keeps its layout:
 * the continuation starts under the last column of the line (the text after its last run of two or
 * more spaces, as in a help table), or under its own indentation.
 */
public final class Wrap {
  private Wrap() {}

  /** Each line of {@code text} wrapped to {@code width} cells; 0 or less: as it is. */
  public static String fit(String text, int width) {
    if (width <= 0 || text.isEmpty()) {
      return text;
    }
    StringBuilder b = new StringBuilder(text.length() + 16);
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        b.append('\n');
      }
      List<String> parts = line(lines[i], width);
      b.append(String.join("\n", parts));
    }
    return b.toString();
  }

  /** One line wrapped to {@code width} cells, continuation lines indented to keep its layout. */
  public static List<String> line(String line, int width) {
    if (width <= 0 || cells(line) <= width) {
      return List.of(line);
    }
    int hang = hang(line, width);
    return words(line, width, hang);
  }

  /**
   * One line wrapped to {@code width} cells, continuation lines starting at column {@code hang}.
   */
  public static List<String> line(String line, int width, int hang) {
    if (width <= 0 || cells(line) <= width) {
      return List.of(line);
    }
    return words(line, width, Math.min(hang, width / 2));
  }

  /**
   * A cell's text broken into lines of at most {@code width} cells (continuations not indented),
   * for a table column.
   */
  public static List<String> cell(String text, int width) {
    if (width <= 0 || cells(text) <= width) {
      return List.of(text);
    }
    return words(text, width, 0);
  }

  /** Where a continuation line starts: under the last column, else under the indentation. */
  static int hang(String line, int width) {
    String plain = plain(line);
    int lead = 0;
    while (lead < plain.length() && plain.charAt(lead) == ' ') {
      lead++;
    }
    int best = -1;
    for (int i = lead; i + 2 < plain.length(); i++) {
      if (plain.charAt(i) == ' ' && plain.charAt(i + 1) == ' ') {
        int j = i;
        while (j < plain.length() && plain.charAt(j) == ' ') {
          j++;
        }
        if (j < plain.length()) {
          best = j;
        }
        i = j;
      }
    }
    if (best > 0) {
      int col = Width.of(plain.substring(0, best));
      if (col <= width * 2 / 3) {
        return col;
      }
    }
    return Math.min(lead, width / 2);
  }

  private static List<String> words(String line, int width, int hang) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    int n = line.length();
    int i = 0;
    while (i < n && line.charAt(i) == ' ') {
      i++; // the first line keeps its indentation
    }
    cur.append(line, 0, i);
    int curCells = i;
    boolean hasWord = false;
    while (i < n) {
      int sepStart = i;
      while (i < n && line.charAt(i) == ' ') {
        i++;
      }
      int sep = hasWord ? i - sepStart : 0;
      int wordStart = i;
      while (i < n && line.charAt(i) != ' ') {
        i++;
      }
      String word = line.substring(wordStart, i);
      if (word.isEmpty()) {
        break; // spaces at the end
      }
      int wordCells = cells(word);
      if (hasWord && curCells + sep + wordCells > width) {
        out.add(stripEnd(cur.toString()));
        cur.setLength(0);
        cur.append(" ".repeat(hang));
        curCells = hang;
        sep = 0;
      }
      cur.append(" ".repeat(sep));
      curCells += sep;
      // A word wider than the room left is cut where the room ends.
      while (curCells + wordCells > width && width > curCells) {
        int cut = cutAt(word, width - curCells);
        if (cut == 0) {
          break;
        }
        cur.append(word, 0, cut);
        out.add(cur.toString());
        cur.setLength(0);
        cur.append(" ".repeat(hang));
        curCells = hang;
        word = word.substring(cut);
        wordCells = cells(word);
      }
      cur.append(word);
      curCells += wordCells;
      hasWord = true;
    }
    if (!cur.toString().isBlank()) {
      out.add(stripEnd(cur.toString()));
    }
    return out;
  }

  /** How many chars of {@code word} fit in {@code room} cells (escape codes free). */
  private static int cutAt(String word, int room) {
    int used = 0;
    int i = 0;
    while (i < word.length()) {
      int esc = escapeEnd(word, i);
      if (esc > i) {
        i = esc;
        continue;
      }
      int cp = word.codePointAt(i);
      int w = Math.max(0, org.jline.utils.WCWidth.wcwidth(cp));
      if (used + w > room) {
        break;
      }
      used += w;
      i += Character.charCount(cp);
    }
    return i;
  }

  private static String stripEnd(String s) {
    int e = s.length();
    while (e > 0 && s.charAt(e - 1) == ' ') {
      e--;
    }
    return s.substring(0, e);
  }

  /** The cells a string takes on a terminal, colour codes left out. */
  public static int cells(String s) {
    return Width.of(plain(s));
  }

  /** The string without its ANSI escape sequences (CSI ... letter). */
  public static String plain(String s) {
    if (s.indexOf('\u001b') < 0) {
      return s;
    }
    StringBuilder b = new StringBuilder(s.length());
    int i = 0;
    while (i < s.length()) {
      int e = escapeEnd(s, i);
      if (e > i) {
        i = e;
      } else {
        b.append(s.charAt(i++));
      }
    }
    return b.toString();
  }

  /** The end of an escape sequence starting at {@code i}, or {@code i} when none starts there. */
  private static int escapeEnd(String s, int i) {
    if (s.charAt(i) != '\u001b' || i + 1 >= s.length() || s.charAt(i + 1) != '[') {
      return i;
    }
    int j = i + 2;
    while (j < s.length() && (s.charAt(j) < '@' || s.charAt(j) > '~')) {
      j++;
    }
    return Math.min(j + 1, s.length());
  }
}
