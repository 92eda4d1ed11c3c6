package dev.sockshell.ctype;

import java.util.ArrayList;
import java.util.List;

/**
 * setsockopt and getsockopt as C writes them on each platform, for the C export and for help's
 * "Linux:" and "Windows:" lines: the value is {@code v} (declared by the type's {@link CSource}),
 * its length {@code vlen}; Winsock wants {@code char *} pointers and {@code int} lengths.
 */
public final class CCall {
  private CCall() {}

  /** {@code setsockopt(sock, LEVEL, NAME, &v, sizeof v)}, without the semicolon. */
  public static String set(Platform p, String sock, String level, String opt, CType t, int len) {
    boolean win = p == Platform.WINSOCK;
    String ptr = t instanceof CBytes && len > 0 ? "v" : "&v";
    return "setsockopt("
        + String.join(
            ", ",
            sock,
            level,
            opt,
            (win ? "(const char *) " : "") + ptr,
            (win ? "(int) " : "") + (len == 0 ? "0" : t.c(p).length()))
        + ")";
  }

  /** {@code socklen_t vlen = sizeof v} (an int on Winsock), without the semicolon. */
  public static String length(Platform p) {
    return (p == Platform.WINSOCK ? "int" : "socklen_t") + " vlen = sizeof v";
  }

  /** {@code getsockopt(sock, LEVEL, NAME, &v, &vlen)}, without the semicolon. */
  public static String get(Platform p, String sock, String level, String opt, CType t) {
    return "getsockopt("
        + String.join(
            ", ",
            sock,
            level,
            opt,
            (p == Platform.WINSOCK ? "(char *) " : "") + (t instanceof CBytes ? "v" : "&v"),
            "&vlen")
        + ")";
  }

  /**
   * The statements of one call as a person would write it: for a value given, the type's
   * declaration of it and setsockopt; for none (a read), the empty value, its length and
   * getsockopt. Empty when the type has no such C on that platform.
   */
  public static List<String> example(Platform p, String level, String opt, CType t, byte[] value) {
    CSource src = t.c(p);
    List<String> out = new ArrayList<>();
    if (!src.available()) {
      return out;
    }
    if (value != null) {
      out.addAll(src.set().apply(value));
      out.add(set(p, "sock", level, opt, t, value.length) + ";");
    } else {
      out.add(src.decl() + ";");
      out.add(length(p) + ";");
      out.add(get(p, "sock", level, opt, t) + ";");
    }
    return out;
  }
}
