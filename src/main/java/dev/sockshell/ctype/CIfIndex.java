package dev.sockshell.ctype;

import static java.lang.foreign.ValueLayout.JAVA_INT;

import dev.sockshell.model.Atom;
import dev.sockshell.text.Text;
import java.lang.foreign.MemoryLayout;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code u_int}, an interface index: IPV6_MULTICAST_IF; or, for IP_UNICAST_IF and IPV6_UNICAST_IF,
 * an index in network byte order ({@code htonl(index)}), which a C program on a little-endian
 * machine sees as a large number: index 1 is 16777216.
 */
public final class CIfIndex implements CType {
  /** Made once: a layout is asked for each call (its size is the buffer getsockopt gets). */
  private static final MemoryLayout LAYOUT = JAVA_INT.withName("u_int");

  private final boolean network;

  CIfIndex() {
    this(false);
  }

  CIfIndex(boolean network) {
    this.network = network;
  }

  /** The index the kernel means, from the int C sees. */
  /** htonl, as C computes it on this machine. */
  private static int htonl(int v) {
    return java.nio.ByteOrder.nativeOrder() == java.nio.ByteOrder.BIG_ENDIAN
        ? v
        : java.lang.Integer.reverseBytes(v);
  }

  @Override
  public String cName() {
    return network ? "u_int (interface index, network byte order)" : "u_int (interface index)";
  }

  @Override
  public MemoryLayout layout() {
    return LAYOUT;
  }

  @Override
  public String example() {
    return "1";
  }

  @Override
  public String syntax() {
    return "INTERFACE | INDEX | 0";
  }

  @Override
  public byte[] encode(List<Atom> atoms, CodecEnv env) {
    int index = Values.interfaceIndex(C.one(atoms, this), env);
    return CInt.of(network ? htonl(index) : index);
  }

  @Override
  public String show(byte[] raw, CodecEnv env) {
    if (raw.length < 4) {
      return C.hex(raw);
    }
    int v = CInt.get(raw);
    if (v == 0) {
      return "0 (" + Text.get("shown.kernelChooses") + ")";
    }
    int index = network ? htonl(v) : v;
    String name = env == null ? null : env.interfaceName(index);
    String n =
        Integer.toUnsignedString(v)
            + (network ? " = htonl(" + Integer.toUnsignedString(index) + ")" : "");
    return name == null ? n : n + " (" + name + ")";
  }

  @Override
  public String trace(byte[] raw) {
    return raw.length == 4
        ? "[" + Integer.toUnsignedString(CInt.get(raw)) + "]"
        : C.traceBytes(raw);
  }

  @Override
  public List<Choice> choices(int index, Machine m) {
    if (index != 0) {
      return List.of();
    }
    List<Choice> out = new ArrayList<>(interfaces(m));
    out.add(new Choice("0", Text.get("group.interfaces"), Text.get("shown.kernelChooses")));
    return out;
  }

  /** Every interface by name, for the interface word of any value. */
  static List<Choice> interfaces(Machine m) {
    List<Choice> out = new ArrayList<>();
    m.interfaceIndexes()
        .forEach(
            (n, i) ->
                out.add(
                    new Choice(
                        n,
                        Text.get("group.interfaces"),
                        Text.get("choice.index", String.valueOf(i)))));
    return out;
  }

  @Override
  public CSource c(Platform p) {
    String type = p == Platform.WINSOCK ? "DWORD" : "unsigned int";
    if (network) {
      return new CSource(
          type + " v = 0",
          null,
          b -> C.lines(type + " v = htonl(" + Integer.toUnsignedString(htonl(CInt.get(b))) + ");"),
          C.lines("ss_print_ifindex_be((unsigned) v);"));
    }
    return new CSource(
        type + " v = 0",
        null,
        b -> C.lines(type + " v = " + Integer.toUnsignedString(CInt.get(b)) + ";"),
        C.lines("ss_print_ifindex((unsigned) v);"));
  }
}
