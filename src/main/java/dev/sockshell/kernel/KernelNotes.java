package dev.sockshell.kernel;

import dev.sockshell.catalogue.SockOption;
import dev.sockshell.catalogue.Trait;
import dev.sockshell.ctype.CType.Meaning;
import dev.sockshell.session.SessionSocket;
import dev.sockshell.text.Words;
import java.net.Inet6Address;

/**
 * Why what getsockopt returns differs from what the user set (or from the documented default): the
 * kernel is shown as it is, and this says why, so that no changed value goes unexplained. What a
 * value means comes from its C type, what the kernel does to it from the catalogue's traits.
 */
public final class KernelNotes {
  private KernelNotes() {}

  /** The value a user set, kept per socket to compare with what the kernel gives back. */
  public static Long asked(SockOption o, byte[] bytes) {
    return bytes.length == o.type().capacity() ? o.type().number(bytes) : null;
  }

  /** A note on {@code raw}, what the kernel returned now; null when there is nothing to say. */
  public static Words explain(
      SessionSocket s, SockOption o, Long asked, byte[] raw, dev.sockshell.ctype.CodecEnv env) {
    if (asked == null) {
      return unasked(s, o, raw, env);
    }
    Long got = o.type().number(raw);
    if (got == null || got.longValue() == asked.longValue()) {
      return null;
    }
    if (o.has(Trait.READS_OTHER)) {
      return Words.of("note.readsOther", o.name());
    }
    return switch (o.type().meaning()) {
      case DURATION -> Words.of("note.timeout", dev.sockshell.ctype.Values.seconds(asked));
      case LINGER -> linger(asked, got);
      case NUMBER, FLAG -> scalar(o, asked, got);
      case NONE -> null;
    };
  }

  private static Words linger(long asked, long got) {
    if (asked < 0) {
      return Words.of("note.lingerNegative", String.valueOf(asked));
    }
    return Words.of("note.linger", String.valueOf(asked), String.valueOf(got));
  }

  private static Words scalar(SockOption o, long asked, long got) {
    for (Trait t : o.traits()) {
      if (t.sysctl() != null) {
        return buffer(t.sysctl(), asked, got);
      }
    }
    if (asked == -1) {
      return Words.of("note.default", String.valueOf(got));
    }
    if (o.type().meaning() == Meaning.FLAG && asked != 0 && got == 1) {
      return Words.of("note.flag");
    }
    return Words.of("note.kept", String.valueOf(asked), String.valueOf(got));
  }

  /**
   * Linux compares the requested size as an unsigned number with net.core.[rw]mem_max, takes the
   * smaller, and doubles it for its bookkeeping; below its minimum it keeps the minimum.
   */
  private static Words buffer(String sysctl, long asked, long got) {
    long unsigned = asked & 0xFFFF_FFFFL;
    Words you =
        asked < 0
            ? Words.of("note.youSetUnsigned", String.valueOf(asked), String.valueOf(unsigned))
            : Words.of("note.youSet", String.valueOf(asked));
    if (got == unsigned * 2) {
      return Words.of("note.doubled", you);
    }
    if (got < unsigned * 2) {
      return Words.of("note.capped", you, sysctl, String.valueOf(got));
    }
    return Words.of("note.minimum", you, String.valueOf(got));
  }

  /** The key under which a socket keeps the interface index an in_addr option was set by. */
  public static String byIndex(SockOption o) {
    return o.name() + " ifindex";
  }

  /** Values the kernel changed by itself, not because of a setopt. */
  private static Words unasked(
      SessionSocket s, SockOption o, byte[] raw, dev.sockshell.ctype.CodecEnv env) {
    Long index = s.requested(byIndex(o));
    if (index != null
        && index > 0
        && raw.length == 4
        && java.util.Arrays.equals(raw, new byte[4])) {
      String name = env.interfaceName(index.intValue());
      return name == null
          ? Words.of("note.byIndex", String.valueOf(index), o.name())
          : Words.of("note.byIndexNamed", String.valueOf(index), name, o.name());
    }
    Long on = o.type().number(raw);
    if (o.has(Trait.ON_BY_BIND)
        && on != null
        && on == 1
        && s.local() != null
        && s.local().address() instanceof Inet6Address v6
        && !v6.isAnyLocalAddress()) {
      return Words.of("note.v6only", o.name(), s.local().host());
    }
    return null;
  }
}
