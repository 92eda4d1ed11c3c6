package dev.sockshell.ctype;

import static java.lang.foreign.ValueLayout.JAVA_INT;

import dev.sockshell.text.Text;
import java.lang.foreign.MemoryLayout;

/** {@code int}, an errno: SO_ERROR (read-only; reading it clears it). */
public final class CErrno implements ReadOnlyType {
  /** Made once: a layout is asked for each call (its size is the buffer getsockopt gets). */
  private static final MemoryLayout LAYOUT = JAVA_INT.withName("int");

  CErrno() {}

  @Override
  public String cName() {
    return "int (errno)";
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
    int errno = CInt.get(raw);
    return errno == 0
        ? "0 (" + Text.get("shown.noError") + ")"
        : errno + " (" + env.errnoName(errno) + ")";
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
        C.lines("ss_print_errno(v);"));
  }
}
