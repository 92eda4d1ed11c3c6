package dev.sockshell.text;

/**
 * How many terminal cells a string takes: Hangul, CJK and other wide characters take two, so that
 * columns line up in Korean too.
 */
public final class Width {
  private Width() {}

  public static int of(String s) {
    int cells = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      int w = org.jline.utils.WCWidth.wcwidth(cp);
      cells += Math.max(0, w);
      i += Character.charCount(cp);
    }
    return cells;
  }
}
