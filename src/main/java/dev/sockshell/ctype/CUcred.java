package dev.sockshell.ctype;

import static dev.sockshell.posix.Structs.Process.UCRED;

import dev.sockshell.posix.Structs;
import dev.sockshell.text.Text;
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
    int pid = Structs.getInt(raw, UCRED, "pid");
    int uid = Structs.getInt(raw, UCRED, "uid");
    int gid = Structs.getInt(raw, UCRED, "gid");
    String c =
        "{pid="
            + pid
            + ", uid="
            + Integer.toUnsignedString(uid)
            + ", gid="
            + Integer.toUnsignedString(gid)
            + "}";
    if (env == null) {
      return c; // the trace: C's value only
    }
    // what C's value means: no peer has pid 0 and (uid_t)-1, (gid_t)-1
    return pid == 0 && uid == -1 && gid == -1
        ? c + " (" + Text.get("ucred.none") + ")"
        : c + " (" + Text.get("ucred.peer", pid, Integer.toUnsignedString(uid)) + ")";
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
