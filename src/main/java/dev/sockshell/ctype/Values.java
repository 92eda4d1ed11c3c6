package dev.sockshell.ctype;

import dev.sockshell.error.UsageError;
import dev.sockshell.model.Atom;
import dev.sockshell.text.Words;
import java.math.BigDecimal;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.Locale;

/** Reading single typed words: numbers with size suffixes, durations, addresses, interfaces. */
public final class Values {
  private Values() {}

  /** A whole number: decimal, 0x hex, a size such as 64k, or on/off/true/false/yes/no. */
  public static long integer(Atom a) {
    String t = a.text();
    Atom.Kind kind = a.kind();
    if (kind != Atom.Kind.NUMBER && kind != Atom.Kind.SIZE) { // a number is never a word
      if (a.isWord("on", "true", "yes")) {
        return 1;
      }
      if (a.isWord("off", "false", "no")) {
        return 0;
      }
    }
    try {
      return switch (a.kind()) {
        case NUMBER ->
            t.startsWith("0x") || t.startsWith("0X")
                ? Long.parseLong(t.substring(2), 16)
                : Long.parseLong(t);
        case SIZE -> {
          BigDecimal fraction = sizeFraction(t);
          if (fraction != null) {
            throw new UsageError(
                Words.of("value.wholeBytes", Words.clipped(t), fraction.toPlainString()),
                a.column());
          }
          yield size(t);
        }
        default -> throw new NumberFormatException();
      };
    } catch (NumberFormatException | ArithmeticException e) {
      if (a.kind() == Atom.Kind.NUMBER || a.kind() == Atom.Kind.SIZE) {
        throw new UsageError(Words.of("value.tooLarge", Words.clipped(t)), a.column());
      }
      throw new UsageError(Words.of("value.number", Words.clipped(t)), a.column());
    }
  }

  /** A number that must fit a C int, as most option values and backlog are. */
  public static int cInt(Atom a, String what) {
    return cInt(a, what, integer(a));
  }

