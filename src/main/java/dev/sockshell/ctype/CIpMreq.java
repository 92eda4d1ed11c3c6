package dev.sockshell.ctype;

import static dev.sockshell.posix.Structs.IP_MREQ;
import static dev.sockshell.posix.Structs.IP_MREQN;

import dev.sockshell.error.UsageError;
import dev.sockshell.model.Atom;
import dev.sockshell.posix.Structs;
import dev.sockshell.text.Words;
import java.lang.foreign.MemoryLayout;
import java.util.List;

/**
 * {@code struct ip_mreq}: IP_ADD_MEMBERSHIP, IP_DROP_MEMBERSHIP. An interface by name or index is
 * sent as Linux's {@code struct ip_mreqn}, which the joins accept too.
 */
public final class CIpMreq implements GroupType {
  CIpMreq() {}

  @Override
  public String cName() {
    return "struct ip_mreq";
  }

  @Override
  public MemoryLayout layout() {
    return IP_MREQ;
  }

  @Override
  public int capacity() {
    return (int) IP_MREQN.byteSize();
  }

  @Override
  public boolean fits(byte[] value) {
    return value.length == IP_MREQ.byteSize() || value.length == IP_MREQN.byteSize();
  }

  @Override
  public String example() {
    return "235.7.8.9 127.0.0.1";
  }

  @Override
  public String syntax() {
    return "GROUP [INTERFACE-ADDRESS | INTERFACE | INDEX]";
  }

  @Override
  public byte[] encode(List<Atom> atoms, CodecEnv env) {
    C.atLeastOne(atoms, this);
    byte[] group = Values.ipv4(atoms.get(0)).getAddress();
    if (atoms.size() > 2) {
      throw new UsageError(Words.of("value.groupAndIface", cName()), atoms.get(2).column());
    }
    if (atoms.size() == 2 && !isAddress(atoms.get(1))) {
      byte[] b = Structs.zeroed(IP_MREQN);
      Structs.putBytes(b, group, IP_MREQN, "imr_multiaddr");
      Structs.putInt(b, Values.interfaceIndex(atoms.get(1), env), IP_MREQN, "imr_ifindex");
      return b;
    }
    byte[] b = Structs.zeroed(IP_MREQ);
    Structs.putBytes(b, group, IP_MREQ, "imr_multiaddr");
    if (atoms.size() == 2) {
      Structs.putBytes(b, Values.ipv4(atoms.get(1)).getAddress(), IP_MREQ, "imr_interface");
    }
    return b;
  }

  private static boolean isAddress(Atom a) {
    return a.kind() == Atom.Kind.IPV4 || a.kind() == Atom.Kind.STAR || a.isWord("any");
  }

  @Override
  public String trace(byte[] raw) {
    if (raw.length == IP_MREQ.byteSize()) {
      return "{imr_multiaddr=inet_addr(\""
          + C.ip(raw, 0, 4)
          + "\"), imr_interface=inet_addr(\""
          + C.ip(raw, 4, 4)
          + "\")}";
    }
    if (raw.length == IP_MREQN.byteSize()) {
      return C.traceMreqn(raw);
    }
    return C.traceBytes(raw);
  }

  @Override
  public CSource c(Platform p) {
    return new CSource(
        "struct ip_mreq v",
        null,
        b -> {
          byte[] group = Structs.bytes(b, IP_MREQ, "imr_multiaddr");
          if (b.length == IP_MREQN.byteSize()) {
            int index = Structs.getInt(b, IP_MREQN, "imr_ifindex");
            if (p == Platform.WINSOCK) {
              return C.lines(
                  "struct ip_mreq v;",
                  "memset(&v, 0, sizeof v);",
                  C.pton(group, "v.imr_multiaddr"),
                  "v.imr_interface.s_addr = htonl("
                      + index
                      + "); /* Winsock: 0.0.0.N names interface N */");
            }
            return C.lines(
                "struct ip_mreqn v;",
                "memset(&v, 0, sizeof v);",
                C.pton(group, "v.imr_multiaddr"),
                "v.imr_ifindex = " + index + ";");
          }
          return C.lines(
              "struct ip_mreq v;",
              "memset(&v, 0, sizeof v);",
              C.pton(group, "v.imr_multiaddr"),
              C.pton(Structs.bytes(b, IP_MREQ, "imr_interface"), "v.imr_interface"));
        },
        C.lines());
  }
}
