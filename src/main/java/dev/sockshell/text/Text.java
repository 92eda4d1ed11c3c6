package dev.sockshell.text;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;

/**
 * User-facing text, from the message bundles: English ({@code messages.properties}) or Korean
 * ({@code messages_ko.properties}), and the option catalogue's words ({@code options*.properties}).
 * The language is one for the whole program: from {@code --lang}, {@code set lang}, or the
 * environment ({@code LC_ALL}, {@code LC_MESSAGES}, {@code LANG}).
 */
public final class Text {
  private Text() {}

  /** The languages sockshell speaks. */
  public enum Lang {
    EN(Locale.ROOT),
    KO(Locale.KOREAN);

    private final Locale locale;

    Lang(Locale locale) {
      this.locale = locale;
    }

    public Locale locale() {
      return locale;
    }

    /** Its code: en, ko; a lesson's lines in it start #ko (title) and ##ko (narration). */
    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The language of a lesson's translated line (##ko …, #ko …), or null: its code follows the
     * marks directly and a space (or nothing) follows the code; English lines carry no code.
     */
    public static Lang ofLine(String afterMarks) {
      for (Lang l : values()) {
        if (l != EN
            && afterMarks.startsWith(l.code())
            && (afterMarks.length() == l.code().length()
                || Character.isWhitespace(afterMarks.charAt(l.code().length())))) {
          return l;
        }
      }
      return null;
    }

    /** en or ko, in any case; null for another. */
    public static Lang of(String code) {
      return switch (code.toLowerCase(Locale.ROOT)) {
        case "en", "english" -> EN;
        case "ko", "kr", "korean", "한국어" -> KO;
        default -> null;
      };
    }

    /**
     * The language the environment asks for, as POSIX reads it: the first of LC_ALL, LC_MESSAGES
     * and LANG that is set; ko_* (ko_KR.UTF-8) is Korean, anything else English.
     */
    public static Lang fromEnvironment(Map<String, String> env) {
      for (String name : new String[] {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        String v = env.get(name);
        if (v != null && !v.isEmpty()) {
          return v.toLowerCase(Locale.ROOT).startsWith("ko") ? KO : EN;
        }
      }
      return EN;
    }
  }

  private static volatile Lang lang = Lang.EN;
  private static final ThreadLocal<Lang> HERE = new ThreadLocal<>();

  /** The language of this thread's messages: the program's, unless {@link #in} overrides it. */
  public static Lang lang() {
    if (OVERRIDES.get() == 0) { // no thread is inside in(): no thread-local to look up
      return lang;
    }
    Lang here = HERE.get();
    return here != null ? here : lang;
  }

  /** How many threads are inside {@link #in} now. */
  private static final java.util.concurrent.atomic.AtomicInteger OVERRIDES =
      new java.util.concurrent.atomic.AtomicInteger();

  /**
   * What {@code words} writes in language {@code l}, on this thread only: expect output compares
   * with the English words, so that a script checks the same in every language.
   */
  public static <T> T in(Lang l, java.util.function.Supplier<T> words) {
    Lang before = HERE.get();
    OVERRIDES.incrementAndGet();
    HERE.set(l);
    try {
      return words.get();
    } finally {
      if (before == null) {
        HERE.remove();
      } else {
        HERE.set(before);
      }
      OVERRIDES.decrementAndGet();
    }
  }

  /**
   * Sets the language: of this thread's scope when it runs inside {@link #in} (a checked script
   * switches its own messages, never the grader's report or the next script's), else the program's.
   */
  public static void lang(Lang l) {
    if (OVERRIDES.get() > 0 && HERE.get() != null) {
      HERE.set(l);
      return;
    }
    lang = l;
  }

  /** The longest piece of the user's own input that a message repeats. */
  public static final int CLIP = 40;

  /** The user's word as a message repeats it: at most {@link #CLIP} characters, then "…". */
  public static String clip(String typed) {
    return Words.clipped(typed).text();
  }

  /**
   * The two bundles. Their words are written in {@code messages[_ko].properties} and {@code
   * options[_ko].properties}; the build turns each file into a class of two sorted arrays ({@code
   * src/build/BundleClasses.java}, package {@code text.gen}), read here with a binary search:
   * parsing the files at start-up cost more than the rest of a one-shot run's own work. A key
   * missing in Korean is looked up in English (a ResourceBundle's parent).
   */
  private enum Bundle {
    MESSAGES,
    OPTIONS;

    /** Its keys and their words in {@code l}, the class made on first use. */
    private String[][] table(Lang l) {
      return switch (this) {
        case MESSAGES -> l == Lang.KO ? MessagesKo.T : MessagesEn.T;
        case OPTIONS -> l == Lang.KO ? OptionsKo.T : OptionsEn.T;
      };
    }

    private static final class MessagesEn {
      static final String[][] T = {
        dev.sockshell.text.gen.MessagesEn.KEYS, dev.sockshell.text.gen.MessagesEn.VALUES
      };
    }

    private static final class MessagesKo {
      static final String[][] T = {
        dev.sockshell.text.gen.MessagesKo.KEYS, dev.sockshell.text.gen.MessagesKo.VALUES
      };
    }

    private static final class OptionsEn {
      static final String[][] T = {
        dev.sockshell.text.gen.OptionsEn.KEYS, dev.sockshell.text.gen.OptionsEn.VALUES
      };
    }

    private static final class OptionsKo {
      static final String[][] T = {
        dev.sockshell.text.gen.OptionsKo.KEYS, dev.sockshell.text.gen.OptionsKo.VALUES
      };
    }

