package dev.sockshell.machine;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The locale as the environment names it, apart from whether the C library has it installed. A
 * Docker image or a minimal WSL has no ko_KR.UTF-8, yet the terminal a Korean student types at
 * sends UTF-8: the JVM, which asks the C library, would then read the terminal as ASCII and turn
 * every Hangul byte into U+FFFD. What the name says is what the terminal speaks.
 */
public final class Locales {
  private Locales() {}

  /** The locale that decides the character set: LC_ALL, else LC_CTYPE, else LANG; null if none. */
  public static String named() {
    for (String v : new String[] {"LC_ALL", "LC_CTYPE", "LANG"}) {
      String s = System.getenv(v);
      if (s != null && !s.isBlank()) {
        return s.strip();
      }
    }
    return null;
  }

  /**
   * Whether the terminal is taken to speak UTF-8: the locale names UTF-8, or names nothing usable
   * (unset, C, POSIX), where UTF-8 is what every current terminal sends.
   */
  public static boolean utf8() {
    return utf8(named());
  }

  static boolean utf8(String name) {
    if (name == null || name.equals("C") || name.equals("POSIX")) {
      return true;
    }
    String n = name.toLowerCase(Locale.ROOT);
    return n.contains("utf-8") || n.contains("utf8");
  }

  /** The character set the terminal is read and written in. */
  public static Charset terminal() {
    if (utf8()) {
      return StandardCharsets.UTF_8;
    }
    try {
      return Charset.forName(System.getProperty("native.encoding", "UTF-8"));
    } catch (RuntimeException e) {
      return StandardCharsets.UTF_8;
    }
  }

  /**
   * Whether the C library has the locale named (its character set is the one the JVM was given). A
   * UTF-8 locale that is missing leaves the JVM on ASCII.
   */
  public static boolean installed() {
    String name = named();
    if (name == null || name.equals("C") || name.equals("POSIX")) {
      return true;
    }
    String nativeEnc = System.getProperty("native.encoding", "");
    if (utf8(name)) {
      return nativeEnc.equalsIgnoreCase("UTF-8");
    }
    return !nativeEnc.equalsIgnoreCase("ANSI_X3.4-1968") && !nativeEnc.equalsIgnoreCase("US-ASCII");
  }
}
