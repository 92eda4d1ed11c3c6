package dev.sockshell.syntax;

import dev.sockshell.catalogue.Atom;
import dev.sockshell.error.UsageError;

/** Quoted strings with C-like escapes: \n \r \t \0 \\ \" \' \xHH. */
final class Strings {
  private Strings() {}

  static String unquote(Atom a) {
    String t = a.text();
    StringBuilder out = new StringBuilder();
    for (int i = 1; i < t.length() - 1; i++) {
      char ch = t.charAt(i);
      if (ch != '\\') {
        out.append(ch);
        continue;
      }
      char e = t.charAt(++i);
      switch (e) {
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 't' -> out.append('\t');
        case '0' -> out.append('\0');
        case '\\', '"', '\'' -> out.append(e);
        case 'x' -> {
          if (i + 2 >= t.length()) {
            throw new UsageError("\\x needs two hex digits", a.column() + i);
          }
          try {
            out.append((char) Integer.parseInt(t.substring(i + 1, i + 3), 16));
          } catch (NumberFormatException ex) {
            throw new UsageError("\\x needs two hex digits", a.column() + i);
          }
          i += 2;
        }
        default -> throw new UsageError("unknown escape \\" + e, a.column() + i - 1);
      }
    }
    return out.toString();
  }
}
