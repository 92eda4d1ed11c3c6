package dev.sockshell.ctype;

import static dev.sockshell.posix.Structs.UCRED;

import dev.sockshell.posix.Structs;
import java.lang.foreign.MemoryLayout;

/** {@code struct ucred}: SO_PEERCRED, who is at the other end (read-only). */
public final class CUcred implements ReadOnlyType {
  CUcred() {}

  @Override
  public String cName() {
    return "struct ucred";
  }

  @Override
  public MemoryLayout layout() {
    return UCRED;
  }

  @Override
  public String show(byte[] raw, CodecEnv env) {
    if (raw.length != UCRED.byteSize()) {
      return C.hex(raw);
    }
    return "{pid="
        + Structs.getInt(raw, UCRED, "pid")
        + ", uid="
        + Integer.toUnsignedString(Structs.getInt(raw, UCRED, "uid"))
        + ", gid="
        + Integer.toUnsignedString(Structs.getInt(raw, UCRED, "gid"))
        + "}";
  }

  @Override
  public String trace(byte[] raw) {
    return raw.length == UCRED.byteSize() ? show(raw, null) : C.traceBytes(raw);
  }

  @Override
  public CSource c(Platform p) {
    if (p == Platform.WINSOCK) {
      return CSource.none(dev.sockshell.text.Text.get("c.noUcred"));
    }
    return new CSource(
        "struct ucred v = {0}",
        null,
        b -> C.lines(),
        C.lines(
            "printf(\"{pid=%d, uid=%u, gid=%u}\\n\", (int) v.pid, (unsigned) v.uid,"
                + " (unsigned) v.gid);"));
  }
}
