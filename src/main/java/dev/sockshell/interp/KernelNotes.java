package dev.sockshell.interp;

import dev.sockshell.catalogue.CType;
import dev.sockshell.catalogue.SockOption;
import dev.sockshell.session.SessionSocket;
import java.net.Inet6Address;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Why what getsockopt returns differs from what the user set (or from the documented default): the
 * kernel is shown as it is, and this says why, so that no changed value goes unexplained.
 */
final class KernelNotes {
  private KernelNotes() {}

  /** The value a user set, kept per socket to compare with what the kernel gives back. */
  static Long asked(SockOption o, byte[] bytes) {
    ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.nativeOrder());
    if ((o.type() == CType.INT || o.type() == CType.BOOL_INT) && bytes.length == 4) {
      return (long) b.getInt();
    }
    if ((o.type() == CType.U_CHAR || o.type() == CType.U_CHAR_BOOL) && bytes.length == 1) {
      return (long) Byte.toUnsignedInt(bytes[0]);
    }
    if (o.type() == CType.TIMEVAL && bytes.length == 16) {
      return b.getLong(0) * 1_000_000L + b.getLong(8);
    }
    if (o.type() == CType.LINGER && bytes.length == 8) {
      return (long) b.getInt(4);
    }
    return null;
  }

  /** A note on {@code raw}, what the kernel returned now; null when there is nothing to say. */
  static String explain(SessionSocket s, SockOption o, Long asked, byte[] raw) {
    ByteBuffer b = ByteBuffer.wrap(raw).order(ByteOrder.nativeOrder());
    if (asked == null) {
      return unasked(s, o, raw, b);
    }
    return switch (o.type()) {
      case TIMEVAL -> raw.length < 16 ? null : timeval(asked, b.getLong(0), b.getLong(8));
      case LINGER -> raw.length < 8 || b.getInt(0) == 0 ? null : linger(asked, b.getInt(4));
      case INT, BOOL_INT, U_CHAR, U_CHAR_BOOL -> {
        if (raw.length == 0) {
          yield null;
        }
        long got = raw.length >= 4 ? b.getInt(0) : Byte.toUnsignedInt(raw[0]);
        yield scalar(o, asked, got);
      }
      default -> null;
    };
  }

  private static String timeval(long asked, long sec, long usec) {
    long got = sec * 1_000_000L + usec;
    return got == asked
        ? null
        : "you set "
            + OptionOps.seconds(asked)
            + " s; the kernel keeps timeouts in clock ticks (jiffies) and rounded it";
  }

  private static String linger(long asked, int got) {
    if (got == asked) {
      return null;
    }
    if (asked < 0) {
      return "you set l_linger "
          + asked
          + "; Linux reads it as a huge unsigned number, so close() lingers without limit"
          + " (MAX_SCHEDULE_TIMEOUT), and those seconds no longer fit the int read back";
    }
    return "you set l_linger " + asked + "; Linux keeps it in clock ticks and gives back " + got;
  }

  private static String scalar(SockOption o, long asked, long got) {
    if (got == asked) {
      return null;
    }
    String name = o.name();
    if (name.equals("SO_RCVBUF") || name.equals("SO_SNDBUF")) {
      return buffer(name, asked, got);
    }
    if (asked == -1) {
      return "-1 asks for the default; the kernel reports the one in use (" + got + ")";
    }
    if ((o.type() == CType.BOOL_INT || o.type() == CType.U_CHAR_BOOL) && asked != 0 && got == 1) {
      return "a yes/no option: any value but 0 turns it on, and it reads back as 1";
    }
    return "you set " + asked + "; the kernel keeps " + got;
  }

  /**
   * Linux compares the requested size as an unsigned number with net.core.[rw]mem_max, takes the
   * smaller, and doubles it for its bookkeeping; below its minimum it keeps the minimum.
   */
  private static String buffer(String name, long asked, long got) {
    String sysctl = name.equals("SO_RCVBUF") ? "net.core.rmem_max" : "net.core.wmem_max";
    long unsigned = asked & 0xFFFF_FFFFL;
    String you =
        asked < 0
            ? "you set " + asked + ", which Linux reads as the unsigned " + unsigned
            : "you set " + asked;
    if (got == unsigned * 2) {
      return you + "; Linux doubles it to leave room for its bookkeeping";
    }
    if (got < unsigned * 2) {
      return you + "; Linux capped it at " + sysctl + " and doubled that (" + got + ")";
    }
    return you + "; Linux raised it to its minimum (" + got + ")";
  }

  /** Values the kernel changed by itself, not because of a setopt. */
  private static String unasked(SessionSocket s, SockOption o, byte[] raw, ByteBuffer b) {
    if (o.name().equals("IPV6_V6ONLY")
        && raw.length >= 4
        && b.getInt(0) == 1
        && s.local() != null
        && s.local().address() instanceof Inet6Address v6
        && !v6.isAnyLocalAddress()) {
      return "on by itself: Linux turns IPV6_V6ONLY on when a socket is bound to a specific IPv6"
          + " address (here "
          + s.local().host()
          + "); only :: can also take IPv4";
    }
    return null;
  }
}
