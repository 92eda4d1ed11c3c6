package dev.sockshell.text;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

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
    Lang here = HERE.get();
    return here != null ? here : lang;
  }

  /**
   * What {@code words} writes in language {@code l}, on this thread only: expect output compares
   * with the English words, so that a script checks the same in every language.
   */
  public static <T> T in(Lang l, java.util.function.Supplier<T> words) {
    Lang before = HERE.get();
    HERE.set(l);
    try {
      return words.get();
    } finally {
      if (before == null) {
        HERE.remove();
      } else {
        HERE.set(before);
      }
    }
  }

  public static void lang(Lang l) {
    lang = l;
  }

  /** The longest piece of the user's own input that a message repeats. */
  public static final int CLIP = 40;

  /** The user's word as a message repeats it: at most {@link #CLIP} characters, then "…". */
  public static String clip(String typed) {
    if (typed.length() <= CLIP) {
      return typed;
    }
    int end = CLIP;
    if (Character.isHighSurrogate(typed.charAt(end - 1))) {
      end--;
    }
    return typed.substring(0, end) + "\u2026 (" + typed.length() + " characters)";
  }

  /** The bundles by name, each by language, looked up once. */
  private static final java.util.concurrent.ConcurrentHashMap<String, ResourceBundle[]> BUNDLES =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static ResourceBundle bundle(String name) {
    Lang l = lang();
    ResourceBundle[] byLang =
        BUNDLES.computeIfAbsent(name, k -> new ResourceBundle[Lang.values().length]);
    ResourceBundle b = byLang[l.ordinal()];
    if (b == null) { // two threads may both look it up: the same bundle either way
      b =
          ResourceBundle.getBundle(
              "dev.sockshell." + name,
              l.locale(),
              ResourceBundle.Control.getNoFallbackControl(
                  ResourceBundle.Control.FORMAT_PROPERTIES));
      byLang[l.ordinal()] = b;
    }
    return b;
  }

  /** A message, its {0}, {1} … filled in (numbers are given as strings, unformatted). */
  public static String get(String key, Object... args) {
    return format(lookup("messages", key), args);
  }

  /** A word of the option catalogue: {@code option("SO_RCVBUF", "doc")}. */
  public static String option(String name, String part) {
    return lookup("options", name + "." + part);
  }

  /** Whether the option catalogue has a word (examples are optional). */
  public static boolean hasOption(String name, String part) {
    return bundle("options").containsKey(name + "." + part);
  }

  /** Whether the messages have a key (for text that exists for some cases only). */
  public static boolean has(String key) {
    return bundle("messages").containsKey(key);
  }

  private static String lookup(String bundle, String key) {
    try {
      return bundle(bundle).getString(key);
    } catch (MissingResourceException e) {
      throw new IllegalStateException("missing message " + key, e);
    }
  }

  /** Each pattern parsed once (a replay formats the same few messages many times). */
  private static final java.util.concurrent.ConcurrentHashMap<String, MessageFormat> FORMATS =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static String format(String pattern, Object... args) {
    if (args.length == 0) {
      return pattern;
    }
    MessageFormat f = FORMATS.computeIfAbsent(pattern, p -> new MessageFormat(p, Locale.ROOT));
    synchronized (f) { // a MessageFormat is not safe to share between threads unguarded
      return f.format(args);
    }
  }
}
