package dev.sockshell.ctype;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;

import dev.sockshell.model.Atom;
import dev.sockshell.text.Text;
import java.lang.foreign.MemoryLayout;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@code char[N]}, text: SO_BINDTODEVICE (an interface name), TCP_CONGESTION (an algorithm). Set
 * with {@code strlen} bytes and no NUL, as the man pages do; read into N bytes, up to the NUL.
 */
public final class CString implements CType {
  private final int size;
  private final boolean interfaces;

  /**
   * @param size the buffer getsockopt is given (IFNAMSIZ, TCP_CA_NAME_MAX: 16)
   * @param interfaces whether completion offers interface names
   */
  CString(int size, boolean interfaces) {
    this.size = size;
    this.interfaces = interfaces;
  }

  @Override
  public String cName() {
    return "char[" + size + "] (text)";
  }

  @Override
  public MemoryLayout layout() {
    return MemoryLayout.sequenceLayout(size, JAVA_BYTE).withName("char[" + size + "]");
  }

  @Override
  public boolean fits(byte[] value) {
    return value.length < size;
  }

  @Override
  public String example() {
    return interfaces ? "lo" : "reno";
  }

  @Override
  public String syntax() {
    return Text.get("syntax.text");
  }

  @Override
  public byte[] encode(List<Atom> atoms, CodecEnv env) {
    Atom a = C.one(atoms, this);
    String t = a.text();
    if (a.kind() == Atom.Kind.STRING && t.length() >= 2) {
      t = t.substring(1, t.length() - 1);
    }
    byte[] b = t.getBytes(StandardCharsets.UTF_8);
    if (b.length >= size) {
      throw new dev.sockshell.error.UsageError(
          Text.get("value.textLong", String.valueOf(b.length), String.valueOf(size - 1)),
          a.column());
    }
    return b;
  }

  /** The text up to the first NUL. */
  static String text(byte[] raw) {
    int n = 0;
    while (n < raw.length && raw[n] != 0) {
      n++;
    }
    return new String(raw, 0, n, StandardCharsets.UTF_8);
  }

  @Override
  public String show(byte[] raw, CodecEnv env) {
    String t = text(raw);
    return t.isEmpty() ? "\"\" (" + Text.get("shown.none") + ")" : "\"" + t + "\"";
  }

  @Override
  public String trace(byte[] raw) {
    return "\"" + text(raw) + "\"";
  }

  @Override
  public List<Choice> choices(int index, Machine m) {
    return index == 0 && interfaces ? CIfIndex.interfaces(m) : List.of();
  }

  @Override
  public CSource c(Platform p) {
    return new CSource(
        "char v[" + size + "] = {0}",
        null,
        b -> C.lines("char v[] = " + C.str(text(b)) + ";"),
        C.lines(
            "printf(vlen == 0 || v[0] == 0 ? \"\\\"\\\" (none)\\n\" : \"\\\"%.*s\\\"\\n\","
                + " (int) strnlen(v, vlen), v);"),
        "strlen(v)");
  }
}
