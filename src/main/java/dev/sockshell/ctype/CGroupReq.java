package dev.sockshell.ctype;

import static dev.sockshell.posix.Structs.GROUP_REQ;

import dev.sockshell.error.UsageError;
import dev.sockshell.model.Atom;
import dev.sockshell.posix.Structs;
import dev.sockshell.text.Words;
import java.lang.foreign.MemoryLayout;
import java.util.List;

/**
 * {@code struct group_req}: MCAST_JOIN_GROUP, MCAST_LEAVE_GROUP, the protocol-independent join of
 * RFC 3678 (an IPv4 or IPv6 group, an interface index).
 */
public final class CGroupReq implements GroupType {
  CGroupReq() {}

  @Override
  public String cName() {
    return "struct group_req";
  }

  @Override
  public MemoryLayout layout() {
    return GROUP_REQ;
  }

  @Override
  public String example() {
    return "ff12::1:2:3:4 1";
  }

  @Override
  public String syntax() {
    return "GROUP INTERFACE";
  }

  @Override
  public byte[] encode(List<Atom> atoms, CodecEnv env) {
    if (atoms.size() != 2) {
      throw new UsageError(Words.of("value.needs", cName(), syntax()));
    }
    byte[] b = Structs.zeroed(GROUP_REQ);
    Structs.putInt(b, Values.interfaceIndex(atoms.get(1), env), GROUP_REQ, "gr_interface");
    CGroupSourceReq.storage(b, GROUP_REQ, "gr_group", Values.address(atoms.get(0)));
    return b;
  }

  @Override
  public String trace(byte[] raw) {
    if (raw.length != GROUP_REQ.byteSize()) {
      return C.traceBytes(raw);
    }
    return "{gr_interface="
        + Structs.getInt(raw, GROUP_REQ, "gr_interface")
        + ", gr_group=\""
        + C.ip(CGroupSourceReq.address(raw, GROUP_REQ, "gr_group"))
        + "\"}";
  }

  @Override
  public CSource c(Platform p) {
    return new CSource(
        "struct group_req v",
        null,
        b -> {
          List<String> l =
              C.lines(
                  "struct group_req v;",
                  "memset(&v, 0, sizeof v);",
                  "v.gr_interface = "
                      + Integer.toUnsignedString(Structs.getInt(b, GROUP_REQ, "gr_interface"))
                      + ";");
          CGroupSourceReq.sockaddr(
              l, "gr_group", CGroupSourceReq.address(b, GROUP_REQ, "gr_group"));
          return l;
        },
        C.lines());
  }
}
