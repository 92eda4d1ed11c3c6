package dev.sockshell.ctype;

import static dev.sockshell.posix.Structs.IPV6_MREQ;

import dev.sockshell.error.UsageError;
import dev.sockshell.model.Atom;
import dev.sockshell.posix.Structs;
import dev.sockshell.text.Words;
import java.lang.foreign.MemoryLayout;
import java.util.List;

/** {@code struct ipv6_mreq}: IPV6_JOIN_GROUP, IPV6_LEAVE_GROUP. */
public final class CIpv6Mreq implements GroupType {
  CIpv6Mreq() {}

  @Override
  public String cName() {
    return "struct ipv6_mreq";
  }

  @Override
  public MemoryLayout layout() {
    return IPV6_MREQ;
  }

  @Override
  public String example() {
    return "ff12::1:2:3:4 1";
  }

  @Override
  public String syntax() {
    return "GROUP [INTERFACE | INDEX]";
  }

  @Override
  public byte[] encode(List<Atom> atoms, CodecEnv env) {
    C.atLeastOne(atoms, this);
    byte[] group = Values.ipv6(atoms.get(0)).getAddress();
    int index = atoms.size() >= 2 ? Values.interfaceIndex(atoms.get(1), env) : 0;
    if (atoms.size() > 2) {
      throw new UsageError(Words.of("value.groupAndIface", cName()), atoms.get(2).column());
    }
    byte[] b = Structs.zeroed(IPV6_MREQ);
    Structs.putBytes(b, group, IPV6_MREQ, "ipv6mr_multiaddr");
    Structs.putInt(b, index, IPV6_MREQ, "ipv6mr_interface");
    return b;
  }

  @Override
  public String trace(byte[] raw) {
    return raw.length == IPV6_MREQ.byteSize()
        ? "{ipv6mr_multiaddr=inet_pton(\""
            + C.ip(Structs.bytes(raw, IPV6_MREQ, "ipv6mr_multiaddr"))
            + "\"), ipv6mr_interface="
            + Structs.getInt(raw, IPV6_MREQ, "ipv6mr_interface")
            + "}"
        : C.traceBytes(raw);
  }

  @Override
  public CSource c(Platform p) {
    return new CSource(
        "struct ipv6_mreq v",
        null,
        b ->
            C.lines(
                "struct ipv6_mreq v;",
                "memset(&v, 0, sizeof v);",
                C.pton(Structs.bytes(b, IPV6_MREQ, "ipv6mr_multiaddr"), "v.ipv6mr_multiaddr"),
                "v.ipv6mr_interface = "
                    + Integer.toUnsignedString(Structs.getInt(b, IPV6_MREQ, "ipv6mr_interface"))
                    + ";"),
        C.lines());
  }
}
