package dev.sockshell.ctype;

import static dev.sockshell.posix.Structs.IP_MREQ_SOURCE;

import dev.sockshell.error.UsageError;
import dev.sockshell.model.Atom;
import dev.sockshell.posix.Structs;
import dev.sockshell.text.Words;
import java.lang.foreign.MemoryLayout;
import java.util.List;

/** {@code struct ip_mreq_source}: IP_ADD_SOURCE_MEMBERSHIP, IP_DROP_SOURCE_MEMBERSHIP. */
public final class CIpMreqSource implements GroupType {
  CIpMreqSource() {}

  @Override
  public String cName() {
    return "struct ip_mreq_source";
  }

  @Override
  public MemoryLayout layout() {
    return IP_MREQ_SOURCE;
  }

  @Override
  public String example() {
    return "232.1.2.3 127.0.0.1 127.0.0.2";
  }

  @Override
  public String syntax() {
    return "GROUP INTERFACE-ADDRESS SOURCE";
  }

  @Override
  public byte[] encode(List<Atom> atoms, CodecEnv env) {
    if (atoms.size() != 3) {
      throw new UsageError(Words.of("value.needs", cName(), syntax()));
    }
    byte[] b = Structs.zeroed(IP_MREQ_SOURCE);
    Structs.putBytes(b, Values.ipv4(atoms.get(0)).getAddress(), IP_MREQ_SOURCE, "imr_multiaddr");
    Structs.putBytes(
        b, Values.ipv4OrInterface(atoms.get(1), env).getAddress(), IP_MREQ_SOURCE, "imr_interface");
    Structs.putBytes(b, Values.ipv4(atoms.get(2)).getAddress(), IP_MREQ_SOURCE, "imr_sourceaddr");
    return b;
  }

  @Override
  public String trace(byte[] raw) {
    if (raw.length != IP_MREQ_SOURCE.byteSize()) {
      return C.traceBytes(raw);
    }
    return "{imr_multiaddr=inet_addr(\""
        + C.ip(Structs.bytes(raw, IP_MREQ_SOURCE, "imr_multiaddr"))
        + "\"), imr_interface=inet_addr(\""
        + C.ip(Structs.bytes(raw, IP_MREQ_SOURCE, "imr_interface"))
        + "\"), imr_sourceaddr=inet_addr(\""
        + C.ip(Structs.bytes(raw, IP_MREQ_SOURCE, "imr_sourceaddr"))
        + "\")}";
  }

  @Override
  public CSource c(Platform p) {
    // The same field names on both; Winsock orders them multiaddr, sourceaddr, interface.
    return new CSource(
        "struct ip_mreq_source v",
        null,
        b ->
            C.lines(
                "struct ip_mreq_source v;",
                "memset(&v, 0, sizeof v);",
                C.pton(Structs.bytes(b, IP_MREQ_SOURCE, "imr_multiaddr"), "v.imr_multiaddr"),
                C.pton(Structs.bytes(b, IP_MREQ_SOURCE, "imr_interface"), "v.imr_interface"),
                C.pton(Structs.bytes(b, IP_MREQ_SOURCE, "imr_sourceaddr"), "v.imr_sourceaddr")),
        C.lines());
  }
}
