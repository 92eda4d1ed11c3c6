package dev.sockshell.ctype;

import static java.lang.foreign.ValueLayout.JAVA_LONG;

import dev.sockshell.model.Atom;
import dev.sockshell.text.Text;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.List;

/** {@code __u64}: SO_COOKIE, SO_MAX_PACING_RATE; printed unsigned, as C's {@code %llu}. */
public final class CU64 implements CType {
  /** Made once: a layout is asked for each call (its size is the buffer getsockopt gets). */
  private static final MemoryLayout LAYOUT = JAVA_LONG.withName("__u64");

  CU64() {}

  @Override
  public String cName() {
    return "__u64";
  }

  @Override
  public MemoryLayout layout() {
    return LAYOUT;
  }

  @Override
  public boolean fits(byte[] value) {
    return value.length == 8 || value.length == 4; // SO_MAX_PACING_RATE also takes a u32
  }

  @Override
  public String example() {
    return "1000000";
  }

  @Override
  public String syntax() {
    return Text.get("syntax.int");
  }

  @Override
  public byte[] encode(List<Atom> atoms, CodecEnv env) {
    long v = Values.integer(C.one(atoms, this));
    byte[] b = new byte[8];
    MemorySegment.ofArray(b).set(ValueLayout.JAVA_LONG_UNALIGNED, 0, v);
    return b;
  }

  @Override
  public Meaning meaning() {
    return Meaning.NUMBER;
  }

  @Override
  public Long number(byte[] raw) {
    if (raw.length == 4) {
      return Integer.toUnsignedLong(CInt.get(raw));
    }
    return raw.length == 8
        ? MemorySegment.ofArray(raw).get(ValueLayout.JAVA_LONG_UNALIGNED, 0)
        : null;
  }

  @Override
  public String show(byte[] raw, CodecEnv env) {
    Long v = number(raw);
    return v == null ? C.hex(raw) : Long.toUnsignedString(v);
  }

  @Override
  public String trace(byte[] raw) {
    Long v = number(raw);
    return v == null ? C.traceBytes(raw) : "[" + Long.toUnsignedString(v) + "]";
  }

  @Override
  public CSource c(Platform p) {
    return new CSource(
        "unsigned long long v = 0",
        null,
        b -> C.lines("unsigned long long v = " + Long.toUnsignedString(number(b)) + "ULL;"),
        C.lines("printf(\"%llu\\n\", v);"));
  }
}
