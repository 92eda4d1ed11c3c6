package dev.sockshell.ctype;

import static java.lang.foreign.ValueLayout.JAVA_INT;

import dev.sockshell.catalogue.CodecEnv;
import dev.sockshell.catalogue.Values;
import dev.sockshell.command.Atom;
import dev.sockshell.text.Text;
import java.lang.foreign.MemoryLayout;
import java.util.ArrayList;
import java.util.List;

/** {@code u_int}, an interface index: IPV6_MULTICAST_IF. */
public final class CIfIndex implements CType {
  CIfIndex() {}

  @Override
  public String cName() {
    return "u_int (interface index)";
  }

  @Override
  public MemoryLayout layout() {
    return JAVA_INT.withName("u_int");
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
    return CInt.of(Values.interfaceIndex(C.one(atoms, this), env));
  }

  @Override
  public String show(byte[] raw, CodecEnv env) {
    if (raw.length < 4) {
      return C.hex(raw);
    }
    int index = CInt.get(raw);
    if (index == 0) {
      return "0 (" + Text.get("shown.kernelChooses") + ")";
    }
    String name = env.interfaceName(index);
    String n = Integer.toUnsignedString(index);
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
    return new CSource(
        type + " v = 0",
        null,
        b -> C.lines(type + " v = " + Integer.toUnsignedString(CInt.get(b)) + ";"),
        C.lines("ss_print_ifindex((unsigned) v);"));
  }
}
