package dev.sockshell.catalogue;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The FreeBSD and macOS tables: the numbers their system headers give the catalogue's options (the
 * values of FreeBSD's and macOS' sys/socket.h, netinet/in.h, netinet6/in6.h and netinet/tcp.h for
 * amd64, as Go's golang.org/x/sys/unix generated them from those headers). An option missing here
 * is one the platform lacks. A test checks every entry, and that every option the headers define is
 * here, against Debian's golang-golang-x-sys-dev.
 */
final class Bsd {
  private Bsd() {}

  /** The levels, as the BSD headers number them (SOL_SOCKET is 0xffff, as on Windows). */
  private static final Map<String, Integer> LEVELS =
      Map.of(
          "SOL_SOCKET",
          OptionNumbers.BSD_SOL_SOCKET,
          "IPPROTO_IP",
          0,
          "IPPROTO_IPV6",
          41,
          "IPPROTO_TCP",
          6,
          "IPPROTO_UDP",
          17);

  /** What both number alike (the 4.4BSD heritage). */
  private static final String[] BOTH = {
    "SOL_SOCKET SO_BROADCAST 0x20",
    "SOL_SOCKET SO_KEEPALIVE 0x8",
    "SOL_SOCKET SO_LINGER 0x80",
    "SOL_SOCKET SO_SNDBUF 0x1001",
    "SOL_SOCKET SO_RCVBUF 0x1002",
    "SOL_SOCKET SO_SNDTIMEO 0x1005",
    "SOL_SOCKET SO_RCVTIMEO 0x1006",
    "SOL_SOCKET SO_REUSEADDR 0x4",
    "SOL_SOCKET SO_REUSEPORT 0x200",
    "SOL_SOCKET SO_TYPE 0x1008",
    "SOL_SOCKET SO_ERROR 0x1007",
    "IPPROTO_IP IP_TTL 0x4",
    "IPPROTO_IP IP_TOS 0x3",
    "IPPROTO_IP IP_ADD_MEMBERSHIP 0xc",
    "IPPROTO_IP IP_DROP_MEMBERSHIP 0xd",
    "IPPROTO_IP IP_ADD_SOURCE_MEMBERSHIP 0x46",
    "IPPROTO_IP IP_DROP_SOURCE_MEMBERSHIP 0x47",
    "IPPROTO_IP IP_MULTICAST_IF 0x9",
    "IPPROTO_IP IP_MULTICAST_LOOP 0xb",
    "IPPROTO_IP IP_MULTICAST_TTL 0xa",
    "IPPROTO_IPV6 IPV6_UNICAST_HOPS 0x4",
    "IPPROTO_IPV6 IPV6_JOIN_GROUP 0xc",
    "IPPROTO_IPV6 IPV6_LEAVE_GROUP 0xd",
    "IPPROTO_IPV6 MCAST_JOIN_SOURCE_GROUP 0x52",
    "IPPROTO_IPV6 MCAST_LEAVE_SOURCE_GROUP 0x53",
    "IPPROTO_IPV6 IPV6_MULTICAST_IF 0x9",
    "IPPROTO_IPV6 IPV6_MULTICAST_LOOP 0xb",
    "IPPROTO_IPV6 IPV6_MULTICAST_HOPS 0xa",
    "IPPROTO_IPV6 IPV6_V6ONLY 0x1b",
    "IPPROTO_IPV6 IPV6_RECVHOPLIMIT 0x25",
    "IPPROTO_TCP TCP_NODELAY 0x1",
    "IPPROTO_TCP TCP_MAXSEG 0x2",
    "SOL_SOCKET SO_DEBUG 0x1",
    "SOL_SOCKET SO_DONTROUTE 0x10",
    "SOL_SOCKET SO_OOBINLINE 0x100",
    "SOL_SOCKET SO_RCVLOWAT 0x1004",
    "SOL_SOCKET SO_SNDLOWAT 0x1003",
    "SOL_SOCKET SO_TIMESTAMP 0x400",
    "SOL_SOCKET SO_ACCEPTCONN 0x2",
    "IPPROTO_IP IP_OPTIONS 0x1",
    "IPPROTO_IP IP_RECVOPTS 0x5",
    "IPPROTO_IP IP_RETOPTS 0x8",
    "IPPROTO_IP IP_UNBLOCK_SOURCE 0x49",
    "IPPROTO_IP IP_BLOCK_SOURCE 0x48",
    "IPPROTO_IPV6 IPV6_RECVHOPOPTS 0x27",
    "IPPROTO_IPV6 IPV6_RECVRTHDR 0x26",
    "IPPROTO_IPV6 IPV6_RECVDSTOPTS 0x28",
    "IPPROTO_IPV6 IPV6_RECVPATHMTU 0x2b",
    "IPPROTO_IPV6 IPV6_DONTFRAG 0x3e",
    "IPPROTO_IPV6 IPV6_AUTOFLOWLABEL 0x3b",
    "IPPROTO_IPV6 MCAST_JOIN_GROUP 0x50",
    "IPPROTO_IPV6 MCAST_LEAVE_GROUP 0x51",
    "IPPROTO_IPV6 MCAST_BLOCK_SOURCE 0x54",
    "IPPROTO_IPV6 MCAST_UNBLOCK_SOURCE 0x55",
    "IPPROTO_IP IP_HDRINCL 0x2",
    "IPPROTO_IP IP_IPSEC_POLICY 0x15",
    "IPPROTO_IP IP_MSFILTER 0x4a",
    "IPPROTO_IPV6 IPV6_CHECKSUM 0x1a",
    "IPPROTO_IPV6 IPV6_NEXTHOP 0x30",
    "IPPROTO_IPV6 IPV6_IPSEC_POLICY 0x1c",
    "IPPROTO_IPV6 IPV6_PKTINFO 0x2e",
    "IPPROTO_IPV6 IPV6_HOPLIMIT 0x2f",
    "IPPROTO_IPV6 IPV6_HOPOPTS 0x31",
    "IPPROTO_IPV6 IPV6_RTHDR 0x33",
    "IPPROTO_IPV6 IPV6_DSTOPTS 0x32",
    "IPPROTO_IPV6 IPV6_PATHMTU 0x2c"
  };