    /**
     * The words looked up so far, by language: a replay looks up the same few keys a hundred
     * thousand times, and a key (a literal, its hash kept) is found in one probe here against ten
     * string comparisons in the sorted keys.
     */
    @SuppressWarnings("unchecked")
    private final java.util.concurrent.ConcurrentHashMap<String, String>[] seen =
        new java.util.concurrent.ConcurrentHashMap[Lang.values().length];

    {
      for (int i = 0; i < seen.length; i++) {
        seen[i] = new java.util.concurrent.ConcurrentHashMap<>();
      }
    }

    /** What {@link #seen} keeps for a key that has no words. */
    private static final String NONE = new String("");

    /** The word of {@code key} in this thread's language (or English), or null. */
    String find(String key) {
      Lang l = lang();
      java.util.concurrent.ConcurrentHashMap<String, String> known = seen[l.ordinal()];
      String v = known.get(key);
      if (v == null) {
        v = search(l, key);
        known.put(key, v == null ? NONE : v);
      }
      return v == NONE ? null : v;
    }

    private String search(Lang l, String key) {
      String[][] t = table(l);
      int at = java.util.Arrays.binarySearch(t[0], key);
      if (at >= 0) {
        return t[1][at];
      }
      return l != Lang.EN ? search(Lang.EN, key) : null;
    }
  }

  /** A message, its {0}, {1} … filled in (numbers are given as strings, unformatted). */
  public static String get(String key, Object... args) {
    String text = format(lookup(Bundle.MESSAGES, key), args);
    // Korean particles after a word filled in (소켓은, 포트 9로) are chosen once it is known
    return lang() == Lang.KO ? Josa.resolve(text) : text;
  }

  /** A word of the option catalogue: {@code option("SO_RCVBUF", "doc")}. */
  public static String option(String name, String part) {
    return lookup(Bundle.OPTIONS, name + "." + part);
  }

  /** Whether the option catalogue has a word (examples are optional). */
  public static boolean hasOption(String name, String part) {
    return Bundle.OPTIONS.find(name + "." + part) != null;
  }

  /** Whether the messages have a key (for text that exists for some cases only). */
  public static boolean has(String key) {
    return Bundle.MESSAGES.find(key) != null;
  }

  private static String lookup(Bundle bundle, String key) {
    String v = bundle.find(key);
    if (v == null) {
      throw new IllegalStateException("missing message " + key);
    }
    return v;
  }

  /** Each pattern parsed once (a replay formats the same few messages many times). */
  private static final java.util.concurrent.ConcurrentHashMap<String, Pattern> FORMATS =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static String format(String pattern, Object... args) {
    if (args.length == 0) {
      return pattern;
    }
    return FORMATS.computeIfAbsent(pattern, Pattern::of).format(args);
  }

  /**
   * A message pattern as MessageFormat reads it (quotes, braces), with what it takes to fill it
   * fast: a pattern whose places are all plain {n} is kept as its literal pieces between them, and
   * filled with strings by joining (MessageFormat makes a buffer, a field position and a formatter
   * look-up per call). Any other pattern or argument is left to MessageFormat.
   */
  record Pattern(MessageFormat format, String[] pieces, int[] places) {
    private static final char OPEN = '\uE000';
    private static final char CLOSE = '\uE001';

    static Pattern of(String pattern) {
      MessageFormat f = new MessageFormat(pattern, Locale.ROOT);
      boolean plain = pattern.indexOf(OPEN) < 0 && pattern.indexOf(CLOSE) < 0;
      for (java.text.Format each : f.getFormatsByArgumentIndex()) {
        plain &= each == null;
      }
      if (!plain) {
        return new Pattern(f, null, null);
      }
      int n = f.getFormatsByArgumentIndex().length;
      Object[] marks = new Object[n];
      for (int i = 0; i < n; i++) {
        marks[i] = OPEN + Integer.toString(i) + CLOSE;
      }
      String marked = f.format(marks);
      java.util.List<String> pieces = new java.util.ArrayList<>();
      java.util.List<Integer> places = new java.util.ArrayList<>();
      int at = 0;
      for (int open = marked.indexOf(OPEN); open >= 0; open = marked.indexOf(OPEN, at)) {
        int close = marked.indexOf(CLOSE, open);
        pieces.add(marked.substring(at, open));
        places.add(Integer.parseInt(marked.substring(open + 1, close)));
        at = close + 1;
      }
      pieces.add(marked.substring(at));
      return new Pattern(
          f, pieces.toArray(String[]::new), places.stream().mapToInt(Integer::intValue).toArray());
    }

    String format(Object[] args) {
      if (pieces == null || !allStrings(args)) {
        synchronized (format) { // a MessageFormat is not safe to share between threads unguarded
          return format.format(args);
        }
      }
      int length = pieces[places.length].length();
      for (int i = 0; i < places.length; i++) {
        length +=
            pieces[i].length()
                + (places[i] < args.length ? ((String) args[places[i]]).length() : 3);
      }
      StringBuilder b = new StringBuilder(length);
      for (int i = 0; i < places.length; i++) {
        b.append(pieces[i]);
        int p = places[i];
        if (p < args.length) {
          b.append((String) args[p]);
        } else {
          b.append('{').append(p).append('}'); // as MessageFormat writes a missing argument
        }
      }
      return b.append(pieces[places.length]).toString();
    }

    private static boolean allStrings(Object[] args) {
      for (Object a : args) {
        if (!(a instanceof String)) {
          return false;
        }
      }
      return true;
    }
  }
}
