package dev.sockshell.catalogue;

import dev.sockshell.error.UsageError;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.HexFormat;
import java.util.List;

/** Turns typed values into the bytes of their C type, and kernel bytes back into text. */
public final class Codecs {
  private static final HexFormat HEX = HexFormat.of();

  private Codecs() {}

  public static byte[] encode(CType type, List<Atom> atoms, CodecEnv env) {
    if (atoms.isEmpty()) {
      throw new UsageError("a value is needed: " + type.syntax());
    }
    Atom first = atoms.get(0);
    return switch (type) {
      case BOOL_INT, INT -> one(atoms, type, () -> ints(int32(first)));
      case U_CHAR, U_CHAR_BOOL -> one(atoms, type, () -> new byte[] {uchar(first)});
      case LINGER -> linger(atoms);
      case TIMEVAL -> timeval(atoms);
      case IN_ADDR -> one(atoms, type, () -> inAddr(first, env));
      case IP_MREQ -> ipMreq(atoms, env);
      case IP_MREQ_SOURCE -> ipMreqSource(atoms, env);
      case IPV6_MREQ -> ipv6Mreq(atoms, env);
      case GROUP_SOURCE_REQ -> groupSourceReq(atoms, env);
      case IFINDEX -> one(atoms, type, () -> ints(Values.interfaceIndex(first, env)));
      case SOCK_TYPE, ERRNO, TCP_INFO ->
          throw new UsageError("this option is read-only", first.column());
      case BYTES -> bytes(atoms);
    };
  }

  /** Decodes what getsockopt returned, e.g. {@code {l_onoff=1, l_linger=10}}. */
  public static String format(CType type, byte[] raw, CodecEnv env) {
    ByteBuffer b = ByteBuffer.wrap(raw).order(ByteOrder.nativeOrder());
    return switch (type) {
      case BOOL_INT -> raw.length < 4 ? hex(raw) : onOff(b.getInt());
      case INT -> raw.length < 4 ? hex(raw) : Integer.toString(b.getInt());
      case U_CHAR -> Integer.toString(unsignedScalar(raw));
      case U_CHAR_BOOL -> onOff(unsignedScalar(raw));
      case LINGER ->
          raw.length < 8 ? hex(raw) : "{l_onoff=" + b.getInt(0) + ", l_linger=" + b.getInt(4) + "}";
      case TIMEVAL -> raw.length < 16 ? hex(raw) : formatTimeval(b.getLong(0), b.getLong(8));
      case IN_ADDR -> raw.length < 4 ? hex(raw) : formatInAddr(raw);
      case IFINDEX -> raw.length < 4 ? hex(raw) : formatIfindex(b.getInt(), env);
      case SOCK_TYPE -> raw.length < 4 ? hex(raw) : formatSockType(b.getInt());
      case ERRNO -> raw.length < 4 ? hex(raw) : formatErrno(b.getInt(), env);
      case TCP_INFO -> raw.length < 104 ? formatBytes(raw) : TcpInfo.format(b);
      case IP_MREQ, IP_MREQ_SOURCE, IPV6_MREQ, GROUP_SOURCE_REQ, BYTES -> formatBytes(raw);
    };
  }

  /** Raw bytes as hex, plus their value as a native int when there are exactly four. */
  public static String formatBytes(byte[] raw) {
    if (raw.length == 4) {
      int v = ByteBuffer.wrap(raw).order(ByteOrder.nativeOrder()).getInt();
      return hex(raw) + " (int " + v + ")";
    }
    return raw.length == 0 ? "(0 bytes)" : hex(raw);
  }

  public static String hex(byte[] raw) {
    return "hex:" + HEX.formatHex(raw);
  }

  private interface Encoder {
    byte[] get();
  }

  private static byte[] one(List<Atom> atoms, CType type, Encoder e) {
    if (atoms.size() > 1) {
      Atom extra = atoms.get(1);
      throw new UsageError(
          "unexpected '" + extra.text() + "': " + type.cName() + " takes one value",
          extra.column());
    }
    return e.get();
  }

