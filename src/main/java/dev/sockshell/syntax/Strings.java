package dev.sockshell.syntax;

import dev.sockshell.command.Payload;
import dev.sockshell.error.UsageError;
import dev.sockshell.model.Atom;
import dev.sockshell.model.Encodings;
import dev.sockshell.text.Words;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;

/**
 * Quoted strings with C-like escapes: \n \r \t \0 \\ \" \' and \xHH. Text is encoded when sent
 * (UTF-8 unless the session or the payload names another encoding); \xHH is the byte itself, so
 * "\xff" sends one byte 0xff, as it would in C.
 */
final class Strings {
  private Strings() {}

  /** A word as typed, or the text of a quoted one. */
  static String bare(Atom a) {
    String t = a.text();
    return a.kind() == Atom.Kind.STRING && t.length() >= 2 ? t.substring(1, t.length() - 1) : t;
  }

  /** The bytes of a quoted string, its text in UTF-8. */
  static byte[] unquote(Atom a) {
    return new Payload(parts(a.text(), a, 0), null).bytes();
  }

  /**
   * A send's payload: "text", hex:…, or ENCODING:"text" (cp949:"안녕하세요"), whose text is encoded in
   * that encoding when sent.
   */
  static Payload payload(Atom a) {
    String t = a.text();
    if (t.startsWith("hex:")) {
      String hex = t.substring(4).replace("_", "");
      if (hex.length() % 2 != 0) {
        throw new UsageError(Words.of("value.hexOdd"), a.column());
      }
      return Payload.raw(java.util.HexFormat.of().parseHex(hex));
    }
    int colon = t.indexOf(':');
    if (t.charAt(0) != '"' && t.charAt(0) != '\'' && colon > 0) {
      Charset c = Encodings.of(t.substring(0, colon), a.column());
      return new Payload(parts(t.substring(colon + 1), a, colon + 1), c);
    }
    return new Payload(parts(t, a, 0), null);
  }

  /** The text and \xHH bytes of {@code t}, quotes included, found at {@code offset} in the atom. */
  private static List<Payload.Part> parts(String t, Atom a, int offset) {
    List<Payload.Part> out = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    ByteArrayOutputStream raw = new ByteArrayOutputStream();
    for (int i = 1; i < t.length() - 1; i++) {
      char ch = t.charAt(i);
      if (ch != '\\') {
        flushRaw(raw, out);
        text.append(ch);
        continue;
      }
      char e = t.charAt(++i);
      if (e == 'x') {
        flushText(text, out);
        raw.write(hexByte(t, i + 1, a, offset));
        i += 2;
        continue;
      }
      flushRaw(raw, out);
      switch (e) {
        case 'n' -> text.append('\n');
        case 'r' -> text.append('\r');
        case 't' -> text.append('\t');
        case '0' -> text.append('\0');
        case '\\', '"', '\'' -> text.append(e);
        default ->
            throw new UsageError(Words.of("string.escape", "\\" + e), a.column() + offset + i - 1);
      }
    }
    flushText(text, out);
    flushRaw(raw, out);
    return out;
  }

  private static void flushText(StringBuilder text, List<Payload.Part> out) {
    if (!text.isEmpty()) {
      out.add(new Payload.Text(text.toString()));
      text.setLength(0);
    }
  }

  private static void flushRaw(ByteArrayOutputStream raw, List<Payload.Part> out) {
    if (raw.size() > 0) {
      out.add(new Payload.Raw(raw.toByteArray()));
      raw.reset();
    }
  }

  private static int hexByte(String t, int at, Atom a, int offset) {
    // The closing quote is at t.length() - 1, so two digits must end before it.
    if (at + 2 <= t.length() - 1) {
      try {
        return Integer.parseInt(t.substring(at, at + 2), 16);
      } catch (NumberFormatException ex) {
        // reported below
      }
    }
    throw new UsageError(Words.of("string.hexEscape"), a.column() + offset + at - 2);
  }
}
