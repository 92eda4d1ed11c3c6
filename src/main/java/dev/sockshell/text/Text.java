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
