package dev.sockshell.syntax;

import dev.sockshell.command.Atom;
import dev.sockshell.error.UsageError;
import dev.sockshell.text.Text;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Quoted strings with C-like escapes: \n \r \t \0 \\ \" \' and \xHH. Text is UTF-8; \xHH is the
 * byte itself, so "\xff" sends one byte 0xff, as it would in C.
 */
final class Strings {
  private Strings() {}

  static byte[] unquote(Atom a) {
    String t = a.text();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    StringBuilder text = new StringBuilder();
    for (int i = 1; i < t.length() - 1; i++) {
      char ch = t.charAt(i);
      if (ch != '\\') {
        text.append(ch);
        continue;
      }
      char e = t.charAt(++i);
      switch (e) {
        case 'n' -> text.append('\n');
        case 'r' -> text.append('\r');
        case 't' -> text.append('\t');
        case '0' -> text.append('\0');
        case '\\', '"', '\'' -> text.append(e);
        case 'x' -> {
          flush(text, out);
          out.write(hexByte(t, i + 1, a));
          i += 2;
        }
        default -> throw new UsageError(Text.get("string.escape", "\\" + e), a.column() + i - 1);
      }
    }
    flush(text, out);
    return out.toByteArray();
  }

  private static void flush(StringBuilder text, ByteArrayOutputStream out) {
    out.writeBytes(text.toString().getBytes(StandardCharsets.UTF_8));
    text.setLength(0);
  }

  private static int hexByte(String t, int at, Atom a) {
    // The closing quote is at t.length() - 1, so two digits must end before it.
    if (at + 2 <= t.length() - 1) {
      try {
        return Integer.parseInt(t.substring(at, at + 2), 16);
      } catch (NumberFormatException ex) {
        // reported below
      }
    }
    throw new UsageError(dev.sockshell.text.Text.get("string.hexEscape"), a.column() + at - 2);
  }
}
