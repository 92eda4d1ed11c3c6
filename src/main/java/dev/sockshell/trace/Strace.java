package dev.sockshell.trace;

import dev.sockshell.catalogue.Level;
import dev.sockshell.catalogue.OptionCatalogue;
import dev.sockshell.catalogue.SockOption;
import dev.sockshell.ctype.CTypes;
import dev.sockshell.posix.Linux;
import dev.sockshell.posix.SockAddr;
import dev.sockshell.posix.Structs;

/** Arguments written the way strace writes them, so a verbose trace reads like C. */
final class Strace {
  private Strace() {}

  static String family(int af) {
    return switch (af) {
      case Linux.AF_INET -> "AF_INET";
      case Linux.AF_INET6 -> "AF_INET6";
      default -> Integer.toString(af);
    };
  }

  static String type(int type) {
    return switch (type) {
      case Linux.SOCK_STREAM -> "SOCK_STREAM";
      case Linux.SOCK_DGRAM -> "SOCK_DGRAM";
      case Linux.SOCK_RAW -> "SOCK_RAW"; // the lab's multicast routers
      default -> Integer.toString(type);
    };
  }

  static String openFlags(int flags) {
    return (flags & Linux.O_NONBLOCK) != 0 ? " (O_RDWR|O_NONBLOCK)" : " (O_RDWR)";
  }

  /** {@code MSG_DONTWAIT|MSG_NOSIGNAL}, or 0. */
  static String msgFlags(int flags) {
    return bitNames(
        flags,
        new int[] {Linux.MSG_DONTWAIT, Linux.MSG_NOSIGNAL},
        new String[] {"MSG_DONTWAIT", "MSG_NOSIGNAL"});
  }

  /** {@code POLLIN}, {@code POLLOUT} or both. */
  static String pollEvents(short events) {
    return bitNames(
        events, new int[] {Linux.POLLIN, Linux.POLLOUT}, new String[] {"POLLIN", "POLLOUT"});
  }

  /** The named bits of {@code value} joined by '|', other bits in hex; 0 when none is set. */
  private static String bitNames(int value, int[] bits, String[] names) {
    java.util.List<String> set = new java.util.ArrayList<>();
    int rest = value;
    for (int i = 0; i < bits.length; i++) {
      if ((value & bits[i]) != 0) {
        set.add(names[i]);
        rest &= ~bits[i];
      }
    }
    if (rest != 0) {
      set.add("0x" + Integer.toHexString(rest));
    }
    return set.isEmpty() ? "0" : String.join("|", set);
  }

  static String level(int level) {
    return Level.byNumber(level).map(Level::name).orElse(Integer.toString(level));
  }

  static String optname(int level, int name) {
    return OptionCatalogue.get()
        .byNumber(level, name)
        .map(SockOption::name)
        .orElseGet(() -> MrouteTrace.name(level, name));
  }

  /** {@code {sa_family=AF_INET, sin_port=htons(9000), sin_addr=inet_addr("0.0.0.0")}}. */
  static String sockaddr(SockAddr a) {
    if (a == null) {
      return "NULL";
    }
    if (a.isV6()) {
      return "{sa_family=AF_INET6, sin6_port=htons("
          + a.port()
          + "), sin6_addr=inet_pton(\""
          + a.host()
          + "\")}";
    }
    return "{sa_family=AF_INET, sin_port=htons("
        + a.port()
        + "), sin_addr=inet_addr(\""
        + a.host()
        + "\")}";
  }

  static int sockaddrLength(SockAddr a) {
    return a == null ? 0 : (int) (a.isV6() ? Structs.SOCKADDR_IN6 : Structs.SOCKADDR_IN).byteSize();
  }

  /** An option value as C would initialise it: [100000], {l_onoff=1, l_linger=10}, … */
  static String optval(int level, int name, byte[] v) {
    var o = OptionCatalogue.get().byNumber(level, name);
    if (o.isEmpty()) {
      String routing = MrouteTrace.value(level, name, v);
      if (routing != null) {
        return routing;
      }
    }
    return o.map(SockOption::type).orElse(CTypes.BYTES).trace(v);
  }

  /** The data argument of send/recv: at most 32 bytes, escaped, then "...". */
  static String data(byte[] d) {
    StringBuilder b = new StringBuilder("\"");
    for (int i = 0; i < Math.min(d.length, 32); i++) {
      int c = d[i] & 0xff;
      switch (c) {
        case '\n' -> b.append("\\n");
        case '\t' -> b.append("\\t");
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        default -> {
          if (c >= 0x20 && c < 0x7f) {
            b.append((char) c);
          } else {
            b.append(String.format("\\x%02x", c));
          }
        }
      }
    }
    b.append('"');
    return d.length > 32 ? b + "..." : b.toString();
  }
}
