package dev.sockshell.ctype;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;

import dev.sockshell.model.Atom;
import java.lang.foreign.MemoryLayout;
import java.util.List;

/** {@code u_char}: IP_MULTICAST_TTL, 0..255. */
public final class CUChar implements CType {
  /** Made once: a layout is asked for each call (its size is the buffer getsockopt gets). */
  private static final MemoryLayout LAYOUT = JAVA_BYTE.withName("u_char");

  CUChar() {}

  @Override
  public String cName() {
    return "u_char";
  }

  @Override
  public MemoryLayout layout() {
    return LAYOUT;
  }

  @Override
  public String example() {
    return "1";
  }

  @Override
  public String syntax() {
    return "0..255";
  }

  @Override
  public byte[] encode(List<Atom> atoms, CodecEnv env) {
    Atom a = C.one(atoms, this);
    return new byte[] {C.uchar(a)};
  }

  @Override
  public String show(byte[] raw, CodecEnv env) {
    Long v = number(raw);
    return v == null ? "0" : Long.toString(v);
  }

  @Override
  public String trace(byte[] raw) {
    return raw.length >= 1 ? "[" + Byte.toUnsignedInt(raw[0]) + "]" : C.traceBytes(raw);
  }

  @Override
  public Meaning meaning() {
    return Meaning.NUMBER;
  }

  @Override
  public Long number(byte[] raw) {
    return C.scalar(raw);
  }

  @Override
  public CSource c(Platform p) {
    String print = "printf(\"%u\\n\", (unsigned) v);";
    if (p == Platform.WINSOCK) {
      // Winsock's IP_MULTICAST_TTL takes a DWORD where Linux takes a u_char
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