  /** {@code v}, read from {@code a}, checked against the range of a C int. */
  public static int cInt(Atom a, String what, long v) {
    if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
      throw new UsageError(
          Words.of(
              "value.cInt",
              what,
              String.valueOf(Integer.MIN_VALUE),
              String.valueOf(Integer.MAX_VALUE),
              String.valueOf(v)),
          a.column());
    }
    return (int) v;
  }

  /** A size as written: its number and its unit's multiplier (64k is "64" × 1024). */
  private record Size(String number, long mult) {
    static Size of(String t) {
      String s = t.toLowerCase(Locale.ROOT).replace("ib", "").replace("b", "");
      long mult =
          switch (s.charAt(s.length() - 1)) {
            case 'k' -> 1L << 10;
            case 'm' -> 1L << 20;
            case 'g' -> 1L << 30;
            default -> throw new NumberFormatException();
          };
      return new Size(s.substring(0, s.length() - 1), mult);
    }

    BigDecimal bytes() {
      return new BigDecimal(number).multiply(BigDecimal.valueOf(mult));
    }
  }

  /** 64k = 65536, 1.5M = 1572864; k/M/G are binary (KiB), as socket buffer sizes usually are. */
  static long size(String t) {
    Size s = Size.of(t);
    Long whole = wholeTimes(s.number(), s.mult());
    return whole != null ? whole : s.bytes().longValueExact();
  }

  /** The bytes a size names when they are not whole (0.1k is 102.4), else null. */
  private static BigDecimal sizeFraction(String t) {
    if (t.indexOf('.') < 0) {
      return null;
    }
    try {
      BigDecimal bytes = Size.of(t).bytes().stripTrailingZeros();
      return bytes.scale() > 0 ? bytes : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /**
   * {@code digits × mult} when the digits are a whole number and the product fits a long; null for
   * the rest (a fraction, an overflow), which BigDecimal decides exactly. Every start reads a
   * duration (the default --timeout): BigDecimal's first use costs some ten milliseconds.
   */
  private static Long wholeTimes(String digits, long mult) {
    if (digits.isEmpty() || digits.length() > 18) {
      return null;
    }
    for (int i = 0; i < digits.length(); i++) {
      char c = digits.charAt(i);
      if (c < '0' || c > '9') {
        return null;
      }
    }
    try {
      return Math.multiplyExact(Long.parseLong(digits), mult);
    } catch (ArithmeticException e) {
      return null;
    }
  }

  /** A duration in microseconds: 3.5s, 3500ms, 200us, 1min; 0 or off means none. */
  public static long micros(Atom a) {
    if (a.isWord("off", "none") || (a.kind() == Atom.Kind.NUMBER && a.text().equals("0"))) {
      return 0;
    }
    if (a.kind() == Atom.Kind.NUMBER || a.kind() == Atom.Kind.FLOAT) {
      throw new UsageError(Words.of("value.unit", Words.clipped(a.text())), a.column());
    }
    if (a.kind() != Atom.Kind.DURATION) {
      throw new UsageError(Words.of("value.durationWord", Words.clipped(a.text())), a.column());
    }
    String t = a.text();
    if (t.startsWith("-")) {
      throw new UsageError(Words.of("value.negative", Words.clipped(t)), a.column());
    }
    int digits = 0;
    while (digits < t.length() && "0123456789.".indexOf(t.charAt(digits)) >= 0) {
      digits++;
    }
    String unit = t.substring(digits);
    String number = t.substring(0, digits);
    long mult =
        switch (unit) {
          case "us" -> 1;
          case "ms" -> 1_000;
          case "s" -> 1_000_000;
          case "min" -> 60_000_000;
          case "h" -> 3_600_000_000L;
          default -> throw new UsageError(Words.of("value.timeUnit", unit), a.column());
        };
    Long whole = wholeTimes(number, mult);
    if (whole != null) {
      return whole;
    }
    BigDecimal us = new BigDecimal(number).multiply(BigDecimal.valueOf(mult));
    if (us.stripTrailingZeros().scale() > 0) {
      throw new UsageError(Words.of("value.wholeMicros", Words.clipped(t)), a.column());
    }
    if (us.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
      throw new UsageError(Words.of("value.tooLong", Words.clipped(t)), a.column());
    }
    return us.longValueExact();
  }

  /** Seconds for struct linger: a bare number or a whole-second duration. */
  public static long lingerSeconds(Atom a) {
    if (a.kind() == Atom.Kind.DURATION) {
      long us = micros(a);
      if (us % 1_000_000 != 0) {
        throw new UsageError(Words.of("value.lingerWhole"), a.column());
      }
      return us / 1_000_000;
    }
    return integer(a);
  }

  /** 3500000 µs as "3.5". */
  public static String seconds(long micros) {
    return BigDecimal.valueOf(micros, 6).stripTrailingZeros().toPlainString();
  }

  public static InetAddress address(Atom a) {
    if (a.kind() == Atom.Kind.STAR || a.isWord("any")) {
      return ipv4Any();
    }
    if (a.kind() != Atom.Kind.IPV4 && a.kind() != Atom.Kind.IPV6) {
      throw new UsageError(Words.of("value.ip", Words.clipped(a.text())), a.column());
    }
    try {
      return InetAddress.ofLiteral(a.text());
    } catch (IllegalArgumentException e) {
      throw new UsageError(Words.of("value.badIp", Words.clipped(a.text())), a.column());
    }
  }

  public static Inet4Address ipv4(Atom a) {
    if (address(a) instanceof Inet4Address v4) {
      return v4;
    }
    throw new UsageError(Words.of("value.ipv4", Words.clipped(a.text())), a.column());
  }

  public static Inet6Address ipv6(Atom a) {
    if (a.kind() == Atom.Kind.IPV6) {
      try {
        return (Inet6Address) InetAddress.ofLiteral(a.text());
      } catch (IllegalArgumentException | ClassCastException e) {
        // fall through to the error below
      }
    }
    throw new UsageError(Words.of("value.ipv6", Words.clipped(a.text())), a.column());
  }

  private static Inet4Address ipv4Any() {
    return (Inet4Address) InetAddress.ofLiteral("0.0.0.0");
  }

  /** An IPv4 address, any/0.0.0.0, or an interface name standing for its IPv4 address. */
  public static Inet4Address ipv4OrInterface(Atom a, CodecEnv env) {
    if (a.kind() == Atom.Kind.NAME && !a.isWord("any")) {
      if (env.interfaceIndex(a.text()) == 0) {
        throw new UsageError(Words.of("value.noIface", Words.clipped(a.text())), a.column());
      }
      Inet4Address v4 = env.interfaceIpv4(a.text());
      if (v4 == null) {
        throw new UsageError(Words.of("value.noIpv4", a.text()), a.column());
      }
      return v4;
    }
    if (a.kind() == Atom.Kind.NUMBER && a.text().equals("0")) {
      return ipv4Any();
    }
    return ipv4(a);
  }

  /** An interface by name (lo) or index (1); 0 lets the kernel choose. */
  public static int interfaceIndex(Atom a, CodecEnv env) {
    if (a.kind() == Atom.Kind.NUMBER) {
      long v = integer(a);
      if (v < 0 || v > 0xFFFF_FFFFL) {
        throw new UsageError(Words.of("value.ifindex", String.valueOf(v)), a.column());
      }
      return (int) v;
    }
    if (a.kind() == Atom.Kind.NAME || a.kind() == Atom.Kind.KEYWORD) {
      int index = env.interfaceIndex(a.text());
      if (index == 0) {
        throw new UsageError(Words.of("value.noIface", Words.clipped(a.text())), a.column());
      }
      return index;
    }
    throw new UsageError(Words.of("value.iface", Words.clipped(a.text())), a.column());
  }
}
