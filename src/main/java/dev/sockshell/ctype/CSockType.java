package dev.sockshell.ctype;

import static java.lang.foreign.ValueLayout.JAVA_INT;

import java.lang.foreign.MemoryLayout;

/** {@code int}, a socket type: SO_TYPE (read-only). */
public final class CSockType implements ReadOnlyType {
  /** Made once: a layout is asked for each call (its size is the buffer getsockopt gets). */
  private static final MemoryLayout LAYOUT = JAVA_INT.withName("int");

  CSockType() {}

  @Override
  public String cName() {
    return "int (socket type)";
  }

  @Override
  public MemoryLayout layout() {
    return LAYOUT;
  }

  @Override
  public String show(byte[] raw, CodecEnv env) {
    if (raw.length < 4) {
      return C.hex(raw);
    }
    int t = CInt.get(raw);
    return switch (t) {
      case 1 -> "1 (SOCK_STREAM)";
      case 2 -> "2 (SOCK_DGRAM)";
      case 3 -> "3 (SOCK_RAW)";
      default -> Integer.toString(t);
    };
  }

  @Override
  public String trace(byte[] raw) {
    return raw.length == 4 ? "[" + CInt.get(raw) + "]" : C.traceBytes(raw);
  }

  @Override
  public CSource c(Platform p) {
    return new CSource(
        "int v = 0",
        null,
        b -> C.lines("int v = " + CInt.get(b) + ";"),
        C.lines(
            "printf(\"%d%s\\n\", v, v == SOCK_STREAM ? \" (SOCK_STREAM)\" : v == SOCK_DGRAM ?"
                + " \" (SOCK_DGRAM)\" : v == SOCK_RAW ? \" (SOCK_RAW)\" : \"\");"));
  }
}
