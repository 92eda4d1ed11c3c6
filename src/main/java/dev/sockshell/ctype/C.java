package dev.sockshell.ctype;

import dev.sockshell.error.UsageError;
import dev.sockshell.model.Atom;
import dev.sockshell.posix.SockAddr;
import dev.sockshell.text.Words;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/** Small pieces the C types share: one-word values, hex, addresses as text and as C. */
final class C {
  private C() {}

  static final HexFormat HEX = HexFormat.of();

  /** The single word of a one-word value; more words are an error naming the type. */
  static Atom one(List<Atom> atoms, CType type) {
    if (atoms.isEmpty()) {
      throw new UsageError(Words.of("value.needed", type.syntax()));
    }
    if (atoms.size() > 1) {
      Atom extra = atoms.get(1);
      throw new UsageError(
          Words.of("value.one", Words.clipped(extra.text()), type.cName()), extra.column());
    }
    return atoms.get(0);
  }

  static void atLeastOne(List<Atom> atoms, CType type) {
    if (atoms.isEmpty()) {
      throw new UsageError(Words.of("value.needed", type.syntax()));
    }
  }

  /** A u_char value, 0..255. */
  static byte uchar(Atom a) {
    long v = dev.sockshell.ctype.Values.integer(a);
    if (v < 0 || v > 255) {
      throw new UsageError(Words.of("value.uchar", String.valueOf(v)), a.column());
    }
    return (byte) v;
  }

  /** A one-byte value as a number, or an int when the kernel answered with four bytes. */
  static Long scalar(byte[] raw) {
    if (raw.length >= 4) {
      return (long) CInt.get(raw);
    }
    return raw.length == 0 ? null : (long) Byte.toUnsignedInt(raw[0]);
  }

  /** Linux's struct ip_mreqn, as the trace writes it. */
  static String traceMreqn(byte[] raw) {
    return "{imr_multiaddr=inet_addr(\""
        + ip(raw, 0, 4)
        + "\"), imr_address=inet_addr(\""
        + ip(raw, 4, 4)
        + "\"), imr_ifindex="
        + dev.sockshell.posix.Structs.getInt(
            raw, dev.sockshell.posix.Structs.IP_MREQN, "imr_ifindex")
        + "}";
  }

  static String hex(byte[] raw) {
    return "hex:" + HEX.formatHex(raw);
  }

  /** The trace's form of bytes it cannot name: "\x01\x02". */
  static String traceBytes(byte[] v) {
    return "\"" + HexFormat.of().withPrefix("\\x").formatHex(v) + "\"";
  }

  /** An address's text from its bytes (4 or 16), as sockshell writes addresses everywhere. */
  static String ip(byte[] v) {
    try {
      return SockAddr.hostOf(InetAddress.getByAddress(v));
    } catch (UnknownHostException e) {
      return "?";
    }
  }

  static String ip(byte[] v, int from, int len) {
    return ip(Arrays.copyOfRange(v, from, from + len));
  }

  /** A C string literal. */
  static String str(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  static List<String> lines(String... l) {
    return new ArrayList<>(List.of(l));
  }

  /** The C statement that fills an in_addr / in6_addr field from its text. */
  static String pton(byte[] addr, String target) {
    return "inet_pton("
        + (addr.length == 16 ? "AF_INET6" : "AF_INET")
        + ", "
        + str(ip(addr))
        + ", &"
        + target
        + ");";
  }
}