  static byte[] ints(int... values) {
    ByteBuffer b = ByteBuffer.allocate(4 * values.length).order(ByteOrder.nativeOrder());
    for (int v : values) {
      b.putInt(v);
    }
    return b.array();
  }

  /**
   * An address, or an interface name standing for its address; an index N > 0 gives Linux's {@code
   * struct ip_mreqn {0, 0, N}}, which IP_MULTICAST_IF also accepts.
   */
  private static byte[] inAddr(Atom a, CodecEnv env) {
    if (a.kind() == Atom.Kind.NUMBER && !a.text().equals("0")) {
      return ByteBuffer.allocate(12)
          .order(ByteOrder.nativeOrder())
          .putInt(8, Values.interfaceIndex(a, env))
          .array();
    }
    return Values.ipv4OrInterface(a, env).getAddress();
  }

  private static int int32(Atom a) {
    return Values.cInt(a, "the value");
  }

  private static byte uchar(Atom a) {
    long v = Values.integer(a);
    if (v < 0 || v > 255) {
      throw new UsageError("u_char value must be 0..255, not " + v, a.column());
    }
    return (byte) v;
  }

  private static int unsignedScalar(byte[] raw) {
    if (raw.length >= 4) {
      return ByteBuffer.wrap(raw).order(ByteOrder.nativeOrder()).getInt();
    }
    return raw.length == 0 ? 0 : Byte.toUnsignedInt(raw[0]);
  }

