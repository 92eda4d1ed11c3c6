package dev.sockshell.ctype;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;

import dev.sockshell.model.Atom;
import dev.sockshell.text.Text;
import java.lang.foreign.MemoryLayout;
import java.util.List;

/** A yes/no option: an {@code int} on most levels, a {@code u_char} for IP_MULTICAST_LOOP. */
public final class CBool implements CType {
  private static final MemoryLayout UCHAR = JAVA_BYTE.withName("u_char");
  private static final MemoryLayout INT = JAVA_INT.withName("int");

  private final boolean uchar;

  CBool(boolean uchar) {
    this.uchar = uchar;
  }

  @Override
  public String cName() {
    return uchar ? "u_char (boolean)" : "int (boolean)";
  }

  @Override
  public MemoryLayout layout() {
    return uchar ? UCHAR : INT;
  }

  @Override
  public String example() {
    return "1";
  }

  @Override
  public String syntax() {
    return "1|0|on|off";
  }

  @Override
  public byte[] encode(List<Atom> atoms, CodecEnv env) {
    Atom a = C.one(atoms, this);
    if (!uchar) {
      return CInt.of(Values.cInt(a, Text.get("value.the")));
    }
    return new byte[] {C.uchar(a)};
  }

  @Override
  public String show(byte[] raw, CodecEnv env) {
    if (raw.length < (uchar ? 1 : 4)) {
      return C.hex(raw);
    }
    long v = number(raw);
    return v + " (" + Text.get(v != 0 ? "value.on" : "value.off") + ")";
  }

  @Override
  public String trace(byte[] raw) {
    return raw.length == 4 || (uchar && raw.length == 1)
        ? "[" + number(raw) + "]"
        : C.traceBytes(raw);
  }

  @Override
  public List<Choice> choices(int index, Machine machine) {
    return index != 0
        ? List.of()
        : List.of("1", "0", "on", "off").stream().map(w -> new Choice(w, syntax(), null)).toList();
  }

  @Override
  public Meaning meaning() {
    return Meaning.FLAG;
  }

  @Override
  public Long number(byte[] raw) {
    return C.scalar(raw);
  }

  @Override
  public CSource c(Platform p) {
    String print = "printf(\"%d (%s)\\n\", (int) v, v ? \"on\" : \"off\");";
    if (!uchar) {
      return new CSource(
          "int v = 0", null, b -> C.lines("int v = " + CInt.get(b) + ";"), C.lines(print));
    }
    if (p == Platform.WINSOCK) {
      // Winsock's IP_MULTICAST_LOOP takes a DWORD where Linux takes a u_char
      return new CSource(
          "DWORD v = 0",
          null,
          b -> C.lines("DWORD v = " + Byte.toUnsignedInt(b[0]) + ";"),
          C.lines(print));
    }
    return new CSource(
        "unsigned char v = 0",
        null,
        b -> C.lines("unsigned char v = " + Byte.toUnsignedInt(b[0]) + ";"),
        C.lines(print));
  }
}
