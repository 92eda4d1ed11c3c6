package dev.sockshell.ctype;

import java.util.List;

/**
 * One C type written as C on one platform. The value variable is always {@code v}; after a
 * getsockopt its length is in {@code vlen}.
 *
 * @param decl the declaration of an empty {@code v} ({@code int v = 0}); null when the platform has
 *     no such type
 * @param missing why the platform has none (a comment for the export); null when it has
 * @param set the statements that declare {@code v} holding a value, from the bytes the kernel was
 *     given
 * @param print the statements that print {@code v} as sockshell shows it, after {@code NAME = }
 * @param length the length setsockopt is given ({@code sizeof v}; {@code strlen(v)} for text)
 */
public record CSource(
    String decl,
    String missing,
    java.util.function.Function<byte[], List<String>> set,
    List<String> print,
    String length) {

  /** A value passed with {@code sizeof v}. */
  public CSource(
      String decl,
      String missing,
      java.util.function.Function<byte[], List<String>> set,
      List<String> print) {
    this(decl, missing, set, print, "sizeof v");
  }

  public static CSource none(String why) {
    return new CSource(null, why, b -> List.of(), List.of());
  }

  public boolean available() {
    return decl != null;
  }
}