  private static byte[] linger(List<Atom> atoms) {
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
      seconds = Values.cInt(a, "l_linger", Values.seconds(a));
    } else if (onoff != 0) {
      throw new UsageError(
          "SO_LINGER on needs a linger time: 'on 10' (seconds) or 'on 0' (reset on close)",
          first.column());
    }
    if (atoms.size() > 2) {
      throw new UsageError("struct linger takes two values", atoms.get(2).column());
    }
    return ints(onoff, seconds);
  }

  private static byte[] timeval(List<Atom> atoms) {
    ByteBuffer b = ByteBuffer.allocate(16).order(ByteOrder.nativeOrder());
    if (atoms.size() == 2) {
      // tv_sec and tv_usec as given: the kernel itself judges them (EDOM for tv_usec >= 1000000).
      return b.putLong(Values.integer(atoms.get(0))).putLong(Values.integer(atoms.get(1))).array();
    }
    if (atoms.size() != 1) {
      throw new UsageError("struct timeval takes a duration", atoms.get(2).column());
    }
    long micros = Values.micros(atoms.get(0));
    return b.putLong(micros / 1_000_000L).putLong(micros % 1_000_000L).array();
  }

  private static byte[] ipMreq(List<Atom> atoms, CodecEnv env) {
    Inet4Address group = Values.ipv4(atoms.get(0));
    if (atoms.size() > 2) {
      throw new UsageError("struct ip_mreq takes a group and an interface", atoms.get(2).column());
    }
    ByteBuffer b = ByteBuffer.allocate(atoms.size() == 2 && !isAddress(atoms.get(1)) ? 12 : 8);
    b.order(ByteOrder.nativeOrder()).put(group.getAddress());
    if (atoms.size() == 1) {
      return b.put(new byte[4]).array();
    }
    Atom iface = atoms.get(1);
    if (isAddress(iface)) {
      return b.put(Values.ipv4(iface).getAddress()).array();
    }
    // A name or an index: struct ip_mreqn {multiaddr, address, ifindex}, which Linux accepts too.
    return b.put(new byte[4]).putInt(Values.interfaceIndex(iface, env)).array();
  }

  private static boolean isAddress(Atom a) {
    return a.kind() == Atom.Kind.IPV4 || a.kind() == Atom.Kind.STAR || a.isWord("any");
  }

  private static byte[] ipMreqSource(List<Atom> atoms, CodecEnv env) {
    if (atoms.size() != 3) {
      throw new UsageError("struct ip_mreq_source needs GROUP INTERFACE-ADDRESS SOURCE");
    }
    return ByteBuffer.allocate(12)
        .put(Values.ipv4(atoms.get(0)).getAddress())
        .put(Values.ipv4OrInterface(atoms.get(1), env).getAddress())
        .put(Values.ipv4(atoms.get(2)).getAddress())
        .array();
  }

  private static byte[] ipv6Mreq(List<Atom> atoms, CodecEnv env) {
    Inet6Address group = Values.ipv6(atoms.get(0));
    int index = atoms.size() >= 2 ? Values.interfaceIndex(atoms.get(1), env) : 0;
    if (atoms.size() > 2) {
      throw new UsageError(
          "struct ipv6_mreq takes a group and an interface", atoms.get(2).column());
    }
    ByteBuffer b = ByteBuffer.allocate(20).order(ByteOrder.nativeOrder());
    return b.put(group.getAddress()).putInt(index).array();
  }

  /** struct group_source_req: u_int interface, then two sockaddr_storage (group, source). */
  private static byte[] groupSourceReq(List<Atom> atoms, CodecEnv env) {
    if (atoms.size() != 3) {
      throw new UsageError("struct group_source_req needs GROUP INTERFACE SOURCE");
    }
    ByteBuffer b = ByteBuffer.allocate(264).order(ByteOrder.nativeOrder());
    b.putInt(0, Values.interfaceIndex(atoms.get(1), env));
    storage(b, 8, Values.address(atoms.get(0)));
    storage(b, 136, Values.address(atoms.get(2)));
    return b.array();
  }

  private static void storage(ByteBuffer b, int at, InetAddress a) {
    if (a instanceof Inet6Address) {
      b.putShort(at, (short) dev.sockshell.posix.Linux.AF_INET6);
      b.put(at + 8, a.getAddress());
    } else {
      b.putShort(at, (short) dev.sockshell.posix.Linux.AF_INET);
      b.put(at + 4, a.getAddress());
    }
  }

  private static byte[] bytes(List<Atom> atoms) {
    if (atoms.size() == 1 && atoms.get(0).kind() != Atom.Kind.HEX) {
      return ints(int32(atoms.get(0)));
    }
    StringBuilder hex = new StringBuilder();
    for (Atom a : atoms) {
      if (a.kind() != Atom.Kind.HEX) {
        throw new UsageError("raw option values are hex:BYTES or one NUMBER", a.column());
      }
      hex.append(a.text().substring(4).replace("_", ""));
    }
    if (hex.length() % 2 != 0) {
      throw new UsageError("hex bytes need an even number of digits", atoms.get(0).column());
    }
    return HEX.parseHex(hex);
  }

  private static String onOff(int v) {
    return v + (v != 0 ? " (on)" : " (off)");
  }

  static String formatTimeval(long sec, long usec) {
    String base = "{tv_sec=" + sec + ", tv_usec=" + usec + "}";
    if (sec == 0 && usec == 0) {
      return base + " (no timeout)";
    }
    return base + " (" + Values.seconds(sec * 1_000_000L + usec) + " s)";
  }

  private static String formatInAddr(byte[] raw) {
    try {
      String s = InetAddress.getByAddress(java.util.Arrays.copyOf(raw, 4)).getHostAddress();
      return s.equals("0.0.0.0") ? s + " (INADDR_ANY)" : s;
    } catch (java.net.UnknownHostException e) {
      return hex(raw);
    }
  }

  private static String formatIfindex(int index, CodecEnv env) {
    if (index == 0) {
      return "0 (the kernel chooses)";
    }
    String name = env.interfaceName(index);
    return name == null ? Integer.toString(index) : index + " (" + name + ")";
  }

  private static String formatSockType(int t) {
    return switch (t) {
      case 1 -> "1 (SOCK_STREAM)";
      case 2 -> "2 (SOCK_DGRAM)";
      case 3 -> "3 (SOCK_RAW)";
      default -> Integer.toString(t);
    };
  }

  private static String formatErrno(int errno, CodecEnv env) {
    return errno == 0 ? "0 (no error)" : errno + " (" + env.errnoName(errno) + ")";
  }
}
