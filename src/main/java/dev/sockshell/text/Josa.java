package dev.sockshell.text;

/**
 * Korean particles after a word that is only known when the message is filled: the bundle writes
 * both forms, {@code 은(는)}, {@code 이(가)}, {@code 을(를)}, {@code 과(와)}, {@code (으)로}, and the form
 * the word before it takes is kept (포트 9로, 1로, 3으로, 소켓은, lo로). A word whose sound cannot be told (a
 * symbol) keeps both forms, as Korean writing does.
 */
public final class Josa {
  private Josa() {}

  /** The particle pairs: with a final consonant, without, as the bundle writes them. */
  private static final String[][] PAIRS = {
    {"은(는)", "은", "는"},
    {"이(가)", "이", "가"},
    {"을(를)", "을", "를"},
    {"과(와)", "과", "와"},
    {"(으)로", "으로", "로"},
  };

  /** The text with each particle pair resolved for the word before it. */
  public static String resolve(String text) {
    if (text.indexOf('(') < 0) {
      return text;
    }
    StringBuilder b = null;
    int copied = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != '(' && (i + 1 >= text.length() || text.charAt(i + 1) != '(')) {
        continue;
      }
      for (String[] p : PAIRS) {
        if (!text.startsWith(p[0], i)) {
          continue;
        }
        Sound s = before(text, i);
        if (s == Sound.UNKNOWN) {
          break;
        }
        String form = form(p, s);
        if (b == null) {
          b = new StringBuilder(text.length());
        }
        b.append(text, copied, i).append(form);
        copied = i + p[0].length();
        i = copied - 1;
        break;
      }
    }
    if (b == null) {
      return text;
    }
    return b.append(text, copied, text.length()).toString();
  }

  private static String form(String[] pair, Sound s) {
    if (pair[0].equals("(으)로")) {
      // 로 after a vowel and after ㄹ (서울로, 1로), 으로 after any other final consonant
      return s == Sound.CONSONANT ? pair[1] : pair[2];
    }
    return s == Sound.VOWEL ? pair[2] : pair[1];
  }

  /** How the word before a particle ends. */
  enum Sound {
    VOWEL,
    CONSONANT,
    RIEUL,
    UNKNOWN
  }

  /** The sound the word that ends before {@code at} ends with (closing quotes skipped). */
  static Sound before(String text, int at) {
    int i = at - 1;
    while (i >= 0 && "'\"’”)]".indexOf(text.charAt(i)) >= 0) {
      i--;
    }
    if (i < 0) {
      return Sound.UNKNOWN;
    }
    char c = text.charAt(i);
    if (c >= '\uAC00' && c <= '\uD7A3') {
      int tail = (c - 0xAC00) % 28;
      return tail == 0 ? Sound.VOWEL : tail == 8 ? Sound.RIEUL : Sound.CONSONANT;
    }
    if (c >= '0' && c <= '9') {
      return number(text, i);
    }
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
      return latin(text, i);
    }
    return Sound.UNKNOWN;
  }

  /** A number read in Korean: its last digit (일, 이, 삼…), or 십, 백, 천, 만 for its zeros. */
  private static Sound number(String text, int last) {
    int zeros = 0;
    int i = last;
    while (i >= 0 && text.charAt(i) == '0') {
      zeros++;
      i--;
    }
    boolean allZero = i < 0 || !Character.isDigit(text.charAt(i));
    if (zeros > 0) {
      // 0 영, 10 십, 100 백, 1000 천, 10000 만: each ends in a consonant, none in ㄹ
      return Sound.CONSONANT;
    }
    if (allZero) {
      return Sound.CONSONANT;
    }
    return switch (text.charAt(last)) {
      case '1', '7', '8' -> Sound.RIEUL; // 일, 칠, 팔
      case '3', '6' -> Sound.CONSONANT; // 삼, 육
      default -> Sound.VOWEL; // 이, 사, 오, 구
    };
  }

  /**
   * A Latin word: an upper-case one is read letter by letter (SO_RCVBUF: 에프, TCP: 피, L: 엘), a
   * lower-case one as a word (lo: 로, eth0 ends in a digit, tcp: 티씨피, in: 인).
   */
  private static Sound latin(String text, int last) {
    char c = text.charAt(last);
    boolean upper = Character.isUpperCase(c);
    char l = Character.toLowerCase(c);
    if (upper) {
      return switch (l) {
        case 'l', 'r' -> Sound.RIEUL; // 엘, 알
        case 'm', 'n' -> Sound.CONSONANT; // 엠, 엔
        default -> Sound.VOWEL;
      };
    }
    // a short lower-case word with no vowel is an abbreviation read letter by letter (tcp, udp)
    int start = last;
    while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
      start--;
    }
    String word = text.substring(start, last + 1).toLowerCase(java.util.Locale.ROOT);
    if (!word.matches(".*[aeiouy].*")) {
      return switch (l) {
        case 'l', 'r' -> Sound.RIEUL;
        case 'm', 'n' -> Sound.CONSONANT;
        default -> Sound.VOWEL;
      };
    }
    return switch (l) {
      case 'l' -> Sound.RIEUL;
      case 'm', 'n', 'k', 'p', 't', 'b' -> Sound.CONSONANT;
      case 'g' -> word.endsWith("ng") ? Sound.CONSONANT : Sound.VOWEL;
      default -> Sound.VOWEL;
    };
  }
}