  static final Map<String, OptionNumbers> FREEBSD =
      table(
          BOTH,
          "IPPROTO_IP IP_RECVTTL 0x41",
          "IPPROTO_TCP TCP_KEEPIDLE 0x100",
          "IPPROTO_TCP TCP_KEEPINTVL 0x200",
          "IPPROTO_TCP TCP_KEEPCNT 0x400",
          "IPPROTO_TCP TCP_INFO 0x20",
          "SOL_SOCKET SO_PROTOCOL 0x1016",
          "SOL_SOCKET SO_DOMAIN 0x1019",
          "SOL_SOCKET SO_MAX_PACING_RATE 0x1018",
          "IPPROTO_IP IP_RECVTOS 0x44",
          "IPPROTO_IP IP_RECVORIGDSTADDR 0x1b",
          "IPPROTO_IP IP_MINTTL 0x42",
          "IPPROTO_IPV6 IPV6_RECVPKTINFO 0x24",
          "IPPROTO_IPV6 IPV6_RECVTCLASS 0x39",
          "IPPROTO_IPV6 IPV6_TCLASS 0x3d",
          "IPPROTO_IPV6 IPV6_RECVORIGDSTADDR 0x48",
          "IPPROTO_TCP TCP_CONGESTION 0x40",
          "IPPROTO_TCP TCP_FASTOPEN 0x401",
          "IPPROTO_IPV6 IPV6_RTHDRDSTOPTS 0x23",
          "IPPROTO_TCP TCP_MD5SIG 0x10");

  static final Map<String, OptionNumbers> MACOS =
      table(
          BOTH,
          "IPPROTO_IP IP_RECVTTL 0x18",
          "IPPROTO_TCP TCP_KEEPINTVL 0x101",
          "IPPROTO_TCP TCP_KEEPCNT 0x102",
          "IPPROTO_IP IP_PKTINFO 0x1a",
          "IPPROTO_IP IP_RECVTOS 0x1b",
          "IPPROTO_IPV6 IPV6_RECVPKTINFO 0x3d",
          "IPPROTO_IPV6 IPV6_RECVTCLASS 0x23",
          "IPPROTO_IPV6 IPV6_TCLASS 0x24",
          "IPPROTO_TCP TCP_FASTOPEN 0x105",
          "IPPROTO_TCP TCP_NOTSENT_LOWAT 0x201",
          "IPPROTO_IPV6 IPV6_RTHDRDSTOPTS 0x39",
          "IPPROTO_IPV6 IPV6_2292PKTINFO 0x13",
          "IPPROTO_IPV6 IPV6_2292HOPLIMIT 0x14",
          "IPPROTO_IPV6 IPV6_2292HOPOPTS 0x16",
          "IPPROTO_IPV6 IPV6_2292DSTOPTS 0x17",
          "IPPROTO_IPV6 IPV6_2292RTHDR 0x18",
          "IPPROTO_IPV6 IPV6_2292PKTOPTIONS 0x19");

  /** Rows of "LEVEL NAME NUMBER", the number as the headers write it. */
  private static Map<String, OptionNumbers> table(String[] shared, String... own) {
    Map<String, OptionNumbers> t = new LinkedHashMap<>();
    for (String row :
        java.util.stream.Stream.concat(
                java.util.Arrays.stream(shared), java.util.Arrays.stream(own))
            .toList()) {
      String[] f = row.split(" ");
      t.put(f[1], new OptionNumbers(f[0], LEVELS.get(f[0]), f[1], Integer.decode(f[2])));
    }
    return Map.copyOf(t);
  }
}
