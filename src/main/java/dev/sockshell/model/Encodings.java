package dev.sockshell.model;

import dev.sockshell.error.UsageError;
import dev.sockshell.text.Suggest;
import dev.sockshell.text.Words;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The text encodings a session can use for quoted payloads and received text: the JDK's charsets by
 * the names people type (cp949 is Korean Windows' code page, what the chapter's Visual C++ programs
 * send). Nothing is encoded by hand here.
 */
public final class Encodings {
  private Encodings() {}

  /** The names offered and shown; any other name the JDK knows works too. */
  public static final List<String> NAMES = List.of("utf-8", "cp949", "euc-kr", "latin1");

  private static final Map<String, String> JDK =
      Map.of("cp949", "x-windows-949", "ms949", "x-windows-949", "latin1", "ISO-8859-1");

  /** The charset for {@code name}; a UsageError naming the choices when there is none. */
  public static Charset of(String name, int column) {
    String key = name.toLowerCase(Locale.ROOT);
    try {
      return Charset.forName(JDK.getOrDefault(key, key));
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      String near = Suggest.nearest(key, NAMES);
      throw new UsageError(
          Words.of("encoding.unknown", Words.clipped(name), String.join(", ", NAMES)),
          column,
          near != null ? Words.of("hint.didYouMean", near) : null);
    }
  }

  /** The name a person typed for it: cp949 for x-windows-949. */
  public static String label(Charset c) {
    for (Map.Entry<String, String> e : JDK.entrySet()) {
      if (e.getValue().equals(c.name()) && NAMES.contains(e.getKey())) {
        return e.getKey();
      }
    }
    return c.equals(StandardCharsets.UTF_8) ? "utf-8" : c.name().toLowerCase(Locale.ROOT);
  }
}
