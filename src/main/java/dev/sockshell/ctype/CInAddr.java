package dev.sockshell.ctype;

import static dev.sockshell.posix.Structs.IN_ADDR;
import static dev.sockshell.posix.Structs.IP_MREQN;

import dev.sockshell.model.Atom;
import dev.sockshell.posix.Structs;
import dev.sockshell.text.Text;
import java.lang.foreign.MemoryLayout;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code struct in_addr}: IP_MULTICAST_IF. An interface, by name or by index N &gt; 0, is sent as
 * Linux's {@code struct ip_mreqn {0, 0, N}}, which IP_MULTICAST_IF also accepts.
 */
public final class CInAddr implements CType {
  CInAddr() {}

  @Override
  public String cName() {
    return "struct in_addr";
  }

  @Override
  public MemoryLayout layout() {
    return IN_ADDR;
  }

  @Override
  public boolean fits(byte[] value) {
    return value.length == IN_ADDR.byteSize() || value.length == IP_MREQN.byteSize();
  }

  @Override
  public String example() {
    return "127.0.0.1";
  }

  @Override
  public String syntax() {
    return "IPv4 ADDRESS | INTERFACE | INDEX | any";
  }

  @Override
  public byte[] encode(List<Atom> atoms, CodecEnv env) {
    Atom a = C.one(atoms, this);
    // An interface by name or index is what C passes as Linux's ip_mreqn {0, 0, index}: it works
    // on an interface without an IPv4 address too (a lab link, a tunnel), where its address would
    // not.
    boolean name = a.kind() == Atom.Kind.NAME && !a.isWord("any");
    if (name || (a.kind() == Atom.Kind.NUMBER && !a.text().equals("0"))) {
      byte[] b = Structs.zeroed(IP_MREQN);
      Structs.putInt(b, Values.interfaceIndex(a, env), IP_MREQN, "imr_ifindex");
      return b;
    }
    return Values.ipv4OrInterface(a, env).getAddress();
  }

  @Override
  public String show(byte[] raw, CodecEnv env) {
    if (raw.length < IN_ADDR.byteSize()) {
      return C.hex(raw);
    }
    String s = C.ip(raw, 0, 4);
    return s.equals("0.0.0.0") ? s + " (INADDR_ANY)" : s;
  }

  @Override
  public String trace(byte[] raw) {
    if (raw.length == IP_MREQN.byteSize()) {
      return C.traceMreqn(raw);
    }
    return raw.length == 4 ? "{s_addr=inet_addr(\"" + C.ip(raw) + "\")}" : C.traceBytes(raw);
  }

  @Override
  public List<Choice> choices(int index, Machine m) {
    if (index != 0) {
      return List.of();
    }
    List<Choice> out = new ArrayList<>();
    m.interfaceIpv4()
        .forEach((a, name) -> out.add(new Choice(a, Text.get("group.interface_addresses"), name)));
    out.addAll(CIfIndex.interfaces(m));
    out.add(
        new Choice("0.0.0.0", Text.get("group.interface_addresses"), Text.get("choice.inaddrAny")));
    return out;
  }

  @Override
  public CSource c(Platform p) {
    return new CSource(
        "struct in_addr v = {0}",
        null,
        b -> {
          if (b.length == IP_MREQN.byteSize()) {
            int index = Structs.getInt(b, IP_MREQN, "imr_ifindex");
            return p == Platform.WINSOCK
                ? C.lines(
                    "DWORD v = htonl(" + index + "); /* Winsock: 0.0.0.N names interface N */")
                : C.lines("struct ip_mreqn v = {.imr_ifindex = " + index + "};");
          }
          return C.lines("struct in_addr v;", C.pton(b, "v"));
        },
        C.lines("ss_print_in_addr(&v);"));
  }
}
