package dev.sockshell.ctype;

import static dev.sockshell.posix.Structs.GROUP_SOURCE_REQ;
import static dev.sockshell.posix.Structs.SOCKADDR_IN;
import static dev.sockshell.posix.Structs.SOCKADDR_IN6;
import static dev.sockshell.posix.Structs.SOCKADDR_STORAGE;

import dev.sockshell.error.UsageError;
import dev.sockshell.posix.Linux;
import dev.sockshell.posix.Structs;
import dev.sockshell.text.Words;
import java.lang.foreign.MemoryLayout;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.List;

/** {@code struct group_source_req}: MCAST_JOIN_SOURCE_GROUP, MCAST_LEAVE_SOURCE_GROUP. */
public final class CGroupSourceReq implements GroupType {
  CGroupSourceReq() {}

  @Override
  public String cName() {
    return "struct group_source_req";
  }

  @Override
  public MemoryLayout layout() {
    return GROUP_SOURCE_REQ;
  }

  @Override
  public String example() {
    return "ff3e::1234 1 2001:db8::1";
  }

  @Override
  public String syntax() {
    return "GROUP INTERFACE SOURCE";
  }

  @Override
  public byte[] encode(List<dev.sockshell.model.Atom> atoms, CodecEnv env) {
    if (atoms.size() != 3) {
      throw new UsageError(Words.of("value.needs", cName(), syntax()));
    }
    byte[] b = Structs.zeroed(GROUP_SOURCE_REQ);
    Structs.putInt(b, Values.interfaceIndex(atoms.get(1), env), GROUP_SOURCE_REQ, "gsr_interface");
    storage(b, "gsr_group", Values.address(atoms.get(0)));
    storage(b, "gsr_source", Values.address(atoms.get(2)));
    return b;
  }

  private static void storage(byte[] b, String field, InetAddress a) {
    storage(b, GROUP_SOURCE_REQ, field, a);
  }

  /** Lays out {@code a} as a sockaddr_in(6) in the sockaddr_storage {@code field} of {@code s}. */
  static void storage(byte[] b, java.lang.foreign.StructLayout s, String field, InetAddress a) {
    int at = Structs.offset(s, field);
    boolean v6 = a instanceof Inet6Address;
    byte[] sa = Structs.zeroed(v6 ? SOCKADDR_IN6 : SOCKADDR_IN);
    if (v6) {
      Structs.putShort(sa, (short) Linux.AF_INET6, SOCKADDR_IN6, "sin6_family");
      Structs.putBytes(sa, a.getAddress(), SOCKADDR_IN6, "sin6_addr");
    } else {
      Structs.putShort(sa, (short) Linux.AF_INET, SOCKADDR_IN, "sin_family");
      Structs.putBytes(sa, a.getAddress(), SOCKADDR_IN, "sin_addr");
    }
    System.arraycopy(sa, 0, b, at, sa.length);
  }

  /** The address in a sockaddr_storage field, by its family. */
  private static byte[] address(byte[] b, String field) {
    return address(b, GROUP_SOURCE_REQ, field);
  }

  /** The address in the sockaddr_storage {@code field} of {@code s}, by its family. */
  static byte[] address(byte[] b, java.lang.foreign.StructLayout s, String field) {
    int at = Structs.offset(s, field);
    int family = Structs.getShort(b, s, field, "ss_family");
    byte[] sa = java.util.Arrays.copyOfRange(b, at, at + (int) SOCKADDR_STORAGE.byteSize());
    return family == Linux.AF_INET6
        ? Structs.bytes(sa, SOCKADDR_IN6, "sin6_addr")
        : Structs.bytes(sa, SOCKADDR_IN, "sin_addr");
  }

  @Override
  public String trace(byte[] raw) {
    if (raw.length != GROUP_SOURCE_REQ.byteSize()) {
      return C.traceBytes(raw);
    }
    return "{gsr_interface="
        + Structs.getInt(raw, GROUP_SOURCE_REQ, "gsr_interface")
        + ", gsr_group=\""
        + C.ip(address(raw, "gsr_group"))
        + "\", gsr_source=\""
        + C.ip(address(raw, "gsr_source"))
        + "\"}";
  }

  @Override
  public CSource c(Platform p) {
    return new CSource(
        "struct group_source_req v",
        null,
        b -> {
          List<String> l =
              C.lines(
                  "struct group_source_req v;",
                  "memset(&v, 0, sizeof v);",
                  "v.gsr_interface = "
                      + Integer.toUnsignedString(
                          Structs.getInt(b, GROUP_SOURCE_REQ, "gsr_interface"))
                      + ";");
          sockaddr(l, "gsr_group", address(b, "gsr_group"));
          sockaddr(l, "gsr_source", address(b, "gsr_source"));
          return l;
        },
        C.lines());
  }

  static void sockaddr(List<String> l, String field, byte[] addr) {
    if (addr.length == 16) {
      l.add("((struct sockaddr_in6 *)&v." + field + ")->sin6_family = AF_INET6;");
      l.add(C.pton(addr, "((struct sockaddr_in6 *)&v." + field + ")->sin6_addr"));
    } else {
      l.add("((struct sockaddr_in *)&v." + field + ")->sin_family = AF_INET;");
      l.add(C.pton(addr, "((struct sockaddr_in *)&v." + field + ")->sin_addr"));
    }
  }
}
