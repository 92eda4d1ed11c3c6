package dev.sockshell.ctype;

import static dev.sockshell.posix.Structs.LINGER;

import dev.sockshell.error.UsageError;
import dev.sockshell.model.Atom;
import dev.sockshell.posix.Structs;
import dev.sockshell.text.Text;
import dev.sockshell.text.Words;
import java.lang.foreign.MemoryLayout;
import java.util.List;

/** {@code struct linger}: what close() does with unsent data. */
public final class CLinger implements CType {
  CLinger() {}

  @Override
  public String cName() {
    return "struct linger";
  }

  @Override
  public MemoryLayout layout() {
    return LINGER;
  }

  @Override
  public String example() {
    return "on 10";
  }

  @Override
  public String syntax() {
    return "on SECONDS | off";
  }

  @Override
  public byte[] encode(List<Atom> atoms, CodecEnv env) {
    C.atLeastOne(atoms, this);
    Atom first = atoms.get(0);
    int onoff;
    int seconds = 0;
    if (first.isWord("off", "false", "no")) {
      onoff = 0;
    } else if (first.isWord("on", "true", "yes")) {
      onoff = 1;
    } else {
      onoff = Values.cInt(first, "l_onoff");
    }
    if (atoms.size() >= 2) {
      Atom a = atoms.get(1);
      seconds = Values.cInt(a, "l_linger", Values.lingerSeconds(a));
    } else if (onoff != 0) {
      throw new UsageError(Words.of("value.lingerTime"), first.column());
    }
    if (atoms.size() > 2) {
      throw new UsageError(Words.of("value.two", cName()), atoms.get(2).column());
    }
    byte[] b = Structs.zeroed(LINGER);
    Structs.putInt(b, onoff, LINGER, "l_onoff");
    Structs.putInt(b, seconds, LINGER, "l_linger");
    return b;
  }

  @Override
  public String show(byte[] raw, CodecEnv env) {
    return raw.length < LINGER.byteSize() ? C.hex(raw) : fields(raw);
  }

  @Override
  public String trace(byte[] raw) {
    return raw.length == LINGER.byteSize() ? fields(raw) : C.traceBytes(raw);
  }

  private static String fields(byte[] raw) {
    return "{l_onoff="
        + Structs.getInt(raw, LINGER, "l_onoff")
        + ", l_linger="
        + Structs.getInt(raw, LINGER, "l_linger")
        + "}";
  }

  @Override
  public List<Choice> choices(int index, Machine machine) {
    return switch (index) {
      case 0 -> List.of(new Choice("on", syntax(), null), new Choice("off", syntax(), null));
      case 1 -> {
        String g = Text.get("choice.lingerSeconds");
        yield List.of(new Choice("0", g, null), new Choice("10", g, null));
      }
      default -> List.of();
    };
  }

  @Override
  public Meaning meaning() {
    return Meaning.LINGER;
  }

  /** l_linger, when linger is on. */
  @Override
  public Long number(byte[] raw) {
    if (raw.length < LINGER.byteSize() || Structs.getInt(raw, LINGER, "l_onoff") == 0) {
      return null;
    }
    return (long) Structs.getInt(raw, LINGER, "l_linger");
  }

  @Override
  public CSource c(Platform p) {
    // Winsock's fields are u_short, Linux's int: the same names, printed alike
    String cast = p == Platform.WINSOCK ? "(u_short) " : "";
    return new CSource(
        "struct linger v = {0, 0}",
        null,
        b ->
            C.lines(
                "struct linger v = {.l_onoff = "
                    + cast
                    + Structs.getInt(b, LINGER, "l_onoff")
                    + ", .l_linger = "
                    + cast
                    + Structs.getInt(b, LINGER, "l_linger")
                    + "};"),
        C.lines("printf(\"{l_onoff=%d, l_linger=%d}\\n\", (int) v.l_onoff, (int) v.l_linger);"));
  }
}
