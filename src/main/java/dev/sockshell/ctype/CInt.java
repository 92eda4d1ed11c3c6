package dev.sockshell.ctype;

import static java.lang.foreign.ValueLayout.JAVA_INT;

import dev.sockshell.catalogue.CodecEnv;
import dev.sockshell.catalogue.Values;
import dev.sockshell.command.Atom;
import dev.sockshell.text.Text;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.List;

/** {@code int}: sizes, TTLs, counts. */
public final class CInt implements CType {
  CInt() {}

  @Override
  public String cName() {
    return "int";
  }

  @Override
  public MemoryLayout layout() {
    return JAVA_INT.withName("int");
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
    return of(Values.cInt(C.one(atoms, this), Text.get("value.the")));
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

  static int get(byte[] raw) {
    return MemorySegment.ofArray(raw).get(ValueLayout.JAVA_INT_UNALIGNED, 0);
  }

  static byte[] of(int v) {
    byte[] b = new byte[4];
    MemorySegment.ofArray(b).set(ValueLayout.JAVA_INT_UNALIGNED, 0, v);
    return b;
  }
}
