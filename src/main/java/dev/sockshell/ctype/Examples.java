package dev.sockshell.ctype;

import dev.sockshell.model.Atom;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The example values help shows in C ({@link CType#example()} and the catalogue's examples) laid
 * out as the kernel would read them. They are written by us, so telling their words apart needs no
 * lexer: the few shapes they take are below.
 */
public final class Examples {
  private Examples() {}

  private static final Pattern NUMBER = Pattern.compile("-?\\d+|0x\\p{XDigit}+");
  private static final Pattern SIZE = Pattern.compile("\\d+[kKmMgG]");
  private static final Pattern DURATION = Pattern.compile("\\d+(\\.\\d+)?(s|ms|us)");
  private static final Pattern IPV4 = Pattern.compile("\\d+\\.\\d+\\.\\d+\\.\\d+");

  /**
   * The bytes of {@code text} as {@code type}: the option's own example when it has one and the
   * type takes it, else the type's; null for a type that is only read.
   */
  public static byte[] bytes(CType type, String own, CodecEnv env) {
    if (own != null) {
      try {
        return type.encode(atoms(own), env);
      } catch (RuntimeException e) {
        // an example meant for completion (a name, a size word): the type's own serves
      }
    }
    return type.example() == null ? null : type.encode(atoms(type.example()), env);
  }

  static List<Atom> atoms(String text) {
    List<Atom> out = new ArrayList<>();
    int column = 1;
    for (String w : text.split(" ")) {
      out.add(new Atom(kind(w), w, column));
      column += w.length() + 1;
    }
    return out;
  }

  private static Atom.Kind kind(String w) {
    if (NUMBER.matcher(w).matches()) {
      return Atom.Kind.NUMBER;
    } else if (SIZE.matcher(w).matches()) {
      return Atom.Kind.SIZE;
    } else if (DURATION.matcher(w).matches()) {
      return Atom.Kind.DURATION;
    } else if (IPV4.matcher(w).matches()) {
      return Atom.Kind.IPV4;
    } else if (w.contains(":") && !w.startsWith("hex:")) {
      return Atom.Kind.IPV6;
    } else if (w.startsWith("hex:")) {
      return Atom.Kind.HEX;
    }
    return Atom.Kind.NAME;
  }
}
