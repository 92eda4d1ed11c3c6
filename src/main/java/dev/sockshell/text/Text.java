package dev.sockshell.text;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** User-facing text, from one resource bundle so that a translation can follow. */
public final class Text {
  private static final ResourceBundle MESSAGES =
      ResourceBundle.getBundle("dev.sockshell.messages", Locale.ROOT);

  private Text() {}

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

  public static String get(String key, Object... args) {
    String pattern;
    try {
      pattern = MESSAGES.getString(key);
    } catch (MissingResourceException e) {
      throw new IllegalStateException("missing message " + key, e);
    }
    return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.ROOT).format(args);
  }
}
