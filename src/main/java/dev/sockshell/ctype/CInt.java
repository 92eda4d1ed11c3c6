package dev.sockshell.ctype;

import static java.lang.foreign.ValueLayout.JAVA_INT;

import dev.sockshell.model.Atom;
import dev.sockshell.text.Text;
import java.lang.foreign.MemoryLayout;
import java.util.List;

/** {@code int}: sizes, TTLs, counts. */
public final class CInt implements CType {
  /** Made once: a layout is asked for each call (its size is the buffer getsockopt gets). */
  private static final MemoryLayout LAYOUT = JAVA_INT.withName("int");

  CInt() {}

  @Override
  public String cName() {
    return "int";
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
    return Text.get("syntax.int");
  }

  @Override
  public byte[] encode(List<Atom> atoms, CodecEnv env) {
    Atom a = C.one(atoms, this);
    long v = Values.integer(a);
    return of(v == (int) v ? (int) v : Values.cInt(a, Text.get("value.the"), v));
  }

  @Override
  public String show(byte[] raw, CodecEnv env) {
    return raw.length < 4 ? C.hex(raw) : Integer.toString(get(raw));
  }

  @Override
  public String trace(byte[] raw) {
    return raw.length == 4 ? "[" + get(raw) + "]" : C.traceBytes(raw);
  }

  @Override
  public Meaning meaning() {
    return Meaning.NUMBER;
  }

  @Override
  public Long number(byte[] raw) {
    return raw.length == 4 ? (long) get(raw) : null;
  }

  @Override
  public CSource c(Platform p) {
    return new CSource(
        "int v = 0",
        null,
        b -> C.lines("int v = " + get(b) + ";"),
        C.lines("printf(\"%d\\n\", v);"));
  }

  private static final boolean LITTLE =
      java.nio.ByteOrder.nativeOrder() == java.nio.ByteOrder.LITTLE_ENDIAN;

  /**
   * The int in the first four bytes, in the machine's order (plain shifts: a replay's hot path).
   */
  public static int get(byte[] raw) {
    int b0 = raw[0] & 0xff;
    int b1 = raw[1] & 0xff;
    int b2 = raw[2] & 0xff;
    int b3 = raw[3] & 0xff;
    return LITTLE ? b0 | b1 << 8 | b2 << 16 | b3 << 24 : b3 | b2 << 8 | b1 << 16 | b0 << 24;
  }

  public static byte[] of(int v) {
    return LITTLE
        ? new byte[] {(byte) v, (byte) (v >> 8), (byte) (v >> 16), (byte) (v >> 24)}
        : new byte[] {(byte) (v >> 24), (byte) (v >> 16), (byte) (v >> 8), (byte) v};
  }
}
