package dev.sockshell.catalogue;

import dev.sockshell.posix.Linux;
import java.util.Locale;
import java.util.Optional;

/** The protocol levels: the chapter's four tables, and UDP's own. */
public enum Level {
  SOL_SOCKET(Linux.SOL_SOCKET, "socket"),
  IPPROTO_IP(Linux.IPPROTO_IP, "ip"),
  IPPROTO_IPV6(Linux.IPPROTO_IPV6, "ipv6"),
  IPPROTO_TCP(Linux.IPPROTO_TCP, "tcp"),
  IPPROTO_UDP(Linux.IPPROTO_UDP, "udp");

  private final int number;
  private final String shortName;

  Level(int number, String shortName) {
    this.number = number;
    this.shortName = shortName;
  }

  public int number() {
    return number;
  }

  /** Finds a level by its C name or short name (socket, ip, ipv6, tcp), in any case. */
  public static Optional<Level> byName(String text) {
    Level l = BY_NAME.get(text); // as written (SOL_SOCKET, sol_socket), without a lower-case copy
    return Optional.ofNullable(
        l != null ? l : BY_NAME.get(text.toLowerCase(java.util.Locale.ROOT)));
  }

  private static final java.util.Map<String, Level> BY_NAME = new java.util.HashMap<>();

  static {
    for (Level l : values()) {
      BY_NAME.put(l.name().toLowerCase(java.util.Locale.ROOT), l);
      BY_NAME.put(l.shortName.toLowerCase(java.util.Locale.ROOT), l);
      BY_NAME.put(l.name(), l);
      BY_NAME.put(l.shortName.toUpperCase(java.util.Locale.ROOT), l);
    }
  }

  public static Optional<Level> byNumber(int n) {
    for (Level l : values()) {
      if (l.number == n) {
        return Optional.of(l);
      }
    }
    return Optional.empty();
  }

  public String lower() {
    return name().toLowerCase(Locale.ROOT);
  }
}
