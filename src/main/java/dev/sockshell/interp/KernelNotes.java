package dev.sockshell.interp;

import dev.sockshell.catalogue.SockOption;
import dev.sockshell.catalogue.Trait;
import dev.sockshell.ctype.CType.Meaning;
import dev.sockshell.session.SessionSocket;
import java.net.Inet6Address;

/**
 * Why what getsockopt returns differs from what the user set (or from the documented default): the
 * kernel is shown as it is, and this says why, so that no changed value goes unexplained. What a
 * value means comes from its C type, what the kernel does to it from the catalogue's traits.
 */
final class KernelNotes {
  private KernelNotes() {}

  /** The value a user set, kept per socket to compare with what the kernel gives back. */
  static Long asked(SockOption o, byte[] bytes) {
    return bytes.length == o.type().capacity() || o.type().meaning() == Meaning.LINGER
        ? o.type().number(bytes)
        : null;
  }

  /** A note on {@code raw}, what the kernel returned now; null when there is nothing to say. */
  static String explain(SessionSocket s, SockOption o, Long asked, byte[] raw) {
    if (asked == null) {
      return unasked(s, o, raw);
    }
    Long got = o.type().number(raw);
    if (got == null || got.longValue() == asked.longValue()) {
      return null;
    }
    return switch (o.type().meaning()) {
      case DURATION ->
          "you set "
              + OptionOps.seconds(asked)
              + " s; the kernel keeps timeouts in clock ticks (jiffies) and rounded it";
      case LINGER -> linger(asked, got);
      case NUMBER, FLAG -> scalar(o, asked, got);
      case NONE -> null;
    };
  }

  private static String linger(long asked, long got) {
    if (asked < 0) {
      return "you set l_linger "
          + asked
          + "; Linux reads it as a huge unsigned number, so close() lingers without limit"
          + " (MAX_SCHEDULE_TIMEOUT), and those seconds no longer fit the int read back";
    }
    return "you set l_linger " + asked + "; Linux keeps it in clock ticks and gives back " + got;
  }

  private static String scalar(SockOption o, long asked, long got) {
    for (Trait t : o.traits()) {
      if (t.sysctl() != null) {
        return buffer(t.sysctl(), asked, got);
      }
    }
    if (asked == -1) {
      return "-1 asks for the default; the kernel reports the one in use (" + got + ")";
    }
    if (o.type().meaning() == Meaning.FLAG && asked != 0 && got == 1) {
      return "a yes/no option: any value but 0 turns it on, and it reads back as 1";
    }
    return "you set " + asked + "; the kernel keeps " + got;
  }

  /**
   * Linux compares the requested size as an unsigned number with net.core.[rw]mem_max, takes the
   * smaller, and doubles it for its bookkeeping; below its minimum it keeps the minimum.
   */
  private static String buffer(String sysctl, long asked, long got) {
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
  private static String unasked(SessionSocket s, SockOption o, byte[] raw) {
    Long on = o.type().number(raw);
    if (o.has(Trait.ON_BY_BIND)
        && on != null
        && on == 1
        && s.local() != null
        && s.local().address() instanceof Inet6Address v6
        && !v6.isAnyLocalAddress()) {
      return "on by itself: Linux turns "
          + o.name()
          + " on when a socket is bound to a specific IPv6 address (here "
          + s.local().host()
          + "); only :: can also take IPv4";
    }
    return null;
  }
}
