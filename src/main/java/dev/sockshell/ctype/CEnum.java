package dev.sockshell.ctype;

import static java.lang.foreign.ValueLayout.JAVA_INT;

import dev.sockshell.error.UsageError;
import dev.sockshell.model.Atom;
import dev.sockshell.text.Text;
import dev.sockshell.text.Words;
import java.lang.foreign.MemoryLayout;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An {@code int} that takes one of a few named values: IP_MTU_DISCOVER's IP_PMTUDISC_DO and the
 * like. Typed by name (with or without the prefix) or by number; shown as both.
 */
public final class CEnum implements CType {
  /** Made once: a layout is asked for each call (its size is the buffer getsockopt gets). */
  private static final MemoryLayout LAYOUT = JAVA_INT.withName("int");

  private final String prefix;
  private final Map<Integer, String> names;
  private String zeroKey;

  /** {@code names}: value, C name, value, C name… in order. */
  CEnum(String prefix, Object... names) {
    this.prefix = prefix;
    Map<Integer, String> m = new LinkedHashMap<>();
    for (int i = 0; i < names.length; i += 2) {
      m.put((Integer) names[i], (String) names[i + 1]);
    }
    this.names = m;
  }

  /** Shows 0, which no name has, with these words (SO_BUF_LOCK's "nothing locked"). */
  CEnum zero(String key) {
    this.zeroKey = key;
    return this;
  }

  @Override
  public String cName() {
    return "int (" + prefix + "*)";
  }

  @Override
  public MemoryLayout layout() {
    return LAYOUT;
  }

  @Override
  public String example() {
    return names.values().stream().skip(names.size() > 2 ? 2 : 0).findFirst().orElseThrow();
  }

  @Override
  public String syntax() {
    List<String> shortNames = new ArrayList<>();
    names.values().forEach(n -> shortNames.add(n.substring(prefix.length())));
    return String.join("|", shortNames) + " | NUMBER";
  }

  @Override
  public byte[] encode(List<Atom> atoms, CodecEnv env) {
    Atom a = C.one(atoms, this);
    if (a.kind() == Atom.Kind.NAME) {
      String up = a.text().toUpperCase(Locale.ROOT);
      for (Map.Entry<Integer, String> e : names.entrySet()) {
        if (e.getValue().equals(up) || e.getValue().equals(prefix + up)) {
          return CInt.of(e.getKey());
        }
      }
      throw new UsageError(Words.of("value.oneOf", Words.clipped(a.text()), syntax()), a.column());
    }
    return CInt.of(Values.cInt(a, Text.get("value.the")));
  }

  @Override
  public String show(byte[] raw, CodecEnv env) {
    if (raw.length < 4) {
      return C.hex(raw);
    }
    int v = CInt.get(raw);
    String name = names.get(v);
    if (name == null && v == 0 && zeroKey != null) {
      return "0 (" + Text.get(zeroKey) + ")";
    }
    return name == null ? Integer.toString(v) : v + " (" + name + ")";
  }

  @Override
  public String trace(byte[] raw) {
    return raw.length == 4 ? "[" + CInt.get(raw) + "]" : C.traceBytes(raw);
  }

  @Override
  public Meaning meaning() {
    return Meaning.NUMBER;
  }

  @Override
  public Long number(byte[] raw) {
    return raw.length == 4 ? (long) CInt.get(raw) : null;
  }

  @Override
  public List<Choice> choices(int index, Machine m) {
    if (index != 0) {
      return List.of();
    }
    List<Choice> out = new ArrayList<>();
    names.forEach(
        (v, n) ->
            out.add(
                new Choice(
                    n.substring(prefix.length()).toLowerCase(Locale.ROOT),
                    Text.get("group.values"),
                    n + " (" + v + ")")));
    return out;
  }

  @Override
  public CSource c(Platform p) {
    // numbers, not the macros: Winsock's headers lack most of these names
    StringBuilder print = new StringBuilder("printf(\"%d%s\\n\", v, ");
    names.forEach(
        (v, n) -> print.append("v == ").append(v).append(" ? \" (").append(n).append(")\" : "));
    print.append("\"\");");
    return new CSource(
        "int v = 0",
        null,
        b -> {
          int v = CInt.get(b);
          String n = names.get(v);
          return C.lines("int v = " + v + ";" + (n == null ? "" : " /* " + n + " */"));
        },
        C.lines(print.toString()));
  }
}
