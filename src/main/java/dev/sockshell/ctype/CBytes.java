package dev.sockshell.ctype;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;

import dev.sockshell.error.UsageError;
import dev.sockshell.model.Atom;
import dev.sockshell.text.Text;
import dev.sockshell.text.Words;
import java.lang.foreign.MemoryLayout;
import java.util.List;

/**
 * Bytes: an option the catalogue does not know, reached by number (up to 256), or one whose C type
 * is a byte array (IP_OPTIONS, TCP_FASTOPEN_KEY), typed and shown as hex.
 */
public final class CBytes implements CType {
  private final String name;
  private final int size;

  CBytes() {
    this("raw bytes", 256);
  }

  CBytes(String name, int size) {
    this.name = name;
    this.size = size;
  }

  @Override
  public String cName() {
    return name;
  }

  @Override
  public MemoryLayout layout() {
    return MemoryLayout.sequenceLayout(size, JAVA_BYTE).withName("bytes");
  }

  @Override
  public boolean fits(byte[] value) {
    return value.length <= size;
  }

  @Override
  public String example() {
    return "hex:01000000";
  }

  @Override
  public String syntax() {
    return "hex:BYTES | NUMBER";
  }

  @Override
  public byte[] encode(List<Atom> atoms, CodecEnv env) {
    C.atLeastOne(atoms, this);
    if (atoms.size() == 1 && atoms.get(0).kind() != Atom.Kind.HEX) {
      return CInt.of(Values.cInt(atoms.get(0), Text.get("value.the")));
    }
    StringBuilder hex = new StringBuilder();
    for (Atom a : atoms) {
      if (a.kind() != Atom.Kind.HEX) {
        throw new UsageError(Words.of("value.raw"), a.column());
      }
      hex.append(a.text().substring(4).replace("_", ""));
    }
    if (hex.length() % 2 != 0) {
      throw new UsageError(Words.of("value.hexOdd"), atoms.get(0).column());
    }
    return C.HEX.parseHex(hex);
  }

  @Override
  public String show(byte[] raw, CodecEnv env) {
    return showBytes(raw);
  }

  /** Raw bytes as hex, plus their value as a native int when there are exactly four. */
  public static String showBytes(byte[] raw) {
    if (raw.length == 4) {
      return C.hex(raw) + " (int " + CInt.get(raw) + ")";
    }
    return raw.length == 0 ? "(0 bytes)" : C.hex(raw);
  }

  /** Bytes as sockshell writes them: hex:0a0b. */
  public static String hex(byte[] raw) {
    return C.hex(raw);
  }

  @Override
  public String trace(byte[] raw) {
    return C.traceBytes(raw);
  }

  @Override
  public CSource c(Platform p) {
    return new CSource(
        "unsigned char v[" + size + "] = {0}",
        null,
        b -> {
          StringBuilder s = new StringBuilder("unsigned char v[] = {");
          for (int i = 0; i < b.length; i++) {
            s.append(i == 0 ? "" : ", ").append(String.format("0x%02x", b[i] & 0xff));
          }
          return C.lines(s.append(b.length == 0 ? "0};" : "};").toString());
        },
        C.lines("ss_print_hex(v, vlen);"));
  }
}
