package dev.sockshell.catalogue;

import java.util.Map;
import java.util.Optional;

/**
 * The Windows table: the level and option numbers Winsock 2 gives the catalogue's options, as the
 * mingw-w64 headers (winsock2.h, ws2def.h, ws2ipdef.h) define them. Linux's numbers are in the
 * catalogue's rows and used at run time; these are used by help and by {@code export c --winsock}.
 * An option missing here is one Winsock lacks; why is {@code winsock.lacks.NAME} in the bundle. A
 * test compiles every entry against the headers with mingw-w64, and checks that every option the
 * headers define is here.
 */
public final class Winsock {
  private Winsock() {}

  public static final int SOL_SOCKET = 0xffff;
  public static final int IPPROTO_IP = 0;
  public static final int IPPROTO_IPV6 = 41;
  public static final int IPPROTO_TCP = 6;

  private static final Map<String, OptionNumbers> TABLE =
      Map.ofEntries(
          so("SO_DEBUG", 0x0001),
          so("SO_ACCEPTCONN", 0x0002),
          so("SO_REUSEADDR", 0x0004),
          so("SO_DONTROUTE", 0x0010),
          so("SO_OOBINLINE", 0x0100),
          so("SO_SNDLOWAT", 0x1003),
          so("SO_RCVLOWAT", 0x1004),
          so("SO_KEEPALIVE", 0x0008),
          so("SO_BROADCAST", 0x0020),
          so("SO_LINGER", 0x0080),
          so("SO_SNDBUF", 0x1001),
          so("SO_RCVBUF", 0x1002),
          so("SO_SNDTIMEO", 0x1005),
          so("SO_RCVTIMEO", 0x1006),
          so("SO_ERROR", 0x1007),
          so("SO_TYPE", 0x1008),
          ip("IP_OPTIONS", 1),
          ip("IP_TOS", 3),
          ip("IP_BLOCK_SOURCE", 17),
          ip("IP_UNBLOCK_SOURCE", 18),
          ip("IP_PKTINFO", 19),
          ip("IP_UNICAST_IF", 31),
          ip("IP_RECVTOS", 40),
          ip("IP_MTU_DISCOVER", 71),
          ip("IP_MTU", 73),
          ip("IP_RECVERR", 75),
          ip("IP_HDRINCL", 2),
          ip("IP_TTL", 4),
          ip("IP_MULTICAST_IF", 9),
          ip("IP_MULTICAST_TTL", 10),
          ip("IP_MULTICAST_LOOP", 11),
          ip("IP_ADD_MEMBERSHIP", 12),
          ip("IP_DROP_MEMBERSHIP", 13),
          ip("IP_ADD_SOURCE_MEMBERSHIP", 15),
          ip("IP_DROP_SOURCE_MEMBERSHIP", 16),
          ip("IP_RECVTTL", 21),
          ip6("IPV6_HOPOPTS", 1),
          ip6("IPV6_PKTINFO", 19),
          ip6("IPV6_HOPLIMIT", 21),
          ip6("IPV6_CHECKSUM", 26),
          ip6("IPV6_RTHDR", 32),
          ip6("IPV6_UNICAST_HOPS", 4),
          ip6("IPV6_DONTFRAG", 14),
          ip6("IPV6_UNICAST_IF", 31),
          ip6("IPV6_RECVRTHDR", 38),
          ip6("IPV6_TCLASS", 39),
          ip6("IPV6_RECVTCLASS", 40),
          ip6("MCAST_JOIN_GROUP", 41),
          ip6("MCAST_LEAVE_GROUP", 42),
          ip6("MCAST_BLOCK_SOURCE", 43),
          ip6("MCAST_UNBLOCK_SOURCE", 44),
          ip6("IPV6_MTU_DISCOVER", 71),
          ip6("IPV6_MTU", 72),
          ip6("IPV6_RECVERR", 75),
          ip6("IPV6_MULTICAST_IF", 9),
          ip6("IPV6_MULTICAST_HOPS", 10),
          ip6("IPV6_MULTICAST_LOOP", 11),
          ip6("IPV6_JOIN_GROUP", 12),
          ip6("IPV6_LEAVE_GROUP", 13),
          ip6("IPV6_V6ONLY", 27),
          ip6("MCAST_JOIN_SOURCE_GROUP", 45),
          ip6("MCAST_LEAVE_SOURCE_GROUP", 46),
          Map.entry(
              "TCP_NODELAY", new OptionNumbers("IPPROTO_TCP", IPPROTO_TCP, "TCP_NODELAY", 1)));

  private static Map.Entry<String, OptionNumbers> so(String name, int number) {
    return Map.entry(name, new OptionNumbers("SOL_SOCKET", SOL_SOCKET, name, number));
  }

  private static Map.Entry<String, OptionNumbers> ip(String name, int number) {
    return Map.entry(name, new OptionNumbers("IPPROTO_IP", IPPROTO_IP, name, number));
  }

  private static Map.Entry<String, OptionNumbers> ip6(String name, int number) {
    return Map.entry(name, new OptionNumbers("IPPROTO_IPV6", IPPROTO_IPV6, name, number));
  }

  /** The option's Windows name and numbers; empty when Winsock has no such option. */
  public static Optional<OptionNumbers> of(SockOption o) {
    return Optional.ofNullable(TABLE.get(o.name()));
  }

  /** Every entry, for the test that compiles them against the headers. */
  public static Map<String, OptionNumbers> all() {
    return TABLE;
  }

  /** Why Winsock has no such option, in the current language. */
  public static String lacks(SockOption o) {
    return Platforms.WINDOWS.lacks(o).text();
  }
}
